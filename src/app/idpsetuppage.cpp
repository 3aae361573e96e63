#include "idpsetuppage.h"

#include "credentials/profile.h"
#include "engine/idp/pilotdialect.h"
#include "engine/run/runresult.h"
#include "pilotpage.h"
#include "request/setuprequest.h"
#include "runtarget.h"
#include "secretclipboard.h"
#include "shell/scrollcontent.h"
#include "ui_idpsetuppage.h"
#include "wizardmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QUrlQuery>

namespace app {

IdpSetupPage::IdpSetupPage(WizardModel &model, credentials::ProfileStore &store, const PilotPage &pilot,
                           QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_pilot(pilot)
    , m_ui(std::make_unique<Ui::IdpSetupPage>())
    , m_clipboard(new SecretClipboard(std::chrono::seconds(30), this))
{
    m_ui->setupUi(scrollContent(this));
    // Read-only, but with a caret: it shows where keyboard focus is, and the keys select and copy.
    m_ui->instructionsBrowser->setTextInteractionFlags(m_ui->instructionsBrowser->textInteractionFlags()
                                                       | Qt::TextSelectableByKeyboard);
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->tenantUrlLineEdit->text());
        m_ui->statusLabel->setText(tr("URL copied."));
    });
    connect(m_ui->copyAuthModeButton, &QPushButton::clicked, this,
            [this] { copyValue(m_ui->authModeValueLineEdit->text(), tr("Authentication mode")); });
    connect(m_ui->copyTokenEndpointButton, &QPushButton::clicked, this,
            [this] { copyValue(m_ui->tokenEndpointValueLineEdit->text(), tr("Token endpoint")); });
    connect(m_ui->copyClientIdButton, &QPushButton::clicked, this,
            [this] { copyValue(m_ui->clientIdValueLineEdit->text(), tr("Client identifier")); });
    connect(m_ui->copyUsernameButton, &QPushButton::clicked, this,
            [this] { copyValue(m_ui->usernameValueLineEdit->text(), tr("Username")); });
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, &IdpSetupPage::copyToken);
    connect(m_clipboard, &SecretClipboard::expired, this, [this] {
        m_ui->statusLabel->setText(secretSentence(tr("The token was cleared from the clipboard."),
                                                  tr("The password was cleared from the clipboard."),
                                                  tr("The client secret was cleared from the clipboard.")));
    });
}

void IdpSetupPage::setClipboardTimeout(std::chrono::milliseconds timeout)
{
    m_clipboard->setClearAfter(timeout);
}

QString IdpSetupPage::secretSentence(const QString &token, const QString &password,
                                     const QString &clientSecret) const
{
    switch (m_mode) {
    case scim::AuthMode::Basic:
        return password;
    case scim::AuthMode::OAuthClientCredentials:
        return clientSecret;
    case scim::AuthMode::Bearer:
    case scim::AuthMode::Header:
        break;
    }
    return token;
}

void IdpSetupPage::copyValue(const QString &value, const QString &what)
{
    QGuiApplication::clipboard()->setText(value);
    //: %1 names the value, e.g. "Client identifier"
    m_ui->statusLabel->setText(tr("%1 copied.").arg(what));
}

