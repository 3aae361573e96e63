#pragma once

#include "engine/idp/pilotdialect.h"
#include "engine/pilot/cleanupjournal.h"
#include "engine/run/run.h"
#include "engine/run/runresult.h"
#include "scim/endpointurl.h"
#include "scim/scimclient.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace engine {

struct PilotOptions
{
    scim::EndpointUrl endpoint;
    QByteArray token;
    QList<QSslCertificate> caCertificates;
    QString dialect = QStringLiteral("entra");
    QString groupId;
    QString groupName;
    QString userDomain = QStringLiteral("example.com");
    int count = 1;
    int concurrency = 1;
    bool keepDeactivated = false;
    std::chrono::milliseconds timeout {std::chrono::seconds(30)};
};

/// `pilot`: a synthetic user's whole life — joiner, mover, group membership, leaver — sent
/// exactly as the chosen IdP dialect would send it, each answer judged as that IdP would judge it;
/// then everything the run created is removed, whatever happened. One co_await per request.
class PilotRun : public Run
{
    Q_OBJECT

public:
    /// @p options.dialect must name a dialect (PilotDialect::ids()).
    PilotRun(QNetworkAccessManager *network, PilotOptions options, QObject *parent = nullptr);
    ~PilotRun() override;

    static QStringList stepIds();
    static QString stepTitle(const QString &id);
    QString runId() const { return m_runId; }

    /// Stops sending the pilot's requests; cleanup still runs, then the run ends cancelled.
    void cancel() override;

Q_SIGNALS:
    void cleaningUp();

protected:
    QCoro::Task<RunResult> execute() override;

private:
    using Outcome = StepResult::Outcome;

    QCoro::Task<> worker(QList<QList<StepResult>> *results);
    QCoro::Task<QList<StepResult>> runUser(int n);
    QCoro::Task<std::optional<bool>> isMember(QString userId, StepResult *step);
    /// Remembers whether @p read showed the user carrying this run's marker.
    void noteRead(const PilotUser &user, const scim::Response &read);
    /// True when the user may be written to; otherwise @p step says why not.
    QCoro::Task<bool> ensureOurs(PilotUser user, StepResult *step);
    StepResult judged(const char *id, const QString &user, const QList<scim::Response> &responses,
                      const QString &success);
    QCoro::Task<bool> resolveGroup();
    static QString aadOptHint();

    PilotOptions m_options;
    std::unique_ptr<PilotDialect> m_dialect;
    scim::ScimClient m_client;
    QString m_runId;
    CleanupJournal m_journal;
    PilotGroup m_group;
    QString m_groupProblem;
    QHash<QString, bool> m_ours; ///< user id → the last read showed this run's marker
    int m_next = 0;
    bool m_cancelled = false;
    bool m_cleaningUp = false;
};

} // namespace engine
