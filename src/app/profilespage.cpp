#include "profilespage.h"

#include "credentials/token.h"
#include "engine/profilemanager.h"
#include "request/setuprequest.h"
#include "resultswindow.h"
#include "ui_profilespage.h"
#include "wizardmodel.h"

namespace app {

ProfilesPage::ProfilesPage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_ui(std::make_unique<Ui::ProfilesPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Stored profiles"));
    setSubTitle(tr("Choose one to verify and pilot, or rotate its token."));
    m_ui->newTokenLineEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this, &ProfilesPage::showSelected);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &ProfilesPage::rotate);
    connect(m_ui->newTokenLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->rotateButton->setEnabled(!m_busy
                                       && credentials::CleanToken::fromPaste(text.toUtf8()).isValid());
    });
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        auto *window = new ResultsWindow(m_model.selectedProfileId, this);
        window->openLatest();
        window->show();
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        m_ui->confirmRemoveButton->show();
        m_ui->cancelRemoveButton->show();
        m_ui->statusLabel->setText(tr("Remove this profile and delete its token from the keychain?"));
    });
    connect(m_ui->cancelRemoveButton, &QPushButton::clicked, this, &ProfilesPage::showSelected);
    connect(m_ui->confirmRemoveButton, &QPushButton::clicked, this, &ProfilesPage::remove);
}

ProfilesPage::~ProfilesPage() = default;

bool ProfilesPage::isComplete() const
{
    return !m_busy && (m_model.demo || !m_model.selectedProfileId.isEmpty());
}

bool ProfilesPage::goesToPilotGroup() const
{
    return m_ui->pilotGroupCheckBox->isChecked();
}

void ProfilesPage::initializePage()
{
    reload();
}

void ProfilesPage::select(const QString &id)
{
    m_selectId = id;
    reload();
}

void ProfilesPage::reload()
{
    m_ui->profilesListWidget->clear();
    const auto profiles = m_store.profiles();
    for (const auto &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_ui->profilesListWidget);
        item->setData(Qt::UserRole, profile.id);
        if (profile.id == m_selectId)
            m_ui->profilesListWidget->setCurrentItem(item);
    }
    if (m_ui->profilesListWidget->currentRow() < 0 && m_ui->profilesListWidget->count() > 0)
        m_ui->profilesListWidget->setCurrentRow(0);
    if (profiles.isEmpty()) {
        m_ui->detailsLabel->setText(
            m_model.demo ? tr("The demo keeps its profile in memory; stored profiles appear here.")
                         : tr("No profiles yet. Go back and choose “I have received my endpoint "
                              "and token”."));
    }
    showSelected();
}

void ProfilesPage::showSelected()
{
    m_ui->confirmRemoveButton->hide();
    m_ui->cancelRemoveButton->hide();
    m_ui->statusLabel->clear();
    const QListWidgetItem *item = m_ui->profilesListWidget->currentItem();
    const bool selected = item != nullptr;
    m_model.selectedProfileId = selected ? item->data(Qt::UserRole).toString() : QString();
    Q_EMIT completeChanged();
    m_ui->removeButton->setEnabled(selected && !m_busy);
    m_ui->historyButton->setEnabled(selected);
    m_ui->newTokenLineEdit->setEnabled(selected && !m_busy);
    m_ui->rotateButton->setEnabled(false);
    if (!selected)
        return;
    const auto profile = m_store.findById(item->data(Qt::UserRole).toString());
    if (!profile)
        return;
    m_ui->detailsLabel->setText(
        tr("%1 · %2\nToken stored: %3 (last changed %4)\nLast verify: %5")
            .arg(request::idpDisplayName(profile->idp), profile->endpoint,
                 profile->tokenStored ? tr("yes") : tr("no"),
                 QLocale().toString(profile->tokenUpdatedAt.toLocalTime(), QLocale::ShortFormat),
                 profile->lastVerify.outcome.isEmpty() ? tr("never") : profile->lastVerify.outcome));
}

void ProfilesPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->profilesListWidget->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy);
    m_ui->confirmRemoveButton->setEnabled(!busy);
    m_ui->rotateButton->setEnabled(false);
}

void ProfilesPage::rotate()
{
    const auto profile
        = m_store.findById(m_ui->profilesListWidget->currentItem()->data(Qt::UserRole).toString());
    const credentials::CleanToken token
        = credentials::CleanToken::fromPaste(m_ui->newTokenLineEdit->text().toUtf8());
    if (!profile || !token.isValid())
        return;
    setBusy(true);
    m_ui->statusLabel->setText(tr("Storing the new token…"));
    auto manager = std::make_shared<engine::ProfileManager>(m_store);
    QCoro::connect(manager->setToken(*profile, token.token), this,
                   [this, manager](const engine::ProfileManager::Outcome &outcome) {
                       setBusy(false);
                       m_selectId = outcome.profile.id;
                       if (outcome.ok())
                           m_ui->newTokenLineEdit->clear();
                       reload();
                       const QString idp = request::idpDisplayName(outcome.profile.idp);
                       m_ui->statusLabel->setText(
                           outcome.ok()
                               ? tr("New token stored. Paste the same token into %1 now, then verify "
                                    "the profile again.")
                                     .arg(idp)
                               : outcome.vault.explanation());
                   });
}

void ProfilesPage::remove()
{
    const auto profile
        = m_store.findById(m_ui->profilesListWidget->currentItem()->data(Qt::UserRole).toString());
    if (!profile)
        return;
    setBusy(true);
    auto manager = std::make_shared<engine::ProfileManager>(m_store);
    QCoro::connect(
        manager->remove(*profile), this, [this, manager](const engine::ProfileManager::Outcome &outcome) {
            setBusy(false);
            m_selectId.clear();
            reload();
            m_ui->statusLabel->setText(
                outcome.ok() ? tr("Removed “%1” and its token.").arg(outcome.profile.name)
                             : tr("Kept “%1”: %2").arg(outcome.profile.name, outcome.vault.explanation()));
        });
}

} // namespace app
