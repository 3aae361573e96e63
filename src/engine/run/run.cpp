#include "engine/run/run.h"

namespace engine {

Run::Run(QObject *parent)
    : QObject(parent)
{ }

Run::~Run() = default;

QCoro::Task<RunResult> Run::run()
{
    m_running = true;
    const RunResult result = co_await execute();
    m_running = false;
    Q_EMIT finished(result);
    co_return result;
}

} // namespace engine
