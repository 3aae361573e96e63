#include "credentialspage.h"

#include "credentials/profilemanager.h"
#include "credentials/token.h"
#include "fieldvalidation.h"
#include "profilefieldsform.h"
#include "scrollcontent.h"
#include "setupwizard.h"
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
    m_ui->tokenLineEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                             | Qt::ImhNoAutoUppercase);
    m_ui->retryButton->hide();
    // The form's own order: name, token, then the connection details.
    setTabOrder(m_ui->revealTokenButton, m_fields);

    validateAsYouType(this, m_ui->profileNameLineEdit, m_ui->profileNameErrorLabel,
                      [this](const QString &text) { return m_store.checkName(text); });
    // Checked once the admin leaves the field, not at every keystroke (each check copies the secret).
    connect(m_ui->tokenLineEdit, &QLineEdit::textEdited, this, [this] {
        m_tokenProblem.clear();
        m_ui->tokenErrorLabel->hide();
    });
    connect(m_ui->tokenLineEdit, &QLineEdit::editingFinished, this, &CredentialsPage::checkToken);
    connect(m_ui->tokenLineEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    m_ui->tokenErrorLabel->hide();
    connect(m_fields, &ProfileFieldsForm::changed, this, &QWizardPage::completeChanged);
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
    m_fields->setIdp(m_model.request.idp);
    if (m_model.demo) {
        m_ui->profileNameLineEdit->setText(tr("Sandbox demo"));
        m_fields->setEndpoint(m_model.demoEndpoint);
        m_ui->tokenLineEdit->setText(QString::fromLatin1(m_model.demoToken));
        m_fields->setGroupName(QStringLiteral("SCIM Pilot"));
        m_ui->keychainStatusLabel->setText(
            tr("Demo: these are the embedded sandbox's details. The token stays in "
               "memory; nothing is stored."));
    } else if (m_ui->profileNameLineEdit->text().isEmpty() && m_store.checkName(tr("Production")).isEmpty()) {
        m_ui->profileNameLineEdit->setText(tr("Production"));
    }
    m_ui->profileNameLineEdit->setFocus();
}

void CredentialsPage::checkToken()
{
    if (m_ui->tokenLineEdit->text().isEmpty())
        return;
    const credentials::CleanToken token
        = credentials::CleanToken::fromPaste(m_ui->tokenLineEdit->text().toUtf8());
    m_tokenProblem = token.error;
    if (!token.isValid())
        showMessage(m_ui->tokenErrorLabel, token.error);
    else
        showMessage(m_ui->tokenErrorLabel, token.notice, MessageTone::Advice);
    Q_EMIT completeChanged();
}

bool CredentialsPage::isComplete() const
{
    if (m_saving)
        return false;
    if (m_model.demo)
        return true;
    return m_store.checkName(m_ui->profileNameLineEdit->text()).isEmpty() && m_fields->isComplete()
        && !m_ui->tokenLineEdit->text().isEmpty() && m_tokenProblem.isEmpty();
}

bool CredentialsPage::hasUnsavedInput() const
{
    return !m_model.demo && m_savedProfileId.isEmpty()
        && (!m_ui->tokenLineEdit->text().isEmpty() || m_fields->hasInput());
}

bool CredentialsPage::validatePage()
{
    if (m_model.demo || !m_savedProfileId.isEmpty())
        return true;
    checkToken();
    if (!m_tokenProblem.isEmpty()) {
        m_ui->tokenLineEdit->setFocus();
        return false;
    }
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
    m_fields->applyTo(profile);
    profile.tenantLocation = m_model.request.tenantLocation;
    profile.tenantName = m_model.request.tenantName;
    profile.tenantSubdomain = m_model.request.tenantSubdomain;
    profile.contactName = m_model.request.contactName;
    profile.contactEmail = m_model.request.contactEmail;
    credentials::CleanToken token = credentials::CleanToken::fromPaste(m_ui->tokenLineEdit->text().toUtf8());
    if (!token.isValid())
        return;

    m_saving = true;
    m_ui->retryButton->hide();
    m_ui->keychainStatusLabel->setText(tr("Storing the token in your system keychain…"));
    Q_EMIT completeChanged();
    auto manager = std::make_shared<credentials::ProfileManager>(m_store);
    QCoro::connect(manager->add(profile, std::move(token.token)), this,
                   [this, manager](const credentials::ProfileManager::Outcome &outcome) {
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