void IdpSetupPage::showFields(bool okta, const credentials::ProfileAuth &auth)
{
    const bool basic = m_mode == scim::AuthMode::Basic;
    const bool oauth = m_mode == scim::AuthMode::OAuthClientCredentials;
    // Okta names its authentication mode on the same screen as the URL; Entra ID has a menu of
    // its own (its steps say which entry).
    const bool modeRow = okta && !oauth;
    m_ui->authModeValueLabel->setVisible(modeRow);
    m_ui->authModeValueLineEdit->setVisible(modeRow);
    m_ui->copyAuthModeButton->setVisible(modeRow);
    m_ui->authModeValueLineEdit->setText(basic ? QStringLiteral("Basic Auth")
                                               : QStringLiteral("HTTP Header"));
    const QList<QWidget *> basicRow {m_ui->usernameValueLabel, m_ui->usernameValueLineEdit,
                                     m_ui->copyUsernameButton};
    for (QWidget *widget : basicRow)
        widget->setVisible(basic);
    m_ui->usernameValueLineEdit->setText(auth.username);
    const QList<QWidget *> oauthRows {m_ui->tokenEndpointValueLabel, m_ui->tokenEndpointValueLineEdit,
                                      m_ui->copyTokenEndpointButton, m_ui->clientIdValueLabel,
                                      m_ui->clientIdValueLineEdit,   m_ui->copyClientIdButton};
    for (QWidget *widget : oauthRows)
        widget->setVisible(oauth);
    m_ui->tokenEndpointValueLineEdit->setText(auth.tokenEndpoint);
    m_ui->clientIdValueLineEdit->setText(auth.clientId);

    switch (m_mode) {
    case scim::AuthMode::Bearer:
    case scim::AuthMode::Header:
        m_ui->tokenLabel->setText(okta ? tr("Authorization token:") : tr("Secret Token:"));
        m_ui->copyTokenButton->setText(tr("Copy &token"));
        m_ui->copyTokenButton->setAccessibleName(tr("Copy the secret token"));
        break;
    case scim::AuthMode::Basic:
        m_ui->tokenLabel->setText(tr("Password:"));
        m_ui->copyTokenButton->setText(tr("Copy pass&word"));
        m_ui->copyTokenButton->setAccessibleName(tr("Copy the password"));
        break;
    case scim::AuthMode::OAuthClientCredentials:
        m_ui->tokenLabel->setText(tr("Client Secret:"));
        m_ui->copyTokenButton->setText(tr("Copy client &secret"));
        m_ui->copyTokenButton->setAccessibleName(tr("Copy the client secret"));
        break;
    }
    QString advice;
    if (!okta && (basic || m_mode == scim::AuthMode::Header))
        advice = tr("Microsoft Entra ID cannot sign in with this profile's authentication mode: it offers a "
                    "Secret Token or OAuth 2.0 client credentials. Ask the service provider for those.");
    else if (okta && oauth)
        advice
            = tr("Okta cannot sign in with OAuth 2.0 client credentials: it offers a token (HTTP Header) or "
                 "Basic Auth. Ask the service provider for those.");
    m_ui->authAdviceLabel->setText(advice);
    m_ui->authAdviceLabel->setVisible(!advice.isEmpty());
}

QString IdpSetupPage::credentialStep(bool okta) const
{
    switch (m_mode) {
    case scim::AuthMode::Bearer:
    case scim::AuthMode::Header:
        return okta
            ? tr("<b>Authentication Mode</b>: <b>HTTP Header</b>; paste the token as the Bearer value "
                 "(<i>Copy token</i>).")
            : tr("Paste the <b>Tenant URL</b> above and the <b>Secret Token</b> (<i>Copy token</i>).");
    case scim::AuthMode::Basic:
        return okta
            ? tr("<b>Authentication Mode</b>: <b>Basic Auth</b>; paste the <b>Username</b> and the "
                 "<b>Password</b> above (<i>Copy password</i>).")
            : tr("Entra ID has no Basic authentication: ask the service provider for a Secret Token.");
    case scim::AuthMode::OAuthClientCredentials:
        return okta
            ? tr("Okta has no OAuth 2.0 client credentials for SCIM: ask the service provider for a "
                 "token.")
            : tr("Set <b>Authentication Method</b> to <b>OAuth2 Client Credentials Grant</b>; paste the "
                 "<b>Tenant URL</b>, <b>Token Endpoint</b>, <b>Client Identifier</b> and <b>Client "
                 "Secret</b> above (<i>Copy client secret</i>).");
    }
    return {};
}

IdpSetupPage::~IdpSetupPage() = default;

QString IdpSetupPage::tenantUrl() const
{
    return m_ui->tenantUrlLineEdit->text();
}

