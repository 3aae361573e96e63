#include "credentialspage.h"

#include "credentials/profilemanager.h"
#include "fieldvalidation.h"
#include "profilefieldsform.h"
#include "shell/scrollcontent.h"
#include "ui_credentialspage.h"
#include "wizardmodel.h"

namespace app {

CredentialsPage::CredentialsPage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_ui(std::make_unique<Ui::CredentialsPage>())
    , m_fields(new ProfileFieldsForm)
{
    m_ui->setupUi(scrollContent(this));
    m_ui->fieldsLayout->addWidget(m_fields);
    setTitle(tr("Store your SCIM credentials"));
    setSubTitle(tr("From the message your named contact received."));
    m_ui->retryButton->hide();

    validateAsYouType(this, m_ui->profileNameLineEdit, m_ui->profileNameErrorLabel,
                      [this](const QString &text) { return m_store.checkName(text); });
    connect(m_fields, &ProfileFieldsForm::changed, this, &QWizardPage::completeChanged);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &CredentialsPage::save);
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::initializePage()
{
    m_savedProfileId.clear();
    m_ui->keychainStatusLabel->clear();
    m_ui->retryButton->hide();
    m_fields->setIdp(m_model.request.idp);
    if (m_model.demo) {
        m_ui->profileNameLineEdit->setText(tr("Sandbox demo"));
        m_fields->setEndpoint(m_model.demoEndpoint);
        m_fields->setAuthMode(scim::AuthMode::Bearer);
        m_fields->setSecret(QString::fromLatin1(m_model.demoToken));
        m_fields->setGroupName(QStringLiteral("SCIM Pilot"));
        m_ui->keychainStatusLabel->setText(
            tr("Demo: these are the embedded sandbox's details. The token stays in "
               "memory; nothing is stored."));
    } else if (m_ui->profileNameLineEdit->text().isEmpty() && m_store.checkName(tr("Production")).isEmpty()) {
        m_ui->profileNameLineEdit->setText(tr("Production"));
    }
    m_ui->profileNameLineEdit->setFocus();
}

bool CredentialsPage::isComplete() const
{
    if (m_saving)
        return false;
    if (m_model.demo)
        return true;
    return m_store.checkName(m_ui->profileNameLineEdit->text()).isEmpty() && m_fields->isComplete();
}

bool CredentialsPage::hasUnsavedInput() const
{
    return !m_model.demo && m_savedProfileId.isEmpty() && m_fields->hasInput();
}

bool CredentialsPage::validatePage()
{
    if (m_model.demo || !m_savedProfileId.isEmpty())
        return true;
    if (!m_fields->checkSecret().isEmpty()) {
        m_fields->focusSecret();
        return false;
    }
    save();
    return false; // the keychain answers later; save() moves on when it does
}

void CredentialsPage::save()
{
    credentials::Profile profile;
    profile.name = m_ui->profileNameLineEdit->text().trimmed();
    m_fields->applyTo(profile);
    profile.tenantLocation = m_model.request.tenantLocation;
    profile.tenantName = m_model.request.tenantName;
    profile.tenantSubdomain = m_model.request.tenantSubdomain;
    profile.contactName = m_model.request.contactName;
    profile.contactEmail = m_model.request.contactEmail;
    // The secret of the mode — token, password or client secret — as the mode cleans it.
    common::Secret secret = m_fields->secret();
    if (secret.isEmpty())
        return;

    m_saving = true;
    m_ui->retryButton->hide();
    m_ui->keychainStatusLabel->setText(tr("Storing the secret in your system keychain…"));
    Q_EMIT completeChanged();
    auto manager = std::make_shared<credentials::ProfileManager>(m_store);
    QCoro::connect(manager->add(profile, std::move(secret)), this,
                   [this, manager](const credentials::ProfileManager::Outcome &outcome) {
                       m_saving = false;
                       if (!outcome.ok()) {
                           m_ui->keychainStatusLabel->setText(outcome.vault.explanation());
                           m_ui->retryButton->show();
                           Q_EMIT completeChanged();
                           return;
                       }
                       m_savedProfileId = outcome.profile.id;
                       m_fields->clearSecret(); // no secret lingers in the form
                       m_ui->keychainStatusLabel->setText(outcome.vault.explanation());
                       Q_EMIT saved(m_savedProfileId);
                       Q_EMIT completeChanged();
                       if (wizard() && wizard()->currentPage() == this)
                           wizard()->next();
                   });
}

} // namespace app
