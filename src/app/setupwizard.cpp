#include "setupwizard.h"

#include "contactpage.h"
#include "credentials/profile.h"
#include "credentialspage.h"
#include "engine/pilot/cleanupjournal.h"
#include "engine/pilot/cleanuprun.h"
#include "golivepage.h"
#include "identityproviderpage.h"
#include "idpsetuppage.h"
#include "legiblecolour.h"
#include "mappingspage.h"
#include "nextstepspage.h"
#include "pilotgrouppage.h"
#include "pilotpage.h"
#include "profilespage.h"
#include "reviewpage.h"
#include "runpage.h"
#include "runtarget.h"
#include "scim/endpointurl.h"
#include "startpage.h"
#include "tenantpage.h"
#include "unsavedinput.h"
#include "verifypage.h"
#include "welcomepage.h"
#include "wizardmodel.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QScreen>

namespace app {

SetupWizard::SetupWizard(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : QWizard(parent)
    , m_model(model)
    , m_store(store)
    , m_network(std::make_shared<QNetworkAccessManager>())
    , m_startPage(new StartPage(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(model.demo ? tr("SCIM Setup Console (demo)") : tr("SCIM Setup Console"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Start &page"));
    // 720×560 where the screen allows it; on a small or scaled-up screen the pages scroll and the
    // buttons stay on screen.
    QSize minimum(720, 560);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        minimum = minimum.boundedTo(screen->availableSize() * 0.9);
    setMinimumSize(minimum);

    // Only the start page is built now; each other page when the admin first goes to it
    // (validateCurrentPage()), so the first paint waits for one page, not sixteen.
    setPage(StartPageId, m_startPage);

    if (model.demo) {
        auto *banner
            = new QLabel(tr("<b>Demo</b><br>Everything here runs against the embedded sandbox tenant on this "
                            "computer. Nothing is sent anywhere and nothing is stored."));
        banner->setObjectName(QStringLiteral("demoBannerLabel"));
        banner->setWordWrap(true);
        banner->setMaximumWidth(160);
        banner->setMargin(8);
        showTinted(banner, QColor(0xf0, 0xa0, 0x00)); // amber, on any palette
        setSideWidget(banner);
    }

    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::remember);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != QWizard::CustomButton1)
            return;
        setStartId(StartPageId);
        restart();
    });
    connect(m_startPage, &StartPage::cleanupRequested, this, [this] { cleanUpPending(); });
    connect(m_startPage, &StartPage::pathChosen, this,
            [this](WizardModel::Path path) { m_model.path = path; });
    offerPendingCleanup();

    // A returning admin lands where they left off, with the pages before it behind Back — unless
    // an interrupted pilot's cleanup is pending: that is offered first, on the start page.
    const bool resumable = model.path != WizardModel::Path::None && model.lastPageId > StartPageId
        && model.lastPageId != CredentialsPageId && model.lastPageId < VerifyPageId;
    setStartId(StartPageId);
    if (resumable && !model.demo && engine::CleanupJournal::pending().isEmpty())
        resumeAt(model.lastPageId);
}

SetupWizard::~SetupWizard()
{
    // The pages go first, while the network they may still hand to a finishing run exists.
    const QList<int> ids = pageIds();
    for (const int id : ids)
        delete page(id);
}

bool SetupWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // QWizard::next() asks nextId() right after this; the page it names must exist by then.
    if (const int next = nextId(); next != -1)
        buildPage(next);
    return true;
}

QWizardPage *SetupWizard::buildPage(int id)
{
    if (QWizardPage *built = page(id))
        return built;
    QWizardPage *made = nullptr;
    switch (static_cast<PageId>(id)) {
    case StartPageId:
        return m_startPage;
    case WelcomePageId:
        made = new WelcomePage(m_model, this);
        break;
    case IdentityProviderPageId:
        made = new IdentityProviderPage(m_model, this);
        break;
    case TenantPageId:
        made = new TenantPage(m_model, this);
        break;
    case ContactPageId:
        made = new ContactPage(m_model, this);
        break;
    case ReviewPageId:
        made = new ReviewPage(m_model, this);
        break;
    case NextStepsPageId:
        made = new NextStepsPage(m_model, this);
        break;
    case CredentialsPageId:
        m_credentialsPage = new CredentialsPage(m_model, m_store, this);
        connect(m_credentialsPage, &CredentialsPage::saved, this, [this](const QString &profileId) {
            static_cast<ProfilesPage *>(buildPage(ProfilesPageId))->select(profileId);
        });
        made = m_credentialsPage;
        break;
    case ProfilesPageId:
        made = m_profilesPage = new ProfilesPage(m_model, m_store, this);
        break;
    case VerifyPageId:
        made = new VerifyPage(m_model, m_store, m_network, this);
        break;
    case MappingsPageId:
        made = new MappingsPage(m_model, m_store, this);
        break;
    case PilotPageId: {
        auto *mappings = static_cast<MappingsPage *>(buildPage(MappingsPageId));
        auto *pilot = new PilotPage(m_model, m_store, m_network, this);
        pilot->setMappingSource([mappings] { return mappings->mapping(); });
        connect(pilot, &RunPage::finished, mappings, [pilot, mappings] {
            if (pilot->lastResult())
                mappings->showResult(*pilot->lastResult());
        });
        made = pilot;
        break;
    }
    case IdpSetupPageId:
        made = new IdpSetupPage(m_model, m_store, *static_cast<PilotPage *>(buildPage(PilotPageId)), this);
        break;
    case GoLivePageId:
        made = new GoLivePage(m_model, m_store, this);
        break;
    case PilotGroupPageId:
        made = new PilotGroupPage(m_model, m_store, m_network, this);
        break;
    }
    if (made)
        setPage(id, made);
    return made;
}

