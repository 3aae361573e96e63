#include "engine/run/run.h"

#include "scim/oauthclient.h"

#include <QUuid>

namespace engine {

Run::Run(QNetworkAccessManager *network, scim::Connection connection, QObject *parent)
    : QObject(parent)
    , m_client(network, std::move(connection))
    , m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces))
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

void Run::cancel()
{
    m_cancelled = true;
    m_client.cancelAll();
}

RunResult Run::begin(const QString &kind, const QString &idp, const QString &dialect)
{
    RunResult result;
    result.kind = kind;
    result.endpoint = m_client.endpoint().toString();
    result.idp = idp;
    result.dialect = dialect;
    const scim::Authentication &auth = m_client.authentication();
    result.authMode = scim::authModeName(auth.mode);
    result.username = auth.username;
    if (auth.mode == scim::AuthMode::OAuthClientCredentials) {
        result.tokenEndpoint = auth.tokenEndpoint.url().toString(QUrl::RemoveQuery);
        result.clientId = auth.clientId;
        result.scope = auth.scope;
    }
    result.runId = m_runId;
    result.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    return result;
}

RunResult Run::end(RunResult result, RunResult::Outcome outcome) const
{
    result.outcome = m_cancelled                ? RunResult::Outcome::Cancelled
        : outcome == RunResult::Outcome::Passed ? RunResult::outcomeOf(result.steps)
                                                : outcome;
    result.durationMs = m_clock.elapsed();
    if (const scim::OAuthClient *oauth = m_client.oauth()) {
        result.accessTokens = oauth->grants();
        if (oauth->acceptedMethod() && result.clientAuthentication.isEmpty())
            result.clientAuthentication = scim::clientAuthMethodName(*oauth->acceptedMethod());
    }
    result.maskSecrets(m_client.secrets());
    return result;
}

StepResult Run::newStep(const char *id, const QString &user) const
{
    return newStep(QLatin1String(id), user);
}

StepResult Run::newStep(const QString &id, const QString &user) const
{
    StepResult step;
    step.id = id;
    step.user = user;
    step.title = titleOf(id);
    return step;
}

StepResult Run::finishStep(StepResult step)
{
    step.settleCancelled();
    step.maskSecrets(m_client.secrets());
    Q_EMIT stepFinished(step);
    return step;
}

QList<StepResult> Run::skipSteps(const QStringList &ids, const QString &user, const QString &why)
{
    QList<StepResult> skipped;
    for (const QString &id : ids) {
        StepResult step = newStep(id, user);
        step.set(StepResult::Outcome::Skipped, m_cancelled ? tr("Not run: the run was cancelled.") : why);
        skipped.append(finishStep(step));
    }
    return skipped;
}

} // namespace engine
