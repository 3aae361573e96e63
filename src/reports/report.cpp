#include "reports/report.h"

#include "engine/run/outcome.h"
#include "reports/figures.h"
#include "reports/junit.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace reports {

using engine::OutcomeLook;
using engine::RunResult;
using engine::RunSummary;
using engine::StepResult;

namespace {

/// A report holds every exchange of a run: readable by its owner only, even when it replaces a
/// file that others could read (QSaveFile keeps the permissions set here on commit).
bool openOwnerOnly(QSaveFile &file)
{
    return file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString prettyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

QString headerLines(const scim::HeaderList &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    return lines.join(QLatin1Char('\n'));
}

/// The attribute mapping's verdicts as one table: what arrived, what did not, and the fix.
QString mappingTable(const RunResult &result)
{
    QString rows;
    for (const StepResult &step : result.steps) {
        if (!step.id.startsWith(QLatin1String("mapping-")) || step.verdict.isEmpty())
            continue;
        rows += QStringLiteral(
                    "<tr><td "
                    "style=\"color:%1\"><b>%2</b></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(OutcomeLook::colour(step.outcome), OutcomeLook::symbol(step.outcome),
                         escaped(step.id.mid(8)), escaped(step.verdict), escaped(step.detail),
                         escaped(step.outcome == StepResult::Outcome::Passed ? QString() : step.hint));
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2><table><tr><th></th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
               .arg(Report::tr("Attribute mappings"), Report::tr("SCIM attribute"), Report::tr("Verdict"),
                    Report::tr("What the service did"), Report::tr("Fix"))
        + rows + QStringLiteral("</table>");
}

/// What a step measured, as a two-column table under its detail.
QString figuresTable(const StepResult &step)
{
    if (step.figures.isEmpty())
        return {};
    QString html = QStringLiteral("<table class=\"figures\">");
    for (const Figures::Row &row : Figures::rows(step.figures))
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escaped(row.label), escaped(row.value));
    return html + QStringLiteral("</table>");
}

QString exchangeHtml(const scim::Exchange &exchange)
{
    const QString answer = exchange.status
        ? QString::number(exchange.status)
        //: %1 is a short error kind such as timeout, refused, dns or tls
        : Report::tr("no answer (%1)").arg(scim::errorKindName(exchange.error));
    //: %L1 is how long the request took, in milliseconds
    QString html = QStringLiteral("<div class=\"exchange\"><p><b>%1 %2</b> → %3 · %4")
                       .arg(escaped(QString::fromLatin1(exchange.method)),
                            escaped(exchange.url.toString(QUrl::FullyEncoded)), escaped(answer),
                            escaped(Report::tr("%L1 ms").arg(exchange.durationMs)));
    if (exchange.attempt > 1)
        //: %L1 is the attempt's number (2 for the first retry)
        html += QStringLiteral(" · ") + escaped(Report::tr("attempt %L1").arg(exchange.attempt));
    html += QStringLiteral("</p>");
    if (!exchange.errorDetail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(exchange.errorDetail));
    const auto block = [](const QString &label, const QString &text) {
        return text.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"label\">%1</p><pre>%2</pre>").arg(label, escaped(text));
    };
    html += block(Report::tr("Request headers"), headerLines(exchange.requestHeaders));
    html += block(Report::tr("Request body"), prettyBody(exchange.requestBody));
    html += block(Report::tr("Response headers"), headerLines(exchange.responseHeaders));
    html += block(Report::tr("Response body"), prettyBody(exchange.responseBody));
    return html + QStringLiteral("</div>");
}

const char *const Style = R"(
body { font-family: sans-serif; font-size: 10pt; color: #222; margin: 2em; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.5em; } h3 { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #ddd; vertical-align: top; }
pre { background: #f5f5f5; padding: 4px; font-size: 8.5pt; white-space: pre-wrap; }
.label { color: #555; margin-bottom: 0; } .hint { background: #fff8e1; padding: 4px; }
.figures { width: auto; margin: 4px 0 8px; } .figures th { font-weight: normal; color: #555; }
.exchange { border-left: 3px solid #ccc; padding-left: 8px; margin: 8px 0; }
@media print { body { margin: 0; } .exchange { page-break-inside: avoid; } }
)";

} // namespace

std::optional<Report::Format> Report::formatFor(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm")))
        return Format::Html;
    if (lower.endsWith(QLatin1String(".pdf")))
        return Format::Pdf;
    if (lower.endsWith(QLatin1String(".json")))
        return Format::Json;
    if (lower.endsWith(QLatin1String(".xml")))
        return Format::JUnit;
    return std::nullopt;
}

QString Report::checkPath(const QString &path)
{
    if (formatFor(path))
        return {};
    //: %1 is the report file path given
    return tr("A report file ends in .html, .pdf, .json or .xml (JUnit), not “%1”.").arg(path);
}

QString Report::html(const RunResult &result)
{
    QString html
        = QStringLiteral(
              "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style>"
              "</head><body>")
              .arg(escaped(RunSummary::reportTitle(result.kind)), QString::fromLatin1(Style));
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(RunSummary::headline(result)));
    html += QStringLiteral("<table>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(label, escaped(value));
    };
    row(tr("Endpoint"), result.endpoint);
    row(tr("Identity provider"), result.idp);
    if (!result.dialect.isEmpty())
        row(tr("Dialect"), result.dialect);
    // For a person: the reader's date format, in UTC as the JSON has it (the zone is named).
    row(tr("Started"), QLocale().toString(result.startedAt.toUTC(), QLocale::LongFormat));
    //: %L1 is how long the run took, in milliseconds
    row(tr("Duration"), tr("%L1 ms").arg(result.durationMs));
    row(tr("Run id"), result.runId);
    row(tr("Steps"), RunSummary::of(result).countsText());
    if (result.cleanup) {
        // Two rows, not one spliced sentence: the outcome word and what stayed each stand alone.
        row(tr("Cleanup"), OutcomeLook::text(result.cleanup->outcome));
        //: what the run's cleanup could not remove: a list of ids, or "Nothing"
        row(tr("Left behind"),
            result.cleanup->leftovers.isEmpty() ? tr("Nothing")
                                                : result.cleanup->leftovers.join(QLatin1String(", ")));
    }
    html += QStringLiteral("</table><h2>%1</h2><table><tr><th></th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(tr("Steps"), tr("Step"), tr("Outcome"), tr("Time"));
    QStringList users;
    for (const StepResult &step : result.steps) {
        if (!users.contains(step.user))
            users.append(step.user);
    }
    for (const StepResult &step : result.steps) {
        // The user only where a run covers several; a single pilot user is named under each step.
        const QString who = users.size() > 1 ? QStringLiteral("[%1] ").arg(step.user) : QString();
        //: %L1 is how long the step took, in milliseconds
        const QString time = tr("%L1 ms").arg(step.durationMs);
        html += QStringLiteral(
                    "<tr><td style=\"color:%1\"><b>%2</b></td><td>%3%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(OutcomeLook::colour(step.outcome), OutcomeLook::symbol(step.outcome), escaped(who),
                         escaped(step.title), escaped(OutcomeLook::text(step.outcome)), escaped(time));
    }
    html += QStringLiteral("</table>") + mappingTable(result);
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Details and evidence"));
    for (const StepResult &step : result.steps) {
        html += QStringLiteral("<h3 style=\"color:%1\">%2 %3</h3><p>%4 · %5</p>")
                    .arg(OutcomeLook::colour(step.outcome), OutcomeLook::symbol(step.outcome),
                         escaped(step.title), escaped(step.id), escaped(step.user));
        if (!step.detail.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(escaped(step.detail));
        if (!step.hint.isEmpty())
            html += QStringLiteral("<p class=\"hint\">%1 %2</p>")
                        .arg(escaped(tr("What to do:")), escaped(step.hint));
        html += figuresTable(step);
        for (const scim::Exchange &exchange : step.exchanges)
            html += exchangeHtml(exchange);
    }
    return html + QStringLiteral("</body></html>\n");
}

QString Report::write(const RunResult &result, const QString &path)
{
    const std::optional<Format> format = formatFor(path);
    if (!format)
        return checkPath(path);
    QByteArray data;
    switch (*format) {
    case Format::Html:
        data = html(result).toUtf8();
        break;
    case Format::Json:
        data = QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
        break;
    case Format::JUnit:
        data = JUnit::document(result);
        break;
    case Format::Pdf: {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return tr("A PDF report needs the graphical libraries; write .html and print it instead.");
        QSaveFile file(path);
        if (!openOwnerOnly(file))
            //: %1 is the report file path, %2 the system's error message
            return tr("Could not write the report to %1: %2").arg(path, file.errorString());
        {
            QPdfWriter writer(&file);
            writer.setTitle(RunSummary::reportTitle(result.kind));
            writer.setCreator(QStringLiteral("scim-console"));
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
            QTextDocument document;
            document.setHtml(html(result));
            document.print(&writer);
        }
        if (!file.commit())
            //: %1 is the report file path, %2 the system's error message
            return tr("Could not write the report to %1: %2").arg(path, file.errorString());
        return {};
    }
    }
    QSaveFile file(path);
    if (!openOwnerOnly(file) || file.write(data) != data.size() || !file.commit())
        //: %1 is the report file path, %2 the system's error message
        return tr("Could not write the report to %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace reports
