#include "idpsetuppage.h"

#include "credentials/profile.h"
#include "pilotpage.h"
#include "request/setuprequest.h"
#include "runtarget.h"
#include "scrollcontent.h"
#include "secretclipboard.h"
#include "ui_golivepage.h"
#include "ui_idpsetuppage.h"
#include "wizardmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QUrlQuery>

namespace app {

namespace {

struct Selected
{
    QString endpoint;
    QString idp;
    QString groupName;
    QString ssoAttribute;
};

Selected selected(const WizardModel &model, credentials::ProfileStore &store)
{
    if (model.demo)
        return {model.demoEndpoint,
                model.request.idp.isEmpty() ? QStringLiteral("entra") : model.request.idp,
                QStringLiteral("SCIM Pilot"),
                {}};
    const auto profile = store.findById(model.selectedProfileId);
    if (!profile)
        return {};
    return {profile->endpoint, profile->idp,
            profile->groupName.isEmpty() ? QStringLiteral("SCIM Pilot") : profile->groupName,
            profile->ssoAttribute};
}

} // namespace

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
    const Selected target = selected(m_model, m_store);
    m_idp = target.idp;
    const bool okta = m_idp == QLatin1String("okta");
    QString url = target.endpoint;
    if (!okta && m_pilot.needsEntraFlag() && !url.contains(QLatin1String("aadOptscim062020")))
        url += url.contains(QLatin1Char('?')) ? QStringLiteral("&aadOptscim062020")
                                              : QStringLiteral("?aadOptscim062020");
    m_ui->tenantUrlLineEdit->setText(url);
    m_ui->tenantUrlLabel->setText(okta ? tr("SCIM connector base URL:") : tr("Tenant URL:"));
    const QString group = target.groupName.toHtmlEscaped();
    if (okta) {
        // The pilot's choice says which kind of Okta app this is; their screens differ.
        const bool wizardApp = m_pilot.dialect() == QLatin1String("okta-aiw");
        setTitle(wizardApp ? tr("Set up provisioning in your Okta app") : tr("Set up provisioning in Okta"));
        m_ui->instructionsBrowser->setHtml(wizardApp ? oktaWizardAppSteps(group)
                                                     : oktaCatalogAppSteps(group));
    } else {
        setTitle(tr("Set up provisioning in Microsoft Entra ID"));
        m_ui->instructionsBrowser->setHtml(entraSteps(group, target.ssoAttribute));
    }
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
    QCoro::connect(RunTarget::load(m_model, m_store), this, [this](const RunTarget &target) {
        m_ui->copyTokenButton->setEnabled(true);
        if (!target.isValid()) {
            m_ui->statusLabel->setText(target.error);
            return;
        }
        m_clipboard->copySecret(target.token);
        m_ui->statusLabel->setText(tr("Token copied. Paste it now: the clipboard is cleared in 30 seconds."));
    });
}

GoLivePage::GoLivePage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_ui(std::make_unique<Ui::GoLivePage>())
{
    m_ui->setupUi(scrollContent(this));
    setTitle(tr("Go live"));
    setSubTitle(tr("The pilot group first, then everyone."));
    setFinalPage(true);
}

GoLivePage::~GoLivePage() = default;

void GoLivePage::initializePage()
{
    const Selected target = selected(m_model, m_store);
    const bool okta = target.idp == QLatin1String("okta");
    m_ui->stepsBrowser->setHtml(
        tr("<ol>"
           "<li><b>Assign the pilot group “%1”</b> in %2 — a handful of real colleagues, not everyone.</li>"
           "<li><b>After the first provisioning cycle</b>, check each pilot user arrived, is active, has the "
           "right "
           "attributes and is in the group.</li>"
           "<li><b>Watch</b> %3 for failures, and ask the pilot users to sign in with SSO: the account SCIM "
           "created must "
           "be the one they land in.</li>"
           "<li><b>Leavers</b>: %4</li>"
           "<li>When the pilot looks right for a few days, <b>widen the assignment</b> to everyone who needs "
           "access.</li>"
           "</ol>")
            .arg(target.groupName.toHtmlEscaped(), request::idpDisplayName(target.idp),
                 okta ? tr("Okta's Tasks and System Log") : tr("Entra ID's provisioning logs"),
                 okta ? tr("Okta only deactivates users; it never deletes them.")
                      : tr("Entra ID first disables a user (active false), and deletes the account about 30 "
                           "days later.")));
}

} // namespace app
