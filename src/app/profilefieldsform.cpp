#include "profilefieldsform.h"

#include "common/idp.h"
#include "engine/run/target.h"
#include "fieldvalidation.h"
#include "request/setuprequest.h"
#include "request/vendor.h"
#include "scim/cafile.h"
#include "scim/endpointurl.h"
#include "ui_profilefields.h"

#include <QFileDialog>
#include <QFileInfo>

namespace app {

namespace {

/// Whether @p idp offers @p mode: Entra ID has no Basic and no bare header token, Okta no OAuth
/// client credentials.
bool idpOffers(const QString &idp, scim::AuthMode mode)
{
    if (idp == common::idpName(common::Idp::Entra))
        return mode == scim::AuthMode::Bearer || mode == scim::AuthMode::OAuthClientCredentials;
    if (idp == common::idpName(common::Idp::Okta))
        return mode != scim::AuthMode::OAuthClientCredentials;
    return true;
}

} // namespace

ProfileFieldsForm::ProfileFieldsForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileFieldsForm>())
{
    m_ui->setupUi(this);
    const request::Vendor &vendor = request::Vendor::defaultVendor();
    for (const common::Idp idp : common::allIdps())
        m_ui->idpComboBox->addItem(common::idpDisplayName(idp), common::idpName(idp));
    m_ui->authModeComboBox->addItem(tr("Bearer token (Secret Token)"), int(scim::AuthMode::Bearer));
    m_ui->authModeComboBox->addItem(tr("HTTP header token (Okta)"), int(scim::AuthMode::Header));
    m_ui->authModeComboBox->addItem(tr("Basic: username and password (Okta)"), int(scim::AuthMode::Basic));
    m_ui->authModeComboBox->addItem(tr("OAuth 2.0 client credentials (Entra ID)"),
                                    int(scim::AuthMode::OAuthClientCredentials));
    m_ui->clientAuthComboBox->addItem(tr("Automatic (HTTP Basic, then form fields)"), QString());
    m_ui->clientAuthComboBox->addItem(tr("HTTP Basic header"),
                                      scim::clientAuthMethodName(scim::ClientAuthMethod::Basic));
    m_ui->clientAuthComboBox->addItem(tr("Form fields"),
                                      scim::clientAuthMethodName(scim::ClientAuthMethod::Form));
    const auto sensitive = Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase;
    m_ui->tokenLineEdit->setInputMethodHints(sensitive);
    m_ui->usernameLineEdit->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_ui->clientIdLineEdit->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_ui->ssoAttributeComboBox->addItem(tr("Email address"), QStringLiteral("email"));
    m_ui->ssoAttributeComboBox->addItem(tr("User name (userName)"), QStringLiteral("userName"));
    m_ui->ssoAttributeComboBox->addItem(tr("I am not sure"), QString());
    //: %1 is the service provider, e.g. SureCloud
    m_ui->groupLabel->setText(tr("&Group at %1:").arg(vendor.name));
    m_ui->groupHelpLabel->setText(
        //: %1 is the service provider, e.g. SureCloud; "group" here is the group at the service provider
        tr("The group %1 created for you, from the message you received — not the group you assign to the "
           "app in your identity provider.")
            .arg(vendor.name));
    m_ui->endpointErrorLabel->hide();
    m_ui->caFileErrorLabel->hide();
    m_ui->tokenErrorLabel->hide();
    m_ui->tokenEndpointErrorLabel->hide();
    m_ui->authModeAdviceLabel->hide();
    m_ui->authProblemLabel->hide();
    m_ui->confirmHostCheckBox->setAccessibleName(
        tr("I checked the endpoint host against the message I received"));

    connect(m_ui->endpointLineEdit, &QLineEdit::textEdited, this, [this] { updateEndpoint(true); });
    connect(m_ui->endpointLineEdit, &QLineEdit::textChanged, this, [this] { updateEndpoint(false); });
    connect(m_ui->confirmHostCheckBox, &QCheckBox::toggled, this, &ProfileFieldsForm::changed);
    connect(m_ui->idpComboBox, &QComboBox::currentIndexChanged, this, [this] {
        // Both IdPs' usual mode is a bearer token; a mode the admin picked stays (and is warned about).
        if (!m_modeChosen)
            setAuthMode(scim::AuthMode::Bearer);
        updateAuthMode();
        Q_EMIT changed();
    });
    connect(m_ui->authModeComboBox, &QComboBox::activated, this, [this] {
        m_modeChosen = true;
        m_authTouched = true; // say at once what the chosen mode still needs
        updateAuthProblem();
        m_secretProblem.clear();
        showMessage(m_ui->tokenErrorLabel, {});
        Q_EMIT authModeChanged(authMode());
    });
    connect(m_ui->authModeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthMode();
        Q_EMIT changed();
    });
    for (QLineEdit *edit : {m_ui->usernameLineEdit, m_ui->clientIdLineEdit, m_ui->scopeLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_authTouched = true;
            updateAuthProblem();
        });
        connect(edit, &QLineEdit::textChanged, this, &ProfileFieldsForm::changed);
    }
    connect(m_ui->tokenEndpointLineEdit, &QLineEdit::textEdited, this, [this] {
        m_authTouched = true;
        updateTokenEndpoint(true);
    });
    connect(m_ui->tokenEndpointLineEdit, &QLineEdit::textChanged, this,
            [this] { updateTokenEndpoint(false); });
    connect(m_ui->clientAuthComboBox, &QComboBox::currentIndexChanged, this, &ProfileFieldsForm::changed);
    // The secret is checked once the admin leaves the field, not at every keystroke (each check
    // copies it).
    connect(m_ui->tokenLineEdit, &QLineEdit::textEdited, this, [this] {
        m_secretProblem.clear();
        m_ui->tokenErrorLabel->hide();
    });
    connect(m_ui->tokenLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_ui->tokenLineEdit->text().isEmpty())
            checkSecret();
    });
    connect(m_ui->tokenLineEdit, &QLineEdit::textChanged, this, &ProfileFieldsForm::changed);
    connect(m_ui->revealTokenButton, &QToolButton::toggled, this, [this](bool reveal) {
        m_ui->tokenLineEdit->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealTokenButton->setText(reveal ? tr("&Hide") : tr("&Reveal"));
    });
    connect(m_ui->ssoAttributeComboBox, &QComboBox::currentIndexChanged, this, &ProfileFieldsForm::changed);
    connect(m_ui->groupNameLineEdit, &QLineEdit::textChanged, this, &ProfileFieldsForm::changed);
    connect(m_ui->groupIdLineEdit, &QLineEdit::textChanged, this, &ProfileFieldsForm::changed);
    connect(m_ui->caFileLineEdit, &QLineEdit::textChanged, this, &ProfileFieldsForm::updateCaFile);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Your organisation's CA certificate"));
        dialog->setObjectName(QStringLiteral("caFileDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, m_ui->caFileLineEdit, &QLineEdit::setText);
        dialog->open();
    });
    updateEndpoint(false);
    updateAuthMode();
}

