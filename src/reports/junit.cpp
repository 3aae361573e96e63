#include "reports/junit.h"

#include "reports/figures.h"

#include <QXmlStreamWriter>

namespace reports {

using Outcome = engine::StepResult::Outcome;

QByteArray JUnit::document(const engine::RunResult &result)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    int failures = 0;
    int skipped = 0;
    for (const engine::StepResult &step : result.steps) {
        failures += step.outcome == Outcome::Failed ? 1 : 0;
        skipped += step.outcome == Outcome::Skipped || step.outcome == Outcome::Cancelled ? 1 : 0;
    }
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeStartElement(QStringLiteral("testsuite"));
    writer.writeAttribute(QStringLiteral("name"),
                          QStringLiteral("scim-console %1 %2").arg(result.kind, result.endpoint));
    writer.writeAttribute(QStringLiteral("tests"), QString::number(result.steps.size()));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    writer.writeAttribute(QStringLiteral("errors"),
                          QString::number(result.outcome == engine::RunResult::Outcome::Error ? 1 : 0));
    writer.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    writer.writeAttribute(QStringLiteral("time"),
                          QString::number(double(result.durationMs) / 1000.0, 'f', 3));
    writer.writeAttribute(QStringLiteral("timestamp"), result.startedAt.toString(Qt::ISODate));
    for (const engine::StepResult &step : result.steps) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("classname"),
                              step.user.isEmpty() ? result.kind : result.kind + QLatin1Char('.') + step.user);
        writer.writeAttribute(QStringLiteral("name"), QStringLiteral("%1: %2").arg(step.id, step.title));
        writer.writeAttribute(QStringLiteral("time"),
                              QString::number(double(step.durationMs) / 1000.0, 'f', 3));
        // What the step measured, machine-readable, for CI to chart (JUnit's testcase properties).
        if (!step.figures.isEmpty()) {
            writer.writeStartElement(QStringLiteral("properties"));
            for (const Figures::Row &property : Figures::properties(step.figures)) {
                writer.writeEmptyElement(QStringLiteral("property"));
                writer.writeAttribute(QStringLiteral("name"), property.label);
                writer.writeAttribute(QStringLiteral("value"), property.value);
            }
            writer.writeEndElement();
        }
        if (step.outcome == Outcome::Failed) {
            writer.writeStartElement(QStringLiteral("failure"));
            writer.writeAttribute(QStringLiteral("message"), step.detail);
            writer.writeCharacters(step.hint);
            writer.writeEndElement();
        } else if (step.outcome == Outcome::Skipped || step.outcome == Outcome::Cancelled) {
            writer.writeStartElement(QStringLiteral("skipped"));
            writer.writeAttribute(QStringLiteral("message"), step.detail);
            writer.writeEndElement();
        }
        //: %1 is the step's result detail, %2 the hint on what to do
        QString out = step.outcome == Outcome::Warning ? tr("warning: %1\n%2").arg(step.detail, step.hint)
                                                       : step.detail;
        // The figures in words too, for CI pages that show system-out but not properties.
        const QString figures = Figures::summary(step.figures);
        if (!figures.isEmpty())
            out += (out.isEmpty() || out.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"))
                + figures;
        if (!out.isEmpty())
            writer.writeTextElement(QStringLiteral("system-out"), out);
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

} // namespace reports
