#pragma once

#include "engine/run/runresult.h"
#include "scim/connection.h"
#include "scim/scimclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <qcoro/qcorotask.h>

class QNetworkAccessManager;

namespace engine {

/// The frame every run shares (verify, pilot, the group checks, cleanup): it holds the run's
/// client — and with it the connection's secret, released with the run — runs once, reports each
/// step as soon as it is known, can be cancelled, and ends with one result, also as a signal, so
/// whoever owns the run can let it finish after the page that started it is gone.
///
/// A run's execute() builds its result with begin() and end(), makes its steps with newStep() and
/// hands each to finishStep() exactly once; the frame settles a step stopped by a cancel as
/// cancelled (not failed), masks every secret and announces it.
class Run : public QObject
{
    Q_OBJECT

public:
    ~Run() override;

    /// Runs to the end; the result also comes as finished().
    QCoro::Task<RunResult> run();
    /// Stops sending what is not needed; what must still happen (a pilot's cleanup) happens, then
    /// the run ends cancelled.
    virtual void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    QString runId() const { return m_runId; }

Q_SIGNALS:
    void stepFinished(const engine::StepResult &step);
    void finished(const engine::RunResult &result);

protected:
    Run(QNetworkAccessManager *network, scim::Connection connection, QObject *parent);

    virtual QCoro::Task<RunResult> execute() = 0;
    /// The title of the step @p id, as this run names its steps.
    virtual QString titleOf(const QString &id) const = 0;

    scim::ScimClient &client() { return m_client; }
    const scim::ScimClient &client() const { return m_client; }
    /// A cleanup run carries on the run id of the pilot it finishes.
    void setRunId(const QString &runId) { m_runId = runId; }
    /// Records the cancel without stopping the requests in flight (a pilot's cleanup).
    void markCancelled() { m_cancelled = true; }

    /// A result with the run's header filled in — kind, endpoint, IdP, dialect, run id, start —
    /// and the clock started.
    RunResult begin(const QString &kind, const QString &idp, const QString &dialect = {});
    /// The result's end: the outcome (cancelled when the run was; @p outcome when it is an error;
    /// otherwise from the steps), the duration, every secret masked.
    RunResult end(RunResult result, RunResult::Outcome outcome = RunResult::Outcome::Passed) const;
    StepResult newStep(const char *id, const QString &user = {}) const;
    StepResult newStep(const QString &id, const QString &user = {}) const;
    /// A step is finished once, here: stopped by a cancel it is cancelled, not failed; its
    /// secrets are masked; then it is announced. Returns the finished step.
    StepResult finishStep(StepResult step);
    /// The steps @p ids that will not run, each finished as skipped because of @p why — or, when
    /// the run was cancelled, because of that.
    QList<StepResult> skipSteps(const QStringList &ids, const QString &user, const QString &why);

private:
    scim::ScimClient m_client;
    QString m_runId;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace engine