ProfileFieldsForm::~ProfileFieldsForm() = default;

void ProfileFieldsForm::setProfile(const credentials::Profile &profile)
{
    setIdp(profile.idp);
    m_ui->endpointLineEdit->setText(profile.endpoint);
    m_ui->groupNameLineEdit->setText(profile.groupName);
    m_ui->groupIdLineEdit->setText(profile.groupId);
    m_ui->ssoAttributeComboBox->setCurrentIndex(
        qMax(0, m_ui->ssoAttributeComboBox->findData(profile.ssoAttribute)));
    m_ui->caFileLineEdit->setText(profile.caFile);
    setAuthMode(scim::parseAuthMode(profile.auth.mode).value_or(scim::AuthMode::Bearer));
    m_modeChosen = true;
    m_ui->usernameLineEdit->setText(profile.auth.username);
    m_ui->tokenEndpointLineEdit->setText(profile.auth.tokenEndpoint);
    m_ui->clientIdLineEdit->setText(profile.auth.clientId);
    m_ui->scopeLineEdit->setText(profile.auth.scope);
    m_ui->clientAuthComboBox->setCurrentIndex(
        qMax(0, m_ui->clientAuthComboBox->findData(profile.auth.clientAuth)));
    // A stored host was confirmed when it was stored.
    m_ui->confirmHostCheckBox->setChecked(hostNeedsConfirmation());
    updateEndpoint(false);
}

