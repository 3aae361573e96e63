#include "runoptions.h"

#include "output.h"
#include "reports/report.h"
#include "runprinter.h"

#include <QCommandLineParser>

namespace cli {

RunOptions::RunOptions()
    : m_json(QStringLiteral("json"), tr("Write the JSON result to standard output."))
    , m_report(
          QStringLiteral("report"),
          tr("Also write the result to FILE: .html, .pdf, .json, or .xml (JUnit); readable by you only."),
          tr("FILE"))
    , m_timeout(QStringLiteral("timeout-ms"), tr("Give each request this long (default 30000)."), tr("MS"))
{ }

void RunOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_json, m_report, m_timeout});
}

std::optional<RunOptions::Values> RunOptions::read(const QCommandLineParser &parser, Output &output) const
{
    Values values;
    values.json = parser.isSet(m_json);
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        values.timeoutMs = parser.value(m_timeout).toInt(&ok);
        if (!ok || values.timeoutMs < 1 || values.timeoutMs > 600000) {
            //: %1 is the value given to --timeout-ms
            output.err(tr("--timeout-ms is a whole number of milliseconds from 1 to 600000, not “%1”.\n")
                           .arg(parser.value(m_timeout)));
            return std::nullopt;
        }
    }
    if (parser.isSet(m_report)) {
        values.report = parser.value(m_report);
        const QString problem = reports::Report::checkPath(values.report);
        if (!problem.isEmpty()) {
            output.err(problem + QLatin1Char('\n'));
            return std::nullopt;
        }
    }
    return values;
}

} // namespace cli
