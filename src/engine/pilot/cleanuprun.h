#pragma once

#include "engine/pilot/cleanupjournal.h"
#include "engine/run/run.h"

#include <QObject>

class QNetworkAccessManager;

namespace engine {

/// `cleanup`: finishes what an interrupted pilot left, from its journal — the memberships it
/// added, then its users, only those carrying that run's marker — as a run like the others, under
/// the pilot's run id.
class CleanupRun : public Run
{
    Q_OBJECT

public:
    CleanupRun(QNetworkAccessManager *network, scim::Connection connection, CleanupJournal journal,
               bool keepDeactivated, QObject *parent = nullptr);

    /// Cleanup runs to the end once started: a cancel only marks the result.
    void cancel() override { markCancelled(); }

protected:
    QCoro::Task<RunResult> execute() override;
    QString titleOf(const QString &id) const override { return id; }

private:
    CleanupJournal m_journal;
    bool m_keepDeactivated;
};

} // namespace engine
