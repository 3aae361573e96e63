#pragma once

#include "engine/idp/pilotdialect.h"
#include "engine/pilot/cleanupjournal.h"
#include "engine/run/run.h"
#include "engine/run/runresult.h"

#include <QHash>
#include <QObject>
#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace engine {

struct PilotOptions
{
    DialectId dialect = DialectId::Entra;
    QString groupId;
    QString groupName;
    QString userDomain = QStringLiteral("example.com");
    int count = 1;
    int concurrency = 1;
    bool keepDeactivated = false;
};

/// `pilot`: a synthetic user's whole life — joiner, mover, group membership, leaver, removal —
/// sent exactly as the chosen IdP dialect would send it, each answer judged as that IdP would
/// judge it; then everything the run created is removed, whatever happened. Several people run
/// at once when asked, as an IdP's burst.
class PilotRun : public Run
{
    Q_OBJECT

public:
    PilotRun(QNetworkAccessManager *network, scim::Connection connection, PilotOptions options,
             QObject *parent = nullptr);
    ~PilotRun() override;

    static QStringList stepIds();
    static QString stepTitle(const QString &id);

    /// Stops sending the pilot's requests; cleanup still runs, then the run ends cancelled.
    void cancel() override;

Q_SIGNALS:
    void cleaningUp();

protected:
    QCoro::Task<RunResult> execute() override;
    QString titleOf(const QString &id) const override { return stepTitle(id); }

private:
    using Outcome = StepResult::Outcome;

    /// One person's life as the phases fill it in, and why it stopped early.
    struct Life
    {
        PilotUser user;
        QList<StepResult> steps;
        QString stopReason;
    };
    using Phase = QCoro::Task<bool> (PilotRun::*)(Life *life);

    QCoro::Task<> runUser(QList<QList<StepResult>> *results, int index);
    // The phases, in the IdP's order (pilotphases.cpp); each returns whether the life goes on.
    QCoro::Task<bool> joiner(Life *life);
    QCoro::Task<bool> matching(Life *life);
    QCoro::Task<bool> mover(Life *life);
    QCoro::Task<bool> membership(Life *life);
    QCoro::Task<bool> leaver(Life *life);
    QCoro::Task<bool> removal(Life *life);

    /// Finishes @p step into @p life; false when the run was cancelled meanwhile.
    bool add(Life *life, StepResult step);
    /// Ends @p life early: the steps not run are skipped because of @p why.
    static bool stop(Life *life, const QString &why);
    /// A refused request that the IdP's other style got through: the step learns the advice.
    static void advise(StepResult *step, const PilotDialect::Fallback &fallback);
    QCoro::Task<std::optional<bool>> isMember(QString userId, StepResult *step);
    /// Remembers whether @p read showed the user carrying this run's marker.
    void noteRead(const PilotUser &user, const scim::Response &read);
    /// The step @p id of a write to the user, starting with the read that proves the user is
    /// still this run's; nullopt — the step finished as failed, the life stopped — when it is not.
    QCoro::Task<std::optional<StepResult>> guarded(Life *life, const char *id);
    /// True when the user may be written to; otherwise @p step says why not.
    QCoro::Task<bool> ensureOurs(PilotUser user, StepResult *step);
    StepResult judged(const char *id, const QString &user, const QList<scim::Response> &responses,
                      const QString &success);
    QCoro::Task<bool> resolveGroup();

    PilotOptions m_options;
    std::unique_ptr<PilotDialect> m_dialect;
    CleanupJournal m_journal;
    PilotGroup m_group;
    QString m_groupProblem;
    bool m_groupNamed = true;
    QHash<QString, bool> m_ours; ///< user id → the last read showed this run's marker
    bool m_cleaningUp = false;
};

} // namespace engine
