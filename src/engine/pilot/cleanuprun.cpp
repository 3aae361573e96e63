#include "engine/pilot/cleanuprun.h"

#include "engine/pilot/cleanup.h"

namespace engine {

CleanupRun::CleanupRun(QNetworkAccessManager *network, scim::Connection connection, CleanupJournal journal,
                       bool keepDeactivated, QObject *parent)
    : Run(network, std::move(connection), parent)
    , m_journal(std::move(journal))
    , m_keepDeactivated(keepDeactivated)
{
    setRunId(m_journal.runId());
}

QCoro::Task<RunResult> CleanupRun::execute()
{
    RunResult result = begin(QStringLiteral("cleanup"), {});
    Cleanup cleanup(client(), m_journal, m_keepDeactivated);
    result.cleanup = co_await cleanup.run();
    for (const StepResult &step : cleanup.steps())
        result.steps.append(finishStep(step));
    co_return end(std::move(result));
}

} // namespace engine