void SetupWizard::resumeAt(int pageId)
{
    restart();
    m_startPage->resume(m_model.path);
    // Walk the path as the admin did, so Back leads where it led before.
    for (int guard = 0; currentId() != pageId && guard < 16; ++guard) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

RunPage *SetupWizard::runningPage() const
{
    const QList<int> ids = pageIds();
    for (const int id : ids) {
        if (auto *run = qobject_cast<RunPage *>(page(id)); run && run->isRunning())
            return run;
    }
    return nullptr;
}

bool SetupWizard::hasUnsavedInput() const
{
    const auto *unsaved = dynamic_cast<const UnsavedInput *>(currentPage());
    return unsaved && unsaved->hasUnsavedInput();
}

void SetupWizard::closeEvent(QCloseEvent *event)
{
    if (m_closing || m_asking || runningPage() || hasUnsavedInput()) {
        event->ignore();
        if (!m_closing)
            askBeforeClosing();
        return;
    }
    QWizard::closeEvent(event);
}

void SetupWizard::reject()
{
    if (m_closing || m_asking)
        return;
    if (runningPage() || hasUnsavedInput()) {
        askBeforeClosing();
        return;
    }
    QWizard::reject();
}

void SetupWizard::askBeforeClosing()
{
    RunPage *running = runningPage();
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("closeQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(windowTitle());
    QAbstractButton *close = nullptr;
    if (running) {
        box->setText(tr("Stop and close?"));
        box->setInformativeText(running->runningDescription());
        close = box->addButton(tr("&Stop and close"), QMessageBox::DestructiveRole);
        box->setDefaultButton(box->addButton(tr("&Keep running"), QMessageBox::RejectRole));
    } else {
        box->setText(tr("Close without keeping what you entered?"));
        box->setInformativeText(tr("What you typed on this page has not been saved yet."));
        close = box->addButton(tr("&Discard and close"), QMessageBox::DestructiveRole);
        box->setDefaultButton(box->addButton(tr("&Keep editing"), QMessageBox::RejectRole));
    }
    close->setObjectName(QStringLiteral("closeButton"));
    m_asking = true;
    connect(box, &QMessageBox::finished, this, [this] { m_asking = false; });
    connect(box, &QMessageBox::buttonClicked, this, [this, close](QAbstractButton *clicked) {
        m_asking = false;
        if (clicked != close)
            return;
        if (RunPage *page = runningPage())
            stopThenClose(page);
        else
            QWizard::reject();
    });
    box->open();
}

void SetupWizard::stopThenClose(RunPage *page)
{
    m_closing = true;
    button(QWizard::CancelButton)->setEnabled(false);
    connect(page, &RunPage::runningChanged, this, [this](bool running) {
        if (!running)
            QWizard::reject();
    });
    page->stopRun();
}

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
    case VerifyPageId:
        return MappingsPageId;
    case MappingsPageId:
        return PilotPageId;
    case CredentialsPageId:
        return ProfilesPageId;
    case WelcomePageId:
    case IdentityProviderPageId:
    case TenantPageId:
    case ContactPageId:
    case ReviewPageId:
    case PilotPageId:
    case IdpSetupPageId:
        // The next id in order; QWizard::nextId() would skip a page not built yet.
        return currentId() + 1;
    default:
        return -1;
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
        //: %1 is the endpoint URL, %2 the date and time the pilot run started
        = tr("A pilot run against %1 (started %2) did not finish cleaning up; its test users may still be "
             "there. Clean up before anything else.")
              .arg(journal.endpoint(),
                   QLocale().toString(journal.startedAt().toLocalTime(), QLocale::ShortFormat));
    if (!canClean)
        message += QLatin1Char(' ')
            //: %1 is the endpoint URL; keep the command text unchanged
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
    // The run, and the network it talks over, live on in this coroutine if the window goes.
    const std::shared_ptr<QNetworkAccessManager> network = m_network;
    const RunDetails details = RunDetails::of(m_model, m_store);
    if (!details.isValid()) {
        m_startPage->offerCleanup(details.error, true);
        co_return;
    }
    engine::TargetResult loaded = co_await loadTarget(details, m_model.demoToken);
    if (!self)
        co_return;
    if (!loaded.ok()) {
        m_startPage->offerCleanup(loaded.problem->message, true);
        co_return;
    }
    engine::CleanupRun run(network.get(), std::move(loaded.target->connection), std::move(journal), false);
    const engine::RunResult finished = co_await run.run();
    if (!self || !finished.cleanup)
        co_return;
    const engine::RunResult::Cleanup &result = *finished.cleanup;
    const bool clean = result.leftovers.isEmpty();
    m_startPage->showCleanupStatus(
        clean ? tr("Cleaned up: nothing the pilot created is left.")
              //: %1 is a comma-separated list of test users and group memberships still on the service
              : tr("Still left behind: %1. Try again later, or with scim-console cleanup.")
                    .arg(result.leftovers.join(QLatin1String(", "))),
        clean);
    Q_EMIT pendingCleanupFinished(clean);
}

void SetupWizard::remember(int id)
{
    // The start page is no place to come back to: leaving it there (say, for a pending cleanup)
    // must not forget where on a path the admin was.
    if (id <= StartPageId)
        return;
    // Back to the profiles page: what the runs since then changed (last verify, last pilot).
    if (id == ProfilesPageId)
        m_profilesPage->refresh();
    m_model.lastPageId = id;
    m_model.save();
}

} // namespace app
