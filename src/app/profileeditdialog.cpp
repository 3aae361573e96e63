#include "profileeditdialog.h"

#include "credentials/profilemanager.h"
#include "profilefieldsform.h"
#include "shell/legiblecolour.h"

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
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("profileEditDialog"));
    //: %1 is the name of the profile being edited
    setWindowTitle(tr("Edit “%1”").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Change the connection details; the secret stays in your keychain (use Rotate to "
                        "replace it). A new authentication mode needs the secret of that mode."),
                     this);
    intro->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("editStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    // Save is the default button, which Fusion draws just as it draws focus.
    keepFocusVisible(m_buttons->button(QDialogButtonBox::Save));
    m_fields->setProfile(profile);
    m_fields->setSecretShown(false);
    // The stored secret belongs to the stored mode: another mode asks for its own.
    connect(m_fields, &ProfileFieldsForm::authModeChanged, this, [this](scim::AuthMode mode) {
        const auto stored = scim::parseAuthMode(m_profile.auth.mode).value_or(scim::AuthMode::Bearer);
        m_fields->setSecretShown(mode != stored);
    });
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_saving && m_fields->isComplete());
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
    if (m_fields->isSecretShown() && !m_fields->checkSecret().isEmpty())
        return;
    credentials::Profile edited = m_profile;
    m_fields->applyTo(edited);
    if (!m_fields->isSecretShown()) {
        m_profile = m_store.save(edited);
        accept();
        return;
    }
    // The new mode's secret replaces the old one in the keychain; the profile is saved with it.
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_status->setText(tr("Storing the secret in your system keychain…"));
    auto manager = std::make_shared<credentials::ProfileManager>(m_store);
    QCoro::connect(manager->setToken(edited, m_fields->secret()), this,
                   [this, manager](const credentials::ProfileManager::Outcome &outcome) {
                       m_saving = false;
                       if (!outcome.ok()) {
                           m_status->setText(outcome.vault.explanation());
                           m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_fields->isComplete());
                           return;
                       }
                       m_fields->clearSecret();
                       m_profile = outcome.profile;
                       accept();
                   });
}

} // namespace app
