#pragma once

#include "engine/pilot/cleanupjournal.h"
#include "engine/run/runresult.h"

#include <QCoreApplication>
#include <qcoro/qcorotask.h>

namespace scim {
class ScimClient;
}

namespace engine {

/// Removes what a pilot run created, from its journal: the memberships it added, then the users —
/// deleted, or deactivated with keepDeactivated — each read back to prove it. Only resources
/// whose externalId carries the run's marker are touched; a user whose create answer was lost is
/// found by userName and marker.
class Cleanup
{
    Q_DECLARE_TR_FUNCTIONS(engine::Cleanup)

public:
    /// Up to @p width (1–16) removals at once, as many as the run itself sent.
    Cleanup(scim::ScimClient &client, CleanupJournal &journal, bool keepDeactivated, int width = 1)
        : m_client(client)
        , m_journal(journal)
        , m_keepDeactivated(keepDeactivated)
        , m_width(width)
    { }

    /// Runs to the end; the steps say what was done, leftovers what could not be.
    QCoro::Task<RunResult::Cleanup> run();
    const QList<StepResult> &steps() const { return m_steps; }

private:
    // Each fills in its own step; whether the journal entry can go.
    QCoro::Task<bool> removeMembership(CleanupJournal::Membership membership, StepResult *step);
    QCoro::Task<bool> removeUser(CleanupJournal::User user, StepResult *step);
    /// Whether the user was found carrying the run's marker (then @p id is its id).
    QCoro::Task<bool> findByMarker(QString userName, StepResult *step, QString *id);
    /// Whether the step is settled; false: the service would not delete, so deactivate it.
    QCoro::Task<bool> deleteUser(QString id, StepResult *step);
    QCoro::Task<> deactivateUser(QString id, StepResult *step);
    /// Whether @p step did not fail.
    bool done(const StepResult &step);

    scim::ScimClient &m_client;
    CleanupJournal &m_journal;
    bool m_keepDeactivated;
    int m_width;
    QList<StepResult> m_steps;
};

} // namespace engine