void ProfileFieldsForm::applyTo(credentials::Profile &profile) const
{
    profile.idp = m_ui->idpComboBox->currentData().toString();
    profile.endpoint = scim::EndpointUrl::parse(m_ui->endpointLineEdit->text()).toString();
    profile.groupName = m_ui->groupNameLineEdit->text().trimmed();
    profile.groupId = m_ui->groupIdLineEdit->text().trimmed();
    profile.ssoAttribute = m_ui->ssoAttributeComboBox->currentData().toString();
    const QString caFile = m_ui->caFileLineEdit->text().trimmed();
    profile.caFile = caFile.isEmpty() ? QString() : QFileInfo(caFile).absoluteFilePath();
    profile.auth = auth();
}

credentials::ProfileAuth ProfileFieldsForm::auth() const
{
    // Only the mode's own settings: a username typed before switching to OAuth is not kept.
    credentials::ProfileAuth auth;
    const scim::AuthMode mode = authMode();
    auth.mode = scim::authModeName(mode);
    if (mode == scim::AuthMode::Basic)
        auth.username = m_ui->usernameLineEdit->text().trimmed();
    if (mode == scim::AuthMode::OAuthClientCredentials) {
        const scim::EndpointUrl tokenEndpoint = scim::EndpointUrl::parse(m_ui->tokenEndpointLineEdit->text());
        auth.tokenEndpoint = tokenEndpoint.isValid() ? tokenEndpoint.url().toString()
                                                     : m_ui->tokenEndpointLineEdit->text().trimmed();
        auth.clientId = m_ui->clientIdLineEdit->text().trimmed();
        auth.scope = m_ui->scopeLineEdit->text().trimmed();
        auth.clientAuth = m_ui->clientAuthComboBox->currentData().toString();
    }
    return auth;
}

QString ProfileFieldsForm::authProblem() const
{
    scim::Authentication authentication;
    const std::optional<engine::TargetProblem> problem
        = engine::Targets::authentication(auth(), authentication);
    return problem ? problem->message : QString();
}

scim::AuthMode ProfileFieldsForm::authMode() const
{
    return scim::AuthMode(m_ui->authModeComboBox->currentData().toInt());
}

void ProfileFieldsForm::setAuthMode(scim::AuthMode mode)
{
    m_ui->authModeComboBox->setCurrentIndex(qMax(0, m_ui->authModeComboBox->findData(int(mode))));
}

void ProfileFieldsForm::setSecretShown(bool shown)
{
    m_secretShown = shown;
    updateAuthMode();
    Q_EMIT changed();
}

bool ProfileFieldsForm::isSecretShown() const
{
    return m_secretShown;
}

bool ProfileFieldsForm::hasSecret() const
{
    return !m_ui->tokenLineEdit->text().isEmpty();
}

void ProfileFieldsForm::setSecret(const QString &secret)
{
    m_ui->tokenLineEdit->setText(secret);
}

void ProfileFieldsForm::clearSecret()
{
    m_ui->tokenLineEdit->clear();
    m_secretProblem.clear();
    m_ui->tokenErrorLabel->hide();
}

void ProfileFieldsForm::focusSecret()
{
    m_ui->tokenLineEdit->setFocus();
}

common::Secret ProfileFieldsForm::secret() const
{
    common::Secret secret(m_ui->tokenLineEdit->text().toUtf8());
    QString notice;
    if (engine::Targets::cleanSecret(authMode(), secret, &notice))
        return {};
    return secret;
}

QString ProfileFieldsForm::checkSecret()
{
    common::Secret secret(m_ui->tokenLineEdit->text().toUtf8());
    QString notice;
    const std::optional<engine::TargetProblem> problem
        = engine::Targets::cleanSecret(authMode(), secret, &notice);
    m_secretProblem = problem ? problem->message : QString();
    if (problem)
        showMessage(m_ui->tokenErrorLabel, m_secretProblem);
    else
        showMessage(m_ui->tokenErrorLabel, notice, MessageTone::Advice);
    Q_EMIT changed();
    return m_secretProblem;
}

