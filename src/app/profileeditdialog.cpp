#include "profileeditdialog.h"

#include "profilefieldsform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

ProfileEditDialog::ProfileEditDialog(credentials::ProfileStore &store, const credentials::Profile &profile,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_profile(profile)
    , m_fields(new ProfileFieldsForm(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("profileEditDialog"));
    setWindowTitle(tr("Edit “%1”").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Change the connection details; the token stays in your keychain (use Rotate to "
                        "replace it)."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_buttons);
    m_fields->setProfile(profile);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_fields->isComplete());
    };
    connect(m_fields, &ProfileFieldsForm::changed, this, update);
    update();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ProfileEditDialog::save()
{
    if (!m_fields->isComplete())
        return;
    m_fields->applyTo(m_profile);
    m_profile = m_store.save(m_profile);
    accept();
}

} // namespace app
