#include "profilespage.h"

#include "credentials/profilemanager.h"
#include "engine/run/target.h"
#include "fieldvalidation.h"
#include "profileeditdialog.h"
#include "request/setuprequest.h"
#include "resultswindow.h"
#include "shell/scrollcontent.h"
#include "ui_profilespage.h"
#include "wizardmodel.h"

#include <QSignalBlocker>

namespace app {

ProfilesPage::ProfilesPage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_ui(std::make_unique<Ui::ProfilesPage>())
{
    m_ui->setupUi(scrollContent(this));
    setTitle(tr("Stored profiles"));
    setSubTitle(tr("Choose one to verify, pilot and go live with — or change its details or token."));
    m_ui->newTokenLineEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this, &ProfilesPage::showSelected);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &ProfilesPage::rotate);
    // Enter in the new-token field rotates the token; it does not move on to verify.
    keepEnterInField(m_ui->newTokenLineEdit, [this] {
        if (m_ui->rotateButton->isEnabled())
            rotate();
    });
    connect(m_ui->editButton, &QPushButton::clicked, this, &ProfilesPage::edit);
    connect(m_ui->newTokenLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Checked once, when it is stored (rotate()), not at every keystroke.
        m_ui->rotateButton->setEnabled(!m_busy && !text.trimmed().isEmpty());
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
    return !m_busy && (m_demoSelected || !m_model.selectedProfileId.isEmpty());
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
    const QSignalBlocker blocker(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clear();
    if (m_model.demo) {
        // The demo's profile lives in memory: shown, selected, never stored.
        auto *item = new QListWidgetItem(tr("Sandbox demo (in memory)"), m_ui->profilesListWidget);
        item->setData(Qt::UserRole, QString());
        item->setData(Qt::UserRole + 1, true);
        m_ui->profilesListWidget->setCurrentItem(item);
    }
    const auto profiles = m_store.profiles();
    for (const auto &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_ui->profilesListWidget);
        item->setData(Qt::UserRole, profile.id);
        if (profile.id == m_selectId
            || (!m_model.demo && profile.id == m_model.selectedProfileId && m_selectId.isEmpty()))
            m_ui->profilesListWidget->setCurrentItem(item);
    }
    if (m_ui->profilesListWidget->currentRow() < 0 && m_ui->profilesListWidget->count() > 0)
        m_ui->profilesListWidget->setCurrentRow(0);
    showSelected();
    if (m_ui->profilesListWidget->count() == 0)
        m_ui->detailsLabel->setText(
            tr("No profiles yet. Go back and choose “I have received my endpoint and token”."));
}

void ProfilesPage::showSelected()
{
    m_ui->confirmRemoveButton->hide();
    m_ui->cancelRemoveButton->hide();
    m_ui->statusLabel->clear();
    const QListWidgetItem *item = m_ui->profilesListWidget->currentItem();
    m_demoSelected = item && item->data(Qt::UserRole + 1).toBool();
    const auto profile = item && !m_demoSelected ? m_store.findById(item->data(Qt::UserRole).toString())
                                                 : std::optional<credentials::Profile>();
    m_model.selectedProfileId = profile ? profile->id : QString();
    Q_EMIT completeChanged();
    const bool stored = profile.has_value();
    m_ui->removeButton->setEnabled(stored && !m_busy);
    m_ui->editButton->setEnabled(stored && !m_busy);
    m_ui->historyButton->setEnabled(stored);
    m_ui->newTokenLineEdit->setEnabled(stored && !m_busy);
    m_ui->rotateButton->setEnabled(false);
    if (m_demoSelected) {
        m_ui->detailsLabel->setText(
            //: %1 is the URL of the embedded sandbox SCIM endpoint
            tr("The embedded sandbox on this computer: %1. Nothing is stored.").arg(m_model.demoEndpoint));
        return;
    }
    if (!stored) {
        m_ui->detailsLabel->clear();
        return;
    }
    const auto when = [](const credentials::LastRun &run) {
        return run.outcome.isEmpty()
            ? tr("never")
            //: a kept run's outcome and when, e.g. "failed, 01/12/2026 14:03"
            : tr("%1, %2").arg(run.outcome, QLocale().toString(run.at.toLocalTime(), QLocale::ShortFormat));
    };
    //: %1 is the identity provider, %2 the endpoint, %3 how it authenticates (e.g. "Basic, user ann")
    m_ui->detailsLabel->setText(
        tr("%1 · %2\nSigns in with: %3\nSecret stored: %4 (last changed %5)\nLast verify: %6\nLast pilot: %7")
            .arg(request::idpDisplayName(profile->idp), profile->endpoint, authDescription(profile->auth),
                 profile->tokenStored ? tr("yes") : tr("no"),
                 QLocale().toString(profile->tokenUpdatedAt.toLocalTime(), QLocale::ShortFormat),
                 when(profile->lastVerify), when(profile->lastPilot)));
}