bool ProfileFieldsForm::isComplete() const
{
    const scim::EndpointUrl endpoint = scim::EndpointUrl::parse(m_ui->endpointLineEdit->text());
    return endpoint.isValid() && endpoint.advice().level != scim::EndpointUrl::Advice::Level::Problem
        && (!hostNeedsConfirmation() || m_ui->confirmHostCheckBox->isChecked()) && caFileProblem().isEmpty()
        && authProblem().isEmpty() && (!m_secretShown || (hasSecret() && m_secretProblem.isEmpty()));
}

bool ProfileFieldsForm::hasInput() const
{
    return !m_ui->endpointLineEdit->text().trimmed().isEmpty() || !m_ui->groupNameLineEdit->text().isEmpty()
        || !m_ui->groupIdLineEdit->text().isEmpty() || !m_ui->caFileLineEdit->text().isEmpty()
        || !m_ui->usernameLineEdit->text().isEmpty() || !m_ui->tokenEndpointLineEdit->text().isEmpty()
        || !m_ui->clientIdLineEdit->text().isEmpty() || (m_secretShown && hasSecret());
}

void ProfileFieldsForm::setIdp(const QString &idp)
{
    m_ui->idpComboBox->setCurrentIndex(qMax(0, m_ui->idpComboBox->findData(idp)));
}

void ProfileFieldsForm::setEndpoint(const QString &endpoint)
{
    m_ui->endpointLineEdit->setText(endpoint);
}

void ProfileFieldsForm::setGroupName(const QString &name)
{
    m_ui->groupNameLineEdit->setText(name);
}

bool ProfileFieldsForm::hostNeedsConfirmation() const
{
    const scim::EndpointUrl endpoint = scim::EndpointUrl::parse(m_ui->endpointLineEdit->text());
    return endpoint.isValid() && !endpoint.isLoopback()
        && !request::Vendor::defaultVendor().isExpectedHost(endpoint.url().host());
}

QString ProfileFieldsForm::caFileProblem() const
{
    const QString path = m_ui->caFileLineEdit->text().trimmed();
    if (path.isEmpty())
        return {};
    QString error;
    return scim::loadCaFile(path, &error) ? QString() : error;
}

void ProfileFieldsForm::updateEndpoint(bool typed)
{
    const scim::EndpointUrl endpoint = scim::EndpointUrl::parse(m_ui->endpointLineEdit->text());
    const scim::EndpointUrl::Advice advice = endpoint.advice();
    // Problems show once the field was typed in; advice on a valid URL at once.
    if (!endpoint.isValid() && endpoint.problem() != scim::EndpointUrl::Problem::Empty && typed)
        showMessage(m_ui->endpointErrorLabel, endpoint.message());
    else if (advice.level == scim::EndpointUrl::Advice::Level::Problem)
        showMessage(m_ui->endpointErrorLabel, advice.message + QLatin1Char(' ') + advice.fix);
    else if (advice.level == scim::EndpointUrl::Advice::Level::Warning)
        showMessage(m_ui->endpointErrorLabel, advice.message + QLatin1Char(' ') + advice.fix,
                    MessageTone::Advice);
    else if (endpoint.isValid() || endpoint.problem() == scim::EndpointUrl::Problem::Empty)
        showMessage(m_ui->endpointErrorLabel, {});

    const bool confirm = hostNeedsConfirmation();
    m_ui->confirmHostCheckBox->setVisible(confirm);
    m_ui->confirmHostLabel->setVisible(confirm);
    if (confirm) {
        const request::Vendor &vendor = request::Vendor::defaultVendor();
        //: %1 is a host name, %2 the service provider
        m_ui->confirmHostLabel->setText(
            tr("%1 is not one of %2's usual hosts; I checked it against the message I "
               "received.")
                .arg(endpoint.url().host(), vendor.name));
        m_ui->confirmHostCheckBox->setAccessibleDescription(m_ui->confirmHostLabel->text());
    } else {
        m_ui->confirmHostCheckBox->setChecked(false);
    }
    Q_EMIT changed();
}

