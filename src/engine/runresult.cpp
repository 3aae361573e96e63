#include "runresult.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace engine {

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
    if (!user.isEmpty())
        json.insert(QStringLiteral("user"), user);
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

RunResult::Outcome RunResult::outcomeOf(const QList<StepResult> &steps)
{
    for (const StepResult &step : steps) {
        if (step.outcome == StepResult::Outcome::Failed)
            return Outcome::Failed;
    }
    return Outcome::Passed;
}

int RunResult::exitCode() const
{
    switch (outcome) {
    case Outcome::Passed:
        return cleanup && !cleanup->leftovers.isEmpty() ? 1 : 0;
    case Outcome::Failed:
        return 1;
    case Outcome::Error:
        return 3;
    case Outcome::Cancelled:
        return 130;
    }
    return 1;
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
    if (cleanup) {
        json.insert(
            QStringLiteral("cleanup"),
            QJsonObject {{QStringLiteral("outcome"), cleanup->outcome},
                         {QStringLiteral("leftovers"), QJsonArray::fromStringList(cleanup->leftovers)}});
    }
    return json;
}

QByteArray RunResult::toJUnit() const
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    int failures = 0;
    int skipped = 0;
    for (const StepResult &step : steps) {
        failures += step.outcome == StepResult::Outcome::Failed ? 1 : 0;
        skipped += step.outcome == StepResult::Outcome::Skipped ? 1 : 0;
    }
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeStartElement(QStringLiteral("testsuite"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("scim-console %1 %2").arg(kind, endpoint));
    writer.writeAttribute(QStringLiteral("tests"), QString::number(steps.size()));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    writer.writeAttribute(QStringLiteral("errors"), QString::number(outcome == Outcome::Error ? 1 : 0));
    writer.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    writer.writeAttribute(QStringLiteral("time"), QString::number(double(durationMs) / 1000.0, 'f', 3));
    writer.writeAttribute(QStringLiteral("timestamp"), startedAt.toString(Qt::ISODate));
    for (const StepResult &step : steps) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("classname"),
                              step.user.isEmpty() ? kind : kind + QLatin1Char('.') + step.user);
        writer.writeAttribute(QStringLiteral("name"), QStringLiteral("%1: %2").arg(step.id, step.title));
        writer.writeAttribute(QStringLiteral("time"),
                              QString::number(double(step.durationMs) / 1000.0, 'f', 3));
        if (step.outcome == StepResult::Outcome::Failed) {
            writer.writeStartElement(QStringLiteral("failure"));
            writer.writeAttribute(QStringLiteral("message"), step.detail);
            writer.writeCharacters(step.hint);
            writer.writeEndElement();
        } else if (step.outcome == StepResult::Outcome::Skipped) {
            writer.writeStartElement(QStringLiteral("skipped"));
            writer.writeAttribute(QStringLiteral("message"), step.detail);
            writer.writeEndElement();
        }
        const QString out = step.outcome == StepResult::Outcome::Warning
            ? tr("warning: %1\n%2").arg(step.detail, step.hint)
            : step.detail;
        if (!out.isEmpty())
            writer.writeTextElement(QStringLiteral("system-out"), out);
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

} // namespace engine
