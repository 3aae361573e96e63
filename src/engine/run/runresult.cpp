#include "engine/run/runresult.h"

#include <QJsonArray>

namespace engine {

void StepResult::record(const scim::Response &response)
{
    exchanges.append(response.exchanges);
    durationMs += response.durationMs;
}

void StepResult::maskSecrets(const scim::SecretMask &mask)
{
    if (mask.isEmpty())
        return;
    user = mask.apply(user);
    title = mask.apply(title);
    detail = mask.apply(detail);
    hint = mask.apply(hint);
    for (scim::Exchange &exchange : exchanges)
        exchange.mask(mask);
}

void RunResult::maskSecrets(const scim::SecretMask &mask)
{
    for (StepResult &step : steps)
        step.maskSecrets(mask);
    if (cleanup) {
        for (QString &leftover : cleanup->leftovers)
            leftover = mask.apply(leftover);
        for (StepResult &step : cleanup->steps)
            step.maskSecrets(mask);
    }
}

void StepResult::settleCancelled()
{
    const bool stopped
        = std::any_of(exchanges.cbegin(), exchanges.cend(), [](const scim::Exchange &exchange) {
              return exchange.error == scim::ErrorKind::Cancelled;
          });
    if (outcome != Outcome::Failed || !stopped)
        return;
    outcome = Outcome::Cancelled;
    detail = RunResult::tr("Stopped: the run was cancelled while this request was under way.");
    hint.clear();
}

StepResult &StepResult::set(Outcome newOutcome, const QString &newDetail, const QString &newHint)
{
    outcome = newOutcome;
    detail = newDetail;
    hint = newHint;
    return *this;
}

QString StepResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("passed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject StepResult::toJson() const
{
    QJsonArray recorded;
    for (const scim::Exchange &exchange : exchanges)
        recorded.append(exchange.toJson());
    QJsonObject json {{QStringLiteral("id"), id},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("outcome"), outcomeName(outcome)},
                      {QStringLiteral("durationMs"), durationMs},
                      {QStringLiteral("detail"), detail},
                      {QStringLiteral("hint"), hint},
                      {QStringLiteral("exchanges"), recorded}};
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
        if (!json.contains(it.key()))
            json.insert(it.key(), it.value());
    }
    if (!user.isEmpty())
        json.insert(QStringLiteral("user"), user);
    if (!verdict.isEmpty())
        json.insert(QStringLiteral("verdict"), verdict);
    if (!advice.isEmpty()) {
        QJsonArray names;
        for (const Advice a : advice)
            names.append(adviceName(a));
        json.insert(QStringLiteral("advice"), names);
    }
    return json;
}

QString RunResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("passed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Error:
        return QStringLiteral("error");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

RunResult::Outcome RunResult::outcomeNamed(const QString &name)
{
    for (const Outcome outcome : {Outcome::Passed, Outcome::Failed, Outcome::Error, Outcome::Cancelled}) {
        if (outcomeName(outcome) == name)
            return outcome;
    }
    return Outcome::Error;
}

std::optional<double> RunResult::medianAnswerMs() const
{
    const QUrl origin = QUrl(endpoint).adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QList<qint64> durations;
    for (const StepResult &step : steps) {
        for (const scim::Exchange &exchange : step.exchanges) {
            if (exchange.status > 0
                && exchange.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                    == origin)
                durations.append(exchange.durationMs);
        }
    }
    return medianMs(durations);
}

RunResult::Outcome RunResult::outcomeOf(const QList<StepResult> &steps)
{
    for (const StepResult &step : steps) {
        if (step.outcome == StepResult::Outcome::Failed)
            return Outcome::Failed;
    }
    return Outcome::Passed;
}

QJsonObject RunResult::toJson() const
{
    QJsonArray stepArray;
    for (const StepResult &step : steps)
        stepArray.append(step.toJson());
    QJsonObject json {
        {QStringLiteral("tool"), QStringLiteral("scim-console")},
        {QStringLiteral("version"), QStringLiteral(SCIM_CONSOLE_VERSION)},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("idp"), idp},
        {QStringLiteral("dialect"), dialect.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(dialect)},
        {QStringLiteral("runId"), runId},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("steps"), stepArray}};
    if (!authMode.isEmpty()) {
        QJsonObject auth {{QStringLiteral("mode"), authMode}};
        if (!clientAuthentication.isEmpty())
            auth.insert(QStringLiteral("clientAuthentication"), clientAuthentication);
        if (accessTokens > 0)
            auth.insert(QStringLiteral("accessTokens"), accessTokens);
        for (const auto &[name, value] :
             {std::pair {"username", &username}, std::pair {"tokenEndpoint", &tokenEndpoint},
              std::pair {"clientId", &clientId}, std::pair {"scope", &scope}}) {
            if (!value->isEmpty())
                auth.insert(QLatin1String(name), *value);
        }
        json.insert(QStringLiteral("auth"), auth);
    }
    if (firstSync)
        json.insert(QStringLiteral("firstSyncMinutes"), firstSync->toJson());
    if (cleanup) {
        QJsonObject object {{QStringLiteral("outcome"), StepResult::outcomeName(cleanup->outcome)},
                            {QStringLiteral("leftovers"), QJsonArray::fromStringList(cleanup->leftovers)}};
        if (!cleanup->steps.isEmpty()) {
            QJsonArray cleanupSteps;
            for (const StepResult &step : cleanup->steps)
                cleanupSteps.append(step.toJson());
            object.insert(QStringLiteral("steps"), cleanupSteps);
        }
        json.insert(QStringLiteral("cleanup"), object);
    }
    return json;
}

} // namespace engine