void IdpSetupPage::initializePage()
{
    const RunDetails target = RunDetails::of(m_model, m_store);
    const bool okta = target.idp == common::Idp::Okta;
    QString url = target.endpoint;
    if (!okta && m_pilot.needsEntraFlag() && !url.contains(QLatin1String("aadOptscim062020")))
        url += url.contains(QLatin1Char('?')) ? QStringLiteral("&aadOptscim062020")
                                              : QStringLiteral("?aadOptscim062020");
    m_ui->tenantUrlLineEdit->setText(url);
    m_ui->tenantUrlLabel->setText(okta ? tr("SCIM connector base URL:") : tr("Tenant URL:"));
    const credentials::ProfileAuth auth = target.profile ? target.profile->auth : credentials::ProfileAuth();
    m_mode = scim::parseAuthMode(auth.mode).value_or(scim::AuthMode::Bearer);
    showFields(okta, auth);
    const QString group = pilotGroupName(target).toHtmlEscaped();
    if (okta) {
        // The pilot's choice says which kind of Okta app this is; their screens differ.
        const bool wizardApp = m_pilot.dialect() == engine::DialectId::OktaAiw;
        setTitle(wizardApp ? tr("Set up provisioning in your Okta app") : tr("Set up provisioning in Okta"));
        m_ui->instructionsBrowser->setHtml(
            mappingFixes() + (wizardApp ? oktaWizardAppSteps(group) : oktaCatalogAppSteps(group)));
    } else {
        setTitle(tr("Set up provisioning in Microsoft Entra ID"));
        m_ui->instructionsBrowser->setHtml(mappingFixes() + entraSteps(group, target.ssoAttribute));
    }
}

QString IdpSetupPage::mappingFixes() const
{
    // The rows the pilot found the service does not take, each with the change that fixes it.
    const engine::RunResult *pilot = m_pilot.lastResult();
    if (!pilot)
        return {};
    QString items;
    for (const engine::StepResult &step : pilot->steps) {
        if (step.id.startsWith(QLatin1String("mapping-"))
            && (step.verdict == QLatin1String("dropped") || step.verdict == QLatin1String("rejected")))
            items += QStringLiteral("<li><code>%1</code>: %2</li>")
                         .arg(step.id.mid(8).toHtmlEscaped(), step.hint.toHtmlEscaped());
    }
    if (items.isEmpty())
        return {};
    return tr("<p><b>Change these attribute mappings first</b> — the pilot found the service does not "
              "store them:</p>")
        + QStringLiteral("<ul>") + items + QStringLiteral("</ul>");
}

QString IdpSetupPage::oktaCatalogAppSteps(const QString &group) const
{
    //: %1 is the pilot group's name at the service provider, %2 a sentence on how to enter the credentials
    return tr("<p>For the service provider's app from the Okta Integration Network catalog:</p><ol>"
              "<li>In the Okta Admin Console open <b>Applications</b> → your app → <b>Provisioning</b> → "
              "<b>Configure API Integration</b>, and tick <b>Enable API integration</b>.</li>"
              "<li>Paste the <b>SCIM connector base URL</b> above as the base URL. %2 Click <b>Test API "
              "Credentials</b>, then <b>Save</b>.</li>"
              "<li><b>Provisioning</b> → <b>To App</b> → <b>Edit</b>: enable <b>Create Users</b>, <b>Update "
              "User "
              "Attributes</b> and <b>Deactivate Users</b>; <b>Save</b>.</li>"
              "<li><b>Assignments</b>: assign only your pilot group.</li>"
              "<li><b>Push Groups</b>: push the pilot group and choose <b>Link to an existing group</b> → "
              "“%1”.</li>"
              "</ol>")
        .arg(group,
             m_mode == scim::AuthMode::Basic
                 ? tr("Where the app offers <b>Basic Auth</b>, choose it and paste the <b>Username</b> "
                      "and <b>Password</b> above (<i>Copy password</i>).")
                 : tr("Paste the token as the <b>API Token</b> (<i>Copy token</i>)."));
}

