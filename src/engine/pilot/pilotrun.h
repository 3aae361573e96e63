#pragma once

#include "engine/idp/pilotdialect.h"
#include "engine/mapping/mapping.h"
#include "engine/mapping/userbody.h"
#include "engine/pilot/cleanupjournal.h"
#include "engine/run/run.h"
#include "engine/run/runresult.h"

#include <QHash>
#include <QObject>
#include <QSet>
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
    /// The IdP's attribute mapping to replay; empty: the default of the dialect's IdP.
    std::optional<AttributeMapping> mapping;
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

    /// The steps every pilot has, in order.
    static QStringList stepIds();
    /// The steps of one person's life with @p mapping: after the read-back, the manager's (when
    /// a reference is mapped) and one mapping-<target> per mapped attribute.
    static QStringList stepIdsFor(const AttributeMapping &mapping);
    static QString stepTitle(const QString &id);
    const AttributeMapping &mapping() const { return m_mapping; }

    /// Stops sending the pilot's requests; cleanup still runs, then the run ends cancelled.
    void cancel() override;

Q_SIGNALS:
    void cleaningUp();
    /// The service's /Schemas has been read (the first person's mapping check waits for it).
    void schemasRead();

protected:
    QCoro::Task<RunResult> execute() override;
    QString titleOf(const QString &id) const override;

private:
    using Outcome = StepResult::Outcome;

    /// One person's life as the phases fill it in, and why it stopped early.
    struct Life
    {
        PilotUser user;
        QList<StepResult> steps;
        QString stopReason;
        UserBody body; ///< what the create sent, row by row
        QStringList rejected; ///< targets the service refused, left out of the create
        bool foundByHalving = false;
        QJsonObject stored; ///< the user as last read back

        const StepResult *stepById(const QString &id) const
        {
            const auto it = std::find_if(steps.cbegin(), steps.cend(),
                                         [&id](const StepResult &step) { return step.id == id; });
            return it == steps.cend() ? nullptr : &*it;
        }
    };
    using Phase = QCoro::Task<bool> (PilotRun::*)(Life *life);

    QCoro::Task<> runUser(QList<QList<StepResult>> *results, int index);
    // The phases, in the IdP's order (pilotphases.cpp); each returns whether the life goes on.
    QCoro::Task<bool> joiner(Life *life);
    // The mapping's own phases (mappingphases.cpp).
    QCoro::Task<bool> manager(Life *life);
    QCoro::Task<bool> mappingCheck(Life *life);
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
    /// @p filterRefused: the status (400, 501) when the service could not filter members, so the
    /// whole group was read.
    QCoro::Task<std::optional<bool>> isMember(QString userId, StepResult *step, int *filterRefused = nullptr);
    /// Adds to @p step's detail why its member check needed the group read (@p status: the refusal).
    static void explainMemberRead(StepResult *step, int status);
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
    QCoro::Task<> readSchemas();
    /// The create body for @p person with the rows of @p leaveOut left out.
    QJsonObject createBody(const PilotUser &person, const QStringList &leaveOut) const;
    /// After a 400 to the create: the attributes the service refuses — those its error names,
    /// else found by creating with halves of the attribute set — and the create without them.
    QCoro::Task<scim::Response> withoutRejected(Life *life, scim::Response refused, StepResult *step);
    /// Whether the service takes a create of a fresh synthetic person with only the rows of
    /// @p keep among @p candidates; each person it takes is journaled and cleaned up. nullopt
    /// when the answer is neither a success nor a 400.
    QCoro::Task<std::optional<bool>> accepts(QList<MappingRow> keep, QList<MappingRow> candidates,
                                             QStringList leaveOut, StepResult *step);
    QCoro::Task<QList<MappingRow>> rejectedAmong(QList<MappingRow> candidates, QStringList leaveOut,
                                                 StepResult *step);
    /// The matching attribute the IdP finds the person by (precedence 1), and its value.
    std::pair<QString, QString> matchOf(const Life &life) const;

    PilotOptions m_options;
    std::unique_ptr<PilotDialect> m_dialect;
    AttributeMapping m_mapping;
    std::optional<QSet<QString>> m_advertised; ///< what the service's /Schemas lists
    std::optional<scim::Response> m_schemas; ///< its answer, shown in the first mapping step
    enum class SchemasState { NotRead, Reading, Read } m_schemasState = SchemasState::NotRead;
    int m_probesLeft = 40; ///< creates the halving may still send in this run
    int m_nextProbe = 0;
    CleanupJournal m_journal;
    PilotGroup m_group;
    QString m_groupProblem;
    bool m_groupNamed = true;
    QHash<QString, bool> m_ours; ///< user id → the last read showed this run's marker
    bool m_cleaningUp = false;
};

} // namespace engine