namespace engine {

namespace {

template<typename Outcome>
Outcome outcomeFromName(const QString &name, Outcome fallback, std::initializer_list<Outcome> all,
                        QString (*nameOf)(Outcome))
{
    for (const Outcome outcome : all) {
        if (nameOf(outcome) == name)
            return outcome;
    }
    return fallback;
}

} // namespace

StepResult StepResult::fromJson(const QJsonObject &json)
{
    StepResult step;
    step.id = json.value(QLatin1String("id")).toString();
    step.user = json.value(QLatin1String("user")).toString();
    step.title = json.value(QLatin1String("title")).toString();
    step.outcome = outcomeFromName(
        json.value(QLatin1String("outcome")).toString(), Outcome::Skipped,
        {Outcome::Passed, Outcome::Failed, Outcome::Warning, Outcome::Skipped, Outcome::Cancelled},
        &StepResult::outcomeName);
    step.verdict = json.value(QLatin1String("verdict")).toString();
    const QJsonArray advice = json.value(QLatin1String("advice")).toArray();
    for (const QJsonValue &name : advice) {
        if (const std::optional<Advice> known = adviceFromName(name.toString()))
            step.advice.append(*known);
    }
    step.durationMs = json.value(QLatin1String("durationMs")).toInteger();
    step.detail = json.value(QLatin1String("detail")).toString();
    step.hint = json.value(QLatin1String("hint")).toString();
    const QJsonArray exchanges = json.value(QLatin1String("exchanges")).toArray();
    for (const QJsonValue &exchange : exchanges)
        step.exchanges.append(scim::Exchange::fromJson(exchange.toObject()));
    static const QStringList known {QStringLiteral("id"),         QStringLiteral("user"),
                                    QStringLiteral("title"),      QStringLiteral("outcome"),
                                    QStringLiteral("verdict"),    QStringLiteral("advice"),
                                    QStringLiteral("durationMs"), QStringLiteral("detail"),
                                    QStringLiteral("hint"),       QStringLiteral("exchanges")};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            step.figures.insert(it.key(), it.value());
    }
    return step;
}

std::optional<RunResult> RunResult::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("tool")).toString() != QLatin1String("scim-console")
        || !json.value(QLatin1String("steps")).isArray())
        return std::nullopt;
    RunResult result;
    result.kind = json.value(QLatin1String("kind")).toString();
    result.endpoint = json.value(QLatin1String("endpoint")).toString();
    result.idp = json.value(QLatin1String("idp")).toString();
    result.dialect = json.value(QLatin1String("dialect")).toString();
    const QJsonObject auth = json.value(QLatin1String("auth")).toObject();
    result.authMode = auth.value(QLatin1String("mode")).toString();
    result.clientAuthentication = auth.value(QLatin1String("clientAuthentication")).toString();
    result.accessTokens = auth.value(QLatin1String("accessTokens")).toInt();
    result.username = auth.value(QLatin1String("username")).toString();
    result.tokenEndpoint = auth.value(QLatin1String("tokenEndpoint")).toString();
    result.clientId = auth.value(QLatin1String("clientId")).toString();
    result.scope = auth.value(QLatin1String("scope")).toString();
    result.runId = json.value(QLatin1String("runId")).toString();
    result.startedAt
        = QDateTime::fromString(json.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    result.durationMs = json.value(QLatin1String("durationMs")).toInteger();
    result.outcome = outcomeFromName(json.value(QLatin1String("outcome")).toString(), Outcome::Error,
                                     {Outcome::Passed, Outcome::Failed, Outcome::Error, Outcome::Cancelled},
                                     &RunResult::outcomeName);
    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &step : steps)
        result.steps.append(StepResult::fromJson(step.toObject()));
    result.firstSync = FirstSyncEstimate::fromJson(json.value(QLatin1String("firstSyncMinutes")));
    if (json.value(QLatin1String("cleanup")).isObject()) {
        const QJsonObject cleanup = json.value(QLatin1String("cleanup")).toObject();
        QStringList leftovers;
        const QJsonArray left = cleanup.value(QLatin1String("leftovers")).toArray();
        for (const QJsonValue &id : left)
            leftovers.append(id.toString());
        const StepResult::Outcome outcome = outcomeFromName(
            cleanup.value(QLatin1String("outcome")).toString(), StepResult::Outcome::Failed,
            {StepResult::Outcome::Passed, StepResult::Outcome::Failed, StepResult::Outcome::Skipped},
            &StepResult::outcomeName);
        QList<StepResult> cleanupSteps;
        const QJsonArray sent = cleanup.value(QLatin1String("steps")).toArray();
        for (const QJsonValue &step : sent)
            cleanupSteps.append(StepResult::fromJson(step.toObject()));
        result.cleanup = Cleanup {outcome, leftovers, cleanupSteps};
    }
    return result;
}

} // namespace engine
