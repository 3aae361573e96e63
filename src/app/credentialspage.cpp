#include "credentialspage.h"

#include "credentials/token.h"
#include "engine/profilemanager.h"
#include "fieldvalidation.h"
#include "request/vendor.h"
#include "scim/endpointurl.h"
#include "setupwizard.h"
#include "ui_credentialspage.h"
#include "wizardmodel.h"

namespace app {

CredentialsPage::CredentialsPage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_ui(std::make_unique<Ui::CredentialsPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Store your SCIM credentials"));
    setSubTitle(tr("From the message your named contact received."));
    m_ui->idpComboBox->addItem(QStringLiteral("Microsoft Entra ID"), QStringLiteral("entra"));
    m_ui->idpComboBox->addItem(QStringLiteral("Okta"), QStringLiteral("okta"));
    m_ui->ssoAttributeComboBox->addItem(tr("Email address"), QStringLiteral("email"));
    m_ui->ssoAttributeComboBox->addItem(tr("User name (userName)"), QStringLiteral("userName"));
    m_ui->ssoAttributeComboBox->addItem(tr("I am not sure"), QString());
    m_ui->tokenLineEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                             | Qt::ImhNoAutoUppercase);
    m_ui->retryButton->hide();

    validateAsYouType(this, m_ui->profileNameLineEdit, m_ui->profileNameErrorLabel,
                      [this](const QString &text) { return m_store.checkName(text); });
    validateAsYouType(this, m_ui->endpointLineEdit, m_ui->endpointErrorLabel,
                      [](const QString &text) { return scim::EndpointUrl::parse(text).message(); });
    validateAsYouType(this, m_ui->tokenLineEdit, m_ui->tokenErrorLabel, [](const QString &text) {
        return credentials::CleanToken::fromPaste(text.toUtf8()).error;
    });
    connect(m_ui->endpointLineEdit, &QLineEdit::textChanged, this, &CredentialsPage::updateEndpointState);
    connect(m_ui->confirmHostCheckBox, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_ui->revealTokenButton, &QToolButton::toggled, this, [this](bool reveal) {
        m_ui->tokenLineEdit->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealTokenButton->setText(reveal ? tr("&Hide") : tr("&Reveal"));
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, &CredentialsPage::save);
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::initializePage()
{
    m_savedProfileId.clear();
    m_ui->keychainStatusLabel->clear();
    m_ui->retryButton->hide();
    m_ui->idpComboBox->setCurrentIndex(qMax(0, m_ui->idpComboBox->findData(m_model.request.idp)));
    if (m_model.demo) {
        m_ui->profileNameLineEdit->setText(tr("Sandbox demo"));
        m_ui->endpointLineEdit->setText(m_model.demoEndpoint);
        m_ui->tokenLineEdit->setText(QString::fromLatin1(m_model.demoToken));
        m_ui->groupNameLineEdit->setText(QStringLiteral("SCIM Pilot"));
        m_ui->keychainStatusLabel->setText(
            tr("Demo: these are the embedded sandbox's details. The token stays in "
               "memory; nothing is stored."));
    } else if (m_ui->profileNameLineEdit->text().isEmpty() && m_store.checkName(tr("Production")).isEmpty()) {
        m_ui->profileNameLineEdit->setText(tr("Production"));
    }
    updateEndpointState();
}

bool CredentialsPage::hostNeedsConfirmation() const
{
    const scim::EndpointUrl endpoint = scim::EndpointUrl::parse(m_ui->endpointLineEdit->text());
    return endpoint.isValid() && !endpoint.isLoopback()
        && !request::Vendor::defaultVendor().isExpectedHost(endpoint.url().host());
}

void CredentialsPage::updateEndpointState()
{
    const bool confirm = hostNeedsConfirmation();
    m_ui->confirmHostCheckBox->setVisible(confirm);
    if (confirm) {
        const request::Vendor &vendor = request::Vendor::defaultVendor();
        m_ui->confirmHostCheckBox->setText(
            tr("%1 is not one of %2's usual hosts; I checked it against the message "
               "I &received")
                .arg(scim::EndpointUrl::parse(m_ui->endpointLineEdit->text()).url().host(), vendor.name));
    } else {
        m_ui->confirmHostCheckBox->setChecked(false);
    }
    Q_EMIT completeChanged();
}

bool CredentialsPage::isComplete() const
{
    if (m_saving)
        return false;
    if (m_model.demo)
        return true;
    return m_store.checkName(m_ui->profileNameLineEdit->text()).isEmpty()
        && scim::EndpointUrl::parse(m_ui->endpointLineEdit->text()).isValid()
        && (!hostNeedsConfirmation() || m_ui->confirmHostCheckBox->isChecked())
        && credentials::CleanToken::fromPaste(m_ui->tokenLineEdit->text().toUtf8()).isValid();
}

bool CredentialsPage::validatePage()
{
    if (m_model.demo || !m_savedProfileId.isEmpty())
        return true;
    save();
    return false; // the keychain answers later; save() moves on when it does
}

int CredentialsPage::nextId() const
{
    return SetupWizard::ProfilesPageId;
}

void CredentialsPage::save()
{
    credentials::Profile profile;
    profile.name = m_ui->profileNameLineEdit->text().trimmed();
    profile.idp = m_ui->idpComboBox->currentData().toString();
    profile.endpoint = scim::EndpointUrl::parse(m_ui->endpointLineEdit->text()).toString();
    profile.groupName = m_ui->groupNameLineEdit->text().trimmed();
    profile.groupId = m_ui->groupIdLineEdit->text().trimmed();
    profile.ssoAttribute = m_ui->ssoAttributeComboBox->currentData().toString();
    profile.tenantLocation = m_model.request.tenantLocation;
    profile.tenantName = m_model.request.tenantName;
    profile.tenantSubdomain = m_model.request.tenantSubdomain;
    profile.contactName = m_model.request.contactName;
    profile.contactEmail = m_model.request.contactEmail;
    const QByteArray token = credentials::CleanToken::fromPaste(m_ui->tokenLineEdit->text().toUtf8()).token;

    m_saving = true;
    m_ui->retryButton->hide();
    m_ui->keychainStatusLabel->setText(tr("Storing the token in your system keychain…"));
    Q_EMIT completeChanged();
    auto manager = std::make_shared<engine::ProfileManager>(m_store);
    QCoro::connect(manager->add(profile, token), this,
                   [this, manager](const engine::ProfileManager::Outcome &outcome) {
                       m_saving = false;
                       if (!outcome.ok()) {
                           m_ui->keychainStatusLabel->setText(outcome.vault.explanation());
                           m_ui->retryButton->show();
                           Q_EMIT completeChanged();
                           return;
                       }
                       m_savedProfileId = outcome.profile.id;
                       m_ui->tokenLineEdit->clear(); // no secret lingers in the form
                       m_ui->keychainStatusLabel->setText(outcome.vault.explanation());
                       Q_EMIT saved(m_savedProfileId);
                       Q_EMIT completeChanged();
                       if (wizard() && wizard()->currentPage() == this)
                           wizard()->next();
                   });
}

} // namespace app