void ProfileFieldsForm::updateTokenEndpoint(bool typed)
{
    const scim::EndpointUrl url = scim::EndpointUrl::parse(m_ui->tokenEndpointLineEdit->text());
    // As the endpoint: a problem once the field was typed in; an empty field is the summary's to name.
    if (!url.isValid() && url.problem() != scim::EndpointUrl::Problem::Empty && (typed || m_authTouched))
        showMessage(m_ui->tokenEndpointErrorLabel, url.message());
    else if (url.isValid() || url.problem() == scim::EndpointUrl::Problem::Empty)
        showMessage(m_ui->tokenEndpointErrorLabel, {});
    updateAuthProblem();
    Q_EMIT changed();
}

void ProfileFieldsForm::updateAuthMode()
{
    const scim::AuthMode mode = authMode();
    const bool basic = mode == scim::AuthMode::Basic;
    const bool oauth = mode == scim::AuthMode::OAuthClientCredentials;
    m_ui->usernameLabel->setVisible(basic);
    m_ui->usernameLineEdit->setVisible(basic);
    const QList<QWidget *> oauthFields {m_ui->tokenEndpointLabel, m_ui->tokenEndpointLineEdit,
                                        m_ui->clientIdLabel,      m_ui->clientIdLineEdit,
                                        m_ui->scopeLabel,         m_ui->scopeLineEdit,
                                        m_ui->clientAuthLabel,    m_ui->clientAuthComboBox};
    for (QWidget *widget : oauthFields)
        widget->setVisible(oauth);
    if (!oauth)
        m_ui->tokenEndpointErrorLabel->hide();
    else
        updateTokenEndpoint(false);

    m_ui->tokenLabel->setVisible(m_secretShown);
    m_ui->tokenLineEdit->setVisible(m_secretShown);
    m_ui->revealTokenButton->setVisible(m_secretShown);
    if (!m_secretShown)
        m_ui->tokenErrorLabel->hide();
    switch (mode) {
    case scim::AuthMode::Bearer:
    case scim::AuthMode::Header:
        m_ui->tokenLabel->setText(tr("Secret &token:"));
        m_ui->tokenLineEdit->setAccessibleName(tr("Secret token"));
        m_ui->revealTokenButton->setAccessibleName(tr("Reveal the token"));
        break;
    case scim::AuthMode::Basic:
        m_ui->tokenLabel->setText(tr("Passwor&d:"));
        m_ui->tokenLineEdit->setAccessibleName(tr("Basic authentication password"));
        m_ui->revealTokenButton->setAccessibleName(tr("Reveal the password"));
        break;
    case scim::AuthMode::OAuthClientCredentials:
        m_ui->tokenLabel->setText(tr("Client secre&t:"));
        m_ui->tokenLineEdit->setAccessibleName(tr("OAuth client secret"));
        m_ui->revealTokenButton->setAccessibleName(tr("Reveal the client secret"));
        break;
    }

    const QString idp = m_ui->idpComboBox->currentData().toString();
    if (idpOffers(idp, mode)) {
        showMessage(m_ui->authModeAdviceLabel, {});
    } else {
        const QString idpName = m_ui->idpComboBox->currentText();
        //: %1 is the identity provider, e.g. Microsoft Entra ID; %2 the modes it offers
        showMessage(m_ui->authModeAdviceLabel,
                    tr("%1 cannot sign in this way: it offers %2. Choose the mode the service provider "
                       "gave you details for.")
                        .arg(idpName,
                             idp == common::idpName(common::Idp::Entra)
                                 ? tr("a bearer token or OAuth 2.0 client credentials")
                                 : tr("a token (bearer or HTTP header) or Basic authentication")),
                    MessageTone::Advice);
    }
    updateAuthProblem();
}

void ProfileFieldsForm::updateAuthProblem()
{
    QString problem = m_authTouched ? authProblem() : QString();
    // A token endpoint that cannot be used is said under the field already.
    if (!m_ui->tokenEndpointErrorLabel->isHidden()
        && problem.endsWith(scim::EndpointUrl::parse(m_ui->tokenEndpointLineEdit->text()).message()))
        problem.clear();
    showMessage(m_ui->authProblemLabel, problem);
}

void ProfileFieldsForm::updateCaFile()
{
    showMessage(m_ui->caFileErrorLabel, caFileProblem());
    Q_EMIT changed();
}

} // namespace app
