#include "runpage.h"

#include "engine/run/run.h"
#include "runtarget.h"
#include "wizardmodel.h"

#include <QNetworkAccessManager>

namespace app {

namespace {

/// Keeps a cancelled run, and the network it talks over, alive until the run has ended.
class RunLeftover : public QObject
{
public:
    RunLeftover(std::unique_ptr<engine::Run> run, std::shared_ptr<QNetworkAccessManager> network)
        : m_run(std::move(run))
        , m_network(std::move(network))
    {
        connect(m_run.get(), &engine::Run::finished, this, &QObject::deleteLater);
        m_run->cancel();
    }

private:
    std::unique_ptr<engine::Run> m_run;
    std::shared_ptr<QNetworkAccessManager> m_network;
};

} // namespace

RunPage::RunPage(WizardModel &model, credentials::ProfileStore &store,
                 std::shared_ptr<QNetworkAccessManager> network, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_network(std::move(network))
{ }

RunPage::~RunPage()
{
    // Never destroyed with requests in flight: the run is cancelled and finishes on its own.
    if (m_run && m_run->isRunning())
        new RunLeftover(std::move(m_run), m_network);
}

bool RunPage::isComplete() const
{
    return !isRunning() && pageComplete();
}

QString RunPage::runningDescription() const
{
    return tr("A check is running.");
}

void RunPage::setRunning(bool running)
{
    Q_EMIT runningChanged(running);
    Q_EMIT completeChanged();
}

void RunPage::startRun(MakeRun make)
{
    if (isRunning())
        return;
    const RunDetails details = RunDetails::of(m_model, m_store);
    if (!details.isValid()) {
        runNotStarted(details.error);
        return;
    }
    m_loading = true;
    m_stopBeforeStart = false;
    setRunning(true);
    QCoro::connect(loadTarget(details, m_model.demoToken), this,
                   [this, make, details](engine::TargetResult &&loaded) {
                       m_loading = false;
                       if (m_stopBeforeStart || !loaded.ok()) {
                           setRunning(false);
                           runNotStarted(m_stopBeforeStart ? tr("Cancelled before anything was sent.")
                                                           : loaded.problem->message);
                           return;
                       }
                       m_run = make(std::move(loaded.target->connection), details, m_network.get());
                       begin();
                   });
}

void RunPage::begin()
{
    connect(m_run.get(), &engine::Run::stepFinished, this,
            [this](const engine::StepResult &step) { runStep(step); });
    QCoro::connect(m_run->run(), this, [this](const engine::RunResult &result) {
        // Released once it has ended: the token it held goes with it.
        m_run.release()->deleteLater();
        m_model.noteRun(result);
        runFinished(result);
        setRunning(false);
        Q_EMIT finished();
    });
}

void RunPage::stopRun()
{
    if (m_run)
        m_run->cancel();
    else if (m_loading)
        m_stopBeforeStart = true;
}

} // namespace app