QString ProfilesPage::authDescription(const credentials::ProfileAuth &auth)
{
    switch (scim::parseAuthMode(auth.mode).value_or(scim::AuthMode::Bearer)) {
    case scim::AuthMode::Bearer:
        return tr("a bearer token");
    case scim::AuthMode::Header:
        return tr("an HTTP header token");
    case scim::AuthMode::Basic:
        //: %1 is the username
        return tr("Basic authentication, user %1").arg(auth.username);
    case scim::AuthMode::OAuthClientCredentials:
        //: %1 is the OAuth client id, %2 the token endpoint URL
        return tr("OAuth 2.0 client credentials, client %1 at %2").arg(auth.clientId, auth.tokenEndpoint);
    }
    return {};
}

void ProfilesPage::edit()
{
    const auto profile = m_store.findById(m_model.selectedProfileId);
    if (!profile)
        return;
    auto *dialog = new ProfileEditDialog(m_store, *profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_selectId = dialog->profile().id;
        reload();
        m_ui->statusLabel->setText(
            //: %1 is the name of the profile
            tr("Saved “%1”. Verify it again to check the new details.").arg(dialog->profile().name));
    });
    dialog->open();
}

void ProfilesPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->profilesListWidget->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy);
    m_ui->editButton->setEnabled(!busy);
    m_ui->confirmRemoveButton->setEnabled(!busy);
    m_ui->rotateButton->setEnabled(false);
}

void ProfilesPage::rotate()
{
    const auto profile
        = m_store.findById(m_ui->profilesListWidget->currentItem()->data(Qt::UserRole).toString());
    if (!profile)
        return;
    // The secret of the profile's mode: a token, a Basic password or an OAuth client secret.
    common::Secret secret(m_ui->newTokenLineEdit->text().toUtf8());
    QString notice;
    const auto mode = scim::parseAuthMode(profile->auth.mode).value_or(scim::AuthMode::Bearer);
    if (const auto problem = engine::Targets::cleanSecret(mode, secret, &notice)) {
        m_ui->statusLabel->setText(problem->message);
        m_ui->newTokenLineEdit->setFocus();
        return;
    }
    setBusy(true);
    m_ui->statusLabel->setText(tr("Storing the new token…"));
    auto manager = std::make_shared<credentials::ProfileManager>(m_store);
    QCoro::connect(manager->setToken(*profile, std::move(secret)), this,
                   [this, manager](const credentials::ProfileManager::Outcome &outcome) {
                       setBusy(false);
                       m_selectId = outcome.profile.id;
                       if (outcome.ok())
                           m_ui->newTokenLineEdit->clear();
                       reload();
                       const QString idp = request::idpDisplayName(outcome.profile.idp);
                       m_ui->statusLabel->setText(
                           outcome.ok()
                               //: %1 is the identity provider, e.g. Okta; "token" is the SCIM bearer token
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
    auto manager = std::make_shared<credentials::ProfileManager>(m_store);
    QCoro::connect(manager->remove(*profile), this,
                   [this, manager](const credentials::ProfileManager::Outcome &outcome) {
                       setBusy(false);
                       m_selectId.clear();
                       reload();
                       m_ui->statusLabel->setText(
                           outcome.ok()
                               //: %1 is the name of the profile; "token" is its stored SCIM secret
                               ? tr("Removed “%1” and its token.").arg(outcome.profile.name)
                               //: %1 is the profile's name, %2 why the keychain kept its secret
                               : tr("Kept “%1”: %2").arg(outcome.profile.name, outcome.vault.explanation()));
                   });
}

} // namespace app
