#include "idpsetuppage.h"

#include "credentials/profile.h"
#include "engine/idp/pilotdialect.h"
#include "engine/run/runresult.h"
#include "pilotpage.h"
#include "request/setuprequest.h"
#include "runtarget.h"
#include "scrollcontent.h"
#include "secretclipboard.h"
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
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->tenantUrlLineEdit->text());
        m_ui->statusLabel->setText(tr("URL copied."));
    });
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, &IdpSetupPage::copyToken);
    connect(m_clipboard, &SecretClipboard::expired, this,
            [this] { m_ui->statusLabel->setText(tr("The token was cleared from the clipboard.")); });
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
    return tr("<p>For the service provider's app from the Okta Integration Network catalog:</p><ol>"
              "<li>In the Okta Admin Console open <b>Applications</b> → your app → <b>Provisioning</b> → "
              "<b>Configure API Integration</b>, and tick <b>Enable API integration</b>.</li>"
              "<li>Paste the <b>SCIM connector base URL</b> above as the base URL, and the token as the "
              "<b>API Token</b> (<i>Copy token</i>). Click <b>Test API Credentials</b>, then "
              "<b>Save</b>.</li>"
              "<li><b>Provisioning</b> → <b>To App</b> → <b>Edit</b>: enable <b>Create Users</b>, <b>Update "
              "User "
              "Attributes</b> and <b>Deactivate Users</b>; <b>Save</b>.</li>"
              "<li><b>Assignments</b>: assign only your pilot group.</li>"
              "<li><b>Push Groups</b>: push the pilot group and choose <b>Link to an existing group</b> → "
              "“%1”.</li>"
              "</ol>")
        .arg(group);
}

QString IdpSetupPage::oktaWizardAppSteps(const QString &group) const
{
    return tr("<p>For an app you created with Okta's App Integration Wizard (SAML or SWA):</p><ol>"
              "<li>In the Okta Admin Console open <b>Applications</b> → your app → <b>General</b> → <b>App "
              "Settings</b> → <b>Edit</b>, set <b>Provisioning</b> to <b>SCIM</b>, and <b>Save</b>.</li>"
              "<li><b>Provisioning</b> → <b>Integration</b> → <b>Edit</b>: paste the <b>SCIM connector base "
              "URL</b> above; set <b>Unique identifier field for users</b> to <code>userName</code>.</li>"
              "<li><b>Supported provisioning actions</b>: <b>Push New Users</b>, <b>Push Profile Updates</b> "
              "and "
              "<b>Push Groups</b> (add <b>Import New Users and Profile Updates</b> if you want imports).</li>"
              "<li><b>Authentication Mode</b>: <b>HTTP Header</b>; paste the token as the Bearer value "
              "(<i>Copy token</i>). Click <b>Test Connector Configuration</b>, then <b>Save</b>.</li>"
              "<li><b>Provisioning</b> → <b>To App</b> → <b>Edit</b>: enable <b>Create Users</b>, <b>Update "
              "User "
              "Attributes</b> and <b>Deactivate Users</b>; <b>Save</b>.</li>"
              "<li><b>Assignments</b>: assign only your pilot group. <b>Push Groups</b>: push it and choose "
              "<b>Link to an existing group</b> → “%1”.</li>"
              "</ol>")
        .arg(group);
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
        + tr("<ol>"
             "<li>In the Entra admin center open <b>Enterprise applications</b> → your app → "
             "<b>Provisioning</b>; "
             "set <b>Provisioning Mode</b> to <b>Automatic</b>.</li>"
             "<li>Paste the <b>Tenant URL</b> above and the <b>Secret Token</b> (<i>Copy token</i>), then "
             "click "
             "<b>Test Connection</b>.</li>"
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
              .arg(matching, group);
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
        m_clipboard->copySecret(loaded.target->connection.token.view().toByteArray());
        m_ui->statusLabel->setText(tr("Token copied. Paste it now: the clipboard is cleared in 30 seconds."));
    });
}

} // namespace app
