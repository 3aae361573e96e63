#include "wizardflow.h"

#include "contactpage.h"
#include "credentials/profile.h"
#include "credentialspage.h"
#include "engine/pilot/cleanupjournal.h"
#include "engine/pilot/cleanuprun.h"
#include "golivepage.h"
#include "identityproviderpage.h"
#include "idpsetuppage.h"
#include "mappingspage.h"
#include "nextstepspage.h"
#include "pilotgrouppage.h"
#include "pilotpage.h"
#include "profilespage.h"
#include "reviewpage.h"
#include "runpage.h"
#include "runtarget.h"
#include "scim/endpointurl.h"
#include "shell/setupwizard.h"
#include "tenantpage.h"
#include "unsavedinput.h"
#include "verifypage.h"
#include "welcomepage.h"
#include "wizardmodel.h"

#include <QAbstractButton>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QWizard>

namespace app {

static_assert(int(StartPageControl::Path::StoredProfile) == int(WizardModel::Path::StoredProfile)
              && int(StartPageControl::Path::None) == int(WizardModel::Path::None));

WizardFlow::WizardFlow(QWizard &wizard, StartPageControl &start, WizardModel &model,
                       credentials::ProfileStore &store, std::shared_ptr<void> keepAlive)
    : m_keepAlive(std::move(keepAlive))
    , m_wizard(wizard)
    , m_start(start)
    , m_model(model)
    , m_store(store)
    , m_network(std::make_shared<QNetworkAccessManager>())
{ }

WizardFlow::~WizardFlow()
{
    // The pages go first, while the network they may still hand to a finishing run exists.
    const QList<int> ids = m_wizard.pageIds();
    for (const int id : ids) {
        if (id != SetupWizard::StartPageId)
            delete m_wizard.page(id);
    }
}

void WizardFlow::begin(bool mayResume)
{
    offerPendingCleanup();
    if (!mayResume)
        return;
    // A returning admin lands where they left off, with the pages before it behind Back — unless
    // an interrupted pilot's cleanup is pending: that is offered first, on the start page.
    if (SetupWizard::mayResumeAt(m_model.path != WizardModel::Path::None, m_model.lastPageId) && !m_model.demo
        && engine::CleanupJournal::pending().isEmpty())
        resumeAt(m_model.lastPageId);
}

QWizardPage *WizardFlow::buildPage(int id)
{
    if (QWizardPage *built = m_wizard.page(id))
        return built;
    QWizardPage *made = nullptr;
    switch (static_cast<SetupWizard::PageId>(id)) {
    case SetupWizard::StartPageId:
        return nullptr; // the window's own, and so always built
    case SetupWizard::WelcomePageId:
        made = new WelcomePage(m_model, &m_wizard);
        break;
    case SetupWizard::IdentityProviderPageId:
        made = new IdentityProviderPage(m_model, &m_wizard);
        break;
    case SetupWizard::TenantPageId:
        made = new TenantPage(m_model, &m_wizard);
        break;
    case SetupWizard::ContactPageId:
        made = new ContactPage(m_model, &m_wizard);
        break;
    case SetupWizard::ReviewPageId:
        made = new ReviewPage(m_model, &m_wizard);
        break;
    case SetupWizard::NextStepsPageId:
        made = new NextStepsPage(m_model, &m_wizard);
        break;
    case SetupWizard::CredentialsPageId:
        m_credentialsPage = new CredentialsPage(m_model, m_store, &m_wizard);
        connect(m_credentialsPage, &CredentialsPage::saved, this, [this](const QString &profileId) {
            static_cast<ProfilesPage *>(buildPage(SetupWizard::ProfilesPageId))->select(profileId);
        });
        made = m_credentialsPage;
        break;
    case SetupWizard::ProfilesPageId:
        made = m_profilesPage = new ProfilesPage(m_model, m_store, &m_wizard);
        break;
    case SetupWizard::VerifyPageId:
        made = new VerifyPage(m_model, m_store, m_network, &m_wizard);
        break;
    case SetupWizard::MappingsPageId:
        made = new MappingsPage(m_model, m_store, &m_wizard);
        break;
    case SetupWizard::PilotPageId: {
        auto *mappings = static_cast<MappingsPage *>(buildPage(SetupWizard::MappingsPageId));
        auto *pilot = new PilotPage(m_model, m_store, m_network, &m_wizard);
        pilot->setMappingSource([mappings] { return mappings->mapping(); });
        connect(pilot, &RunPage::finished, mappings, [pilot, mappings] {
            if (pilot->lastResult())
                mappings->showResult(*pilot->lastResult());
        });
        made = pilot;
        break;
    }
    case SetupWizard::IdpSetupPageId:
        made = new IdpSetupPage(m_model, m_store,
                                *static_cast<PilotPage *>(buildPage(SetupWizard::PilotPageId)), &m_wizard);
        break;
    case SetupWizard::GoLivePageId:
        made = new GoLivePage(m_model, m_store, &m_wizard);
        break;
    case SetupWizard::PilotGroupPageId:
        made = new PilotGroupPage(m_model, m_store, m_network, &m_wizard);
        break;
    }
    if (made)
        m_wizard.setPage(id, made);
    return made;
}

void WizardFlow::resumeAt(int pageId)
{
    m_wizard.restart();
    m_start.resume(StartPageControl::Path(int(m_model.path)));
    // Walk the path as the admin did, so Back leads where it led before.
    for (int guard = 0; m_wizard.currentId() != pageId && guard < 16; ++guard) {
        const int before = m_wizard.currentId();
        m_wizard.next();
        if (m_wizard.currentId() == before)
            break;
    }
}

RunPage *WizardFlow::runningPage() const
{
    const QList<int> ids = m_wizard.pageIds();
    for (const int id : ids) {
        if (auto *run = qobject_cast<RunPage *>(m_wizard.page(id)); run && run->isRunning())
            return run;
    }
    return nullptr;
}

bool WizardFlow::hasUnsavedInput() const
{
    const auto *unsaved = dynamic_cast<const UnsavedInput *>(m_wizard.currentPage());
    return unsaved && unsaved->hasUnsavedInput();
}

bool WizardFlow::mayClose()
{
    if (m_closing || m_asking)
        return false;
    if (runningPage() || hasUnsavedInput()) {
        askBeforeClosing();
        return false;
    }
    return true;
}

void WizardFlow::close()
{
    // QDialog's own reject(), past the window's question (SetupWizard::reject()).
    static_cast<QDialog &>(m_wizard).QDialog::reject();
}

void WizardFlow::askBeforeClosing()
{
    RunPage *running = runningPage();
    auto *box = new QMessageBox(&m_wizard);
    box->setObjectName(QStringLiteral("closeQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(m_wizard.windowTitle());
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
            this->close();
    });
    box->open();
}

void WizardFlow::stopThenClose(RunPage *page)
{
    m_closing = true;
    m_wizard.button(QWizard::CancelButton)->setEnabled(false);
    connect(page, &RunPage::runningChanged, this, [this](bool running) {
        if (!running)
            close();
    });
    page->stopRun();
}

int WizardFlow::nextId(int currentId) const
{
    switch (currentId) {
    case SetupWizard::NextStepsPageId:
    case SetupWizard::PilotGroupPageId:
        return -1;
    case SetupWizard::GoLivePageId:
        return SetupWizard::PilotGroupPageId;
    case SetupWizard::ProfilesPageId:
        return m_profilesPage->goesToPilotGroup() ? SetupWizard::PilotGroupPageId : SetupWizard::VerifyPageId;
    case SetupWizard::VerifyPageId:
        return SetupWizard::MappingsPageId;
    case SetupWizard::MappingsPageId:
        return SetupWizard::PilotPageId;
    case SetupWizard::CredentialsPageId:
        return SetupWizard::ProfilesPageId;
    case SetupWizard::WelcomePageId:
    case SetupWizard::IdentityProviderPageId:
    case SetupWizard::TenantPageId:
    case SetupWizard::ContactPageId:
    case SetupWizard::ReviewPageId:
    case SetupWizard::PilotPageId:
    case SetupWizard::IdpSetupPageId:
        // The next id in order; QWizard::nextId() would skip a page not built yet.
        return currentId + 1;
    default:
        return -1;
    }
}

void WizardFlow::pathChosen(StartPageControl::Path path)
{
    m_model.path = WizardModel::Path(int(path));
}

void WizardFlow::cleanupRequested()
{
    cleanUpPending();
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

void WizardFlow::offerPendingCleanup()
{
    const auto journals = engine::CleanupJournal::pending();
    if (journals.isEmpty()) {
        m_start.offerCleanup({}, false);
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
    m_start.offerCleanup(message, canClean);
}

QCoro::Task<> WizardFlow::cleanUpPending()
{
    const auto journals = engine::CleanupJournal::pending();
    if (journals.isEmpty())
        co_return;
    engine::CleanupJournal journal = journals.constFirst();
    const QString target = cleanupTarget(journal, m_model, m_store);
    if (target != QLatin1String("demo"))
        m_model.selectedProfileId = target;
    m_start.showCleanupStatus(tr("Cleaning up…"));
    QPointer<WizardFlow> self(this);
    // The run, and the network it talks over, live on in this coroutine if the window goes.
    const std::shared_ptr<QNetworkAccessManager> network = m_network;
    const RunDetails details = RunDetails::of(m_model, m_store);
    if (!details.isValid()) {
        m_start.offerCleanup(details.error, true);
        co_return;
    }
    engine::TargetResult loaded = co_await loadTarget(details, m_model.demoToken);
    if (!self)
        co_return;
    if (!loaded.ok()) {
        m_start.offerCleanup(loaded.problem->message, true);
        co_return;
    }
    engine::CleanupRun run(network.get(), std::move(loaded.target->connection), std::move(journal), false);
    const engine::RunResult finished = co_await run.run();
    if (!self || !finished.cleanup)
        co_return;
    const engine::RunResult::Cleanup &result = *finished.cleanup;
    const bool clean = result.leftovers.isEmpty();
    m_start.showCleanupStatus(
        clean ? tr("Cleaned up: nothing the pilot created is left.")
              //: %1 is a comma-separated list of test users and group memberships still on the service
              : tr("Still left behind: %1. Try again later, or with scim-console cleanup.")
                    .arg(result.leftovers.join(QLatin1String(", "))),
        clean);
    Q_EMIT pendingCleanupFinished(clean);
}

void WizardFlow::pageShown(int id)
{
    // The start page is no place to come back to: leaving it there (say, for a pending cleanup)
    // must not forget where on a path the admin was.
    if (id <= SetupWizard::StartPageId)
        return;
    // Back to the profiles page: what the runs since then changed (last verify, last pilot).
    if (id == SetupWizard::ProfilesPageId)
        m_profilesPage->refresh();
    m_model.lastPageId = id;
    m_model.save();
}

} // namespace app
