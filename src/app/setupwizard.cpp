#include "setupwizard.h"

#include "contactpage.h"
#include "credentials/profile.h"
#include "credentialspage.h"
#include "engine/cleanup.h"
#include "identityproviderpage.h"
#include "idpsetuppage.h"
#include "nextstepspage.h"
#include "pilotgrouppage.h"
#include "pilotpage.h"
#include "profilespage.h"
#include "reviewpage.h"
#include "runtarget.h"
#include "scim/scimclient.h"
#include "startpage.h"
#include "tenantpage.h"
#include "verifypage.h"
#include "welcomepage.h"
#include "wizardmodel.h"

#include <QLabel>
#include <QLocale>
#include <QPointer>

namespace app {

SetupWizard::SetupWizard(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : QWizard(parent)
    , m_model(model)
    , m_store(store)
    , m_startPage(new StartPage(this))
    , m_credentialsPage(new CredentialsPage(model, store, this))
    , m_profilesPage(new ProfilesPage(model, store, this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(model.demo ? tr("SCIM Setup Console (demo)") : tr("SCIM Setup Console"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Start &page"));
    setMinimumSize(720, 560);

    setPage(StartPageId, m_startPage);
    setPage(WelcomePageId, new WelcomePage(model, this));
    setPage(IdentityProviderPageId, new IdentityProviderPage(model, this));
    setPage(TenantPageId, new TenantPage(model, this));
    setPage(ContactPageId, new ContactPage(model, this));
    setPage(ReviewPageId, new ReviewPage(model, this));
    setPage(NextStepsPageId, new NextStepsPage(model, this));
    setPage(CredentialsPageId, m_credentialsPage);
    setPage(ProfilesPageId, m_profilesPage);
    setPage(VerifyPageId, new VerifyPage(model, store, m_network, this));
    auto *pilot = new PilotPage(model, store, m_network, this);
    setPage(PilotPageId, pilot);
    setPage(IdpSetupPageId, new IdpSetupPage(model, store, *pilot, this));
    setPage(GoLivePageId, new GoLivePage(model, store, this));
    setPage(PilotGroupPageId, new PilotGroupPage(model, store, m_network, this));
    connect(m_credentialsPage, &CredentialsPage::saved, m_profilesPage, &ProfilesPage::select);

    if (model.demo) {
        auto *banner
            = new QLabel(tr("<b>Demo</b><br>Everything here runs against the embedded sandbox tenant on this "
                            "computer. Nothing is sent anywhere and nothing is stored."));
        banner->setObjectName(QStringLiteral("demoBannerLabel"));
        banner->setWordWrap(true);
        banner->setMaximumWidth(160);
        banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 8px;"));
        setSideWidget(banner);
    }

    // A returning admin lands where they left off; the start page is one button away.
    const bool resumable = model.path != WizardModel::Path::None && model.lastPageId > StartPageId
        && model.lastPageId != CredentialsPageId && model.lastPageId < VerifyPageId
        && page(model.lastPageId) != nullptr;
    setStartId(resumable && !model.demo ? model.lastPageId : StartPageId);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::remember);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != QWizard::CustomButton1)
            return;
        setStartId(StartPageId);
        restart();
    });
    connect(m_startPage, &StartPage::cleanupRequested, this, [this] { cleanUpPending(); });
    offerPendingCleanup();
    connect(m_startPage, &StartPage::pathChosen, this, [this](StartPage::Path path) {
        m_model.path = path == StartPage::Path::PrepareRequest ? WizardModel::Path::PrepareRequest
            : path == StartPage::Path::ReceivedCredentials     ? WizardModel::Path::ReceivedCredentials
                                                               : WizardModel::Path::StoredProfile;
    });
}

SetupWizard::~SetupWizard() = default;

bool SetupWizard::isDemo() const
{
    return m_model.demo;
}

int SetupWizard::nextId() const
{
    switch (currentId()) {
    case StartPageId:
        switch (m_startPage->chosenPath()) {
        case StartPage::Path::PrepareRequest:
            return WelcomePageId;
        case StartPage::Path::ReceivedCredentials:
            return CredentialsPageId;
        case StartPage::Path::StoredProfile:
            return ProfilesPageId;
        case StartPage::Path::None:
            return -1;
        }
        return -1;
    case NextStepsPageId:
    case PilotGroupPageId:
        return -1;
    case GoLivePageId:
        return PilotGroupPageId;
    case ProfilesPageId:
        return m_profilesPage->goesToPilotGroup() ? PilotGroupPageId : VerifyPageId;
    default:
        return QWizard::nextId();
    }
}

namespace {

/// The profile (by id) whose endpoint a journal names, or the demo's; empty when none.
QString cleanupTarget(const engine::CleanupJournal &journal, const WizardModel &model,
                      credentials::ProfileStore &store)
{
    if (model.demo && scim::EndpointUrl::parse(model.demoEndpoint).toString() == journal.endpoint())
        return QStringLiteral("demo");
    const auto profiles = store.profiles();
    for (const auto &profile : profiles) {
        if (scim::EndpointUrl::parse(profile.endpoint).toString() == journal.endpoint())
            return profile.id;
    }
    return {};
}

} // namespace

void SetupWizard::offerPendingCleanup()
{
    const auto journals = engine::CleanupJournal::pending();
    if (journals.isEmpty()) {
        m_startPage->offerCleanup({}, false);
        return;
    }
    const engine::CleanupJournal &journal = journals.constFirst();
    const bool canClean = !cleanupTarget(journal, m_model, m_store).isEmpty();
    QString message
        = tr("A pilot run against %1 (started %2) did not finish cleaning up; its test users may still be "
             "there. Clean up before anything else.")
              .arg(journal.endpoint(),
                   QLocale().toString(journal.startedAt().toLocalTime(), QLocale::ShortFormat));
    if (!canClean)
        message += QLatin1Char(' ')
            + tr("No stored profile has that endpoint; run: scim-console cleanup --endpoint %1")
                  .arg(journal.endpoint());
    m_startPage->offerCleanup(message, canClean);
}

QCoro::Task<> SetupWizard::cleanUpPending()
{
    const auto journals = engine::CleanupJournal::pending();
    if (journals.isEmpty())
        co_return;
    engine::CleanupJournal journal = journals.constFirst();
    const QString target = cleanupTarget(journal, m_model, m_store);
    if (target != QLatin1String("demo"))
        m_model.selectedProfileId = target;
    m_startPage->showCleanupStatus(tr("Cleaning up…"));
    QPointer<SetupWizard> self(this);
    const RunTarget run = co_await RunTarget::load(m_model, m_store);
    if (!self)
        co_return;
    if (!run.isValid()) {
        m_startPage->offerCleanup(run.error, true);
        co_return;
    }
    scim::ScimClient client(&m_network);
    client.setEndpoint(run.endpoint);
    client.setToken(run.token);
    client.setCaCertificates(run.caCertificates);
    engine::Cleanup cleanup(client, journal, false);
    const engine::RunResult::Cleanup result = co_await cleanup.run();
    if (!self)
        co_return;
    const bool clean = result.leftovers.isEmpty();
    m_startPage->showCleanupStatus(
        clean ? tr("Cleaned up: nothing the pilot created is left.")
              : tr("Still left behind: %1. Try again later, or with scim-console cleanup.")
                    .arg(result.leftovers.join(QLatin1String(", "))));
    Q_EMIT pendingCleanupFinished(clean);
}

void SetupWizard::remember(int id)
{
    if (id < 0)
        return;
    m_model.lastPageId = id;
    m_model.save();
}

} // namespace app