QString IdpSetupPage::oktaWizardAppSteps(const QString &group) const
{
    //: %1 is the pilot group's name at the service provider, %2 a sentence on how to enter the credentials
    return tr("<p>For an app you created with Okta's App Integration Wizard (SAML or SWA):</p><ol>"
              "<li>In the Okta Admin Console open <b>Applications</b> → your app → <b>General</b> → <b>App "
              "Settings</b> → <b>Edit</b>, set <b>Provisioning</b> to <b>SCIM</b>, and <b>Save</b>.</li>"
              "<li><b>Provisioning</b> → <b>Integration</b> → <b>Edit</b>: paste the <b>SCIM connector base "
              "URL</b> above; set <b>Unique identifier field for users</b> to <code>userName</code>.</li>"
              "<li><b>Supported provisioning actions</b>: <b>Push New Users</b>, <b>Push Profile Updates</b> "
              "and "
              "<b>Push Groups</b> (add <b>Import New Users and Profile Updates</b> if you want imports).</li>"
              "<li>%2 Click <b>Test Connector Configuration</b>, then <b>Save</b>.</li>"
              "<li><b>Provisioning</b> → <b>To App</b> → <b>Edit</b>: enable <b>Create Users</b>, <b>Update "
              "User "
              "Attributes</b> and <b>Deactivate Users</b>; <b>Save</b>.</li>"
              "<li><b>Assignments</b>: assign only your pilot group. <b>Push Groups</b>: push it and choose "
              "<b>Link to an existing group</b> → “%1”.</li>"
              "</ol>")
        .arg(group, credentialStep(true));
}

QString IdpSetupPage::entraSteps(const QString &group, const QString &ssoAttribute) const
{
    const QString flag = m_pilot.needsEntraFlag() ? tr("<p><b>The URL above ends in ?aadOptscim062020</b>: "
                                                       "the pilot showed this service needs Entra ID's "
                                                       "RFC-compliant requests. Keep it.</p>")
                                                  : QString();
    // Entra maps userPrincipalName to userName by default; what SSO signs in with decides whether
    // that is right.
    const QString matching = ssoAttribute == QLatin1String("email")
        ? tr("Entra ID sends <code>userPrincipalName</code> as <code>userName</code> by default. Your SSO "
             "signs "
             "people in by email: where a user's UPN and mail differ, change that row to <code>mail</code> → "
             "<code>userName</code>.")
        : tr("Entra ID sends <code>userPrincipalName</code> as <code>userName</code> by default, and matches "
             "existing accounts on it. Keep it if your SSO signs people in with the UPN.");
    return flag
        //: %1 is advice on the userName mapping, %2 the pilot group's name, %3 how to enter the credentials
        + tr("<ol>"
             "<li>In the Entra admin center open <b>Enterprise applications</b> → your app → "
             "<b>Provisioning</b>; "
             "set <b>Provisioning Mode</b> to <b>Automatic</b>.</li>"
             "<li>%3 Then click <b>Test Connection</b>.</li>"
             "<li><b>Mappings</b>: %1</li>"
             "<li><b>Settings</b> → <b>Scope</b>: <i>Sync only assigned users and groups</i>.</li>"
             "<li>Set <b>Provisioning Status</b> to <b>On</b> and click <b>Save</b>: nothing is provisioned "
             "until you do.</li>"
             "<li><b>Users and groups</b>: assign only your pilot group “%2”; then use <b>Provision on "
             "demand</b> for one user and read the result.</li>"
             "<li>The <b>Provisioning logs</b> (under Monitoring) show every request and its answer. If many "
             "requests fail, Entra ID puts the app in <b>quarantine</b>; fix the cause and restart "
             "provisioning.</li>"
             "</ol>")
              .arg(matching, group, credentialStep(false));
}

void IdpSetupPage::copyToken()
{
    m_ui->copyTokenButton->setEnabled(false);
    const RunDetails details = RunDetails::of(m_model, m_store);
    if (!details.isValid()) {
        m_ui->copyTokenButton->setEnabled(true);
        m_ui->statusLabel->setText(details.error);
        return;
    }
    QCoro::connect(loadTarget(details, m_model.demoToken), this, [this](engine::TargetResult &&loaded) {
        m_ui->copyTokenButton->setEnabled(true);
        if (!loaded.ok()) {
            m_ui->statusLabel->setText(loaded.problem->message);
            return;
        }
        // Only for the clipboard's 30 seconds; the target, and its copy, go at the end of this call.
        m_clipboard->copySecret(loaded.target->connection.auth.secret.view().toByteArray());
        m_ui->statusLabel->setText(
            secretSentence(tr("Copied the token. Paste it now: the clipboard is cleared in 30 seconds."),
                           tr("Copied the password. Paste it now: the clipboard is cleared in 30 seconds."),
                           tr("Copied the client secret. Paste it now: the clipboard is cleared in 30 "
                              "seconds.")));
    });
}

} // namespace app
