#pragma once

#include "engine/run/runresult.h"

#include <QObject>
#include <qcoro/qcorotask.h>

namespace engine {

/// What every run shares (verify, pilot, the group checks, cleanup): it runs once, reports each
/// step as soon as it is known, can be cancelled, and ends with one result — also as a signal, so
/// whoever owns the run can let it finish after the page that started it is gone.
class Run : public QObject
{
    Q_OBJECT

public:
    explicit Run(QObject *parent = nullptr);
    ~Run() override;

    /// Runs to the end; the result also comes as finished().
    QCoro::Task<RunResult> run();
    /// Stops sending what is not needed; what must still happen (a pilot's cleanup) happens, then
    /// the run ends cancelled.
    virtual void cancel() = 0;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stepFinished(const engine::StepResult &step);
    void finished(const engine::RunResult &result);

protected:
    virtual QCoro::Task<RunResult> execute() = 0;

private:
    bool m_running = false;
};

} // namespace engine
