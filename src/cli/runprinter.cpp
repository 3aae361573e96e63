#include "runprinter.h"

#include "common/signalwatcher.h"
#include "engine/run/outcome.h"
#include "output.h"
#include "reports/figures.h"
#include "reports/report.h"

#include <QJsonDocument>

namespace cli {

QString RunPrinter::symbol(engine::StepResult::Outcome outcome) const
{
    using O = engine::StepResult::Outcome;
    const QString symbol = engine::OutcomeLook::symbol(outcome);
    if (!m_output.useColour())
        return symbol;
    const char *code = outcome == O::Passed ? "32"
        : outcome == O::Failed              ? "31;1"
        : outcome == O::Warning             ? "33"
                                            : "2";
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), symbol);
}

QString RunPrinter::flagsFor(const engine::StepResult &step)
{
    // The engine says what to do in words for both front ends; here the terminal adds its flags.
    using O = engine::StepResult::Outcome;
    if (step.outcome == O::Passed)
        return {};
    const bool timedOut
        = std::any_of(step.exchanges.cbegin(), step.exchanges.cend(),
                      [](const scim::Exchange &e) { return e.error == scim::ErrorKind::Timeout; });
    if (timedOut)
        return tr("(On the command line: --timeout-ms MS.)");
    if (step.advice.contains(engine::Advice::TrustCaFile))
        return tr("(On the command line: --ca-file PEM.)");
    if (step.advice.contains(engine::Advice::NameGroup))
        return tr("(On the command line: --group-name NAME or --group-id ID.)");
    return {};
}

void RunPrinter::progress(const engine::StepResult &step)
{
    if (m_output.isTerminal())
        m_output.err(QStringLiteral("\r\x1b[K%1 %2").arg(symbol(step.outcome), step.title));
}

void RunPrinter::table(const engine::RunResult &result)
{
    if (m_output.isTerminal())
        m_output.err(QStringLiteral("\r\x1b[K"));
    m_output.out(engine::RunSummary::runOn(result.kind, result.endpoint) + QStringLiteral("\n\n"));
    for (const engine::StepResult &step : result.steps) {
        const QString who = step.user.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(step.user);
        m_output.out(QStringLiteral("%1 %2%3  (%4)\n")
                         .arg(symbol(step.outcome), who, step.title.leftJustified(42), step.id));
        // What the step measured, whatever its outcome: a passed throughput step's rate matters too.
        const QString figures = reports::Figures::summary(step.figures);
        if (!figures.isEmpty())
            m_output.out(QStringLiteral("    %1\n").arg(figures));
        if (step.outcome != engine::StepResult::Outcome::Passed && !step.detail.isEmpty())
            m_output.out(QStringLiteral("    %1\n").arg(step.detail));
        const QString hint = QString(step.hint + QLatin1Char(' ') + flagsFor(step)).trimmed();
        if (!hint.isEmpty() && step.outcome != engine::StepResult::Outcome::Passed)
            //: %1 is a hint on what to do about the step's result
            m_output.out(tr("    → %1\n").arg(hint));
    }
    //: %1 "Verify passed" and the like, %2 the counts ("14 passed, 1 warning"), %L3 milliseconds
    m_output.out(tr("\n%1: %2, in %L3 ms\n")
                     .arg(engine::RunSummary::headline(result), engine::RunSummary::of(result).countsText())
                     .arg(result.durationMs));
    // group-preview: how long the IdP's first cycle will take for the file's people.
    if (result.firstSync) {
        //: %Ln is the number of people in the file, %1 the estimate ("about 24–192 minutes for the first
        //: cycle (…); … Later cycles run about every 40 minutes.")
        m_output.out(tr("\nFirst sync for the file's %Ln people: %1\n", nullptr, result.firstSync->users)
                         .arg(result.firstSync->summary()));
    } else if (result.kind == QLatin1String("group-preview") && result.idp == QLatin1String("okta")) {
        m_output.out(QLatin1Char('\n') + engine::FirstSyncEstimate::oktaText() + QLatin1Char('\n'));
    }
}

void RunPrinter::json(const engine::RunResult &result)
{
    m_output.out(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)));
}

bool RunPrinter::finish(const engine::RunResult &result, bool asJson, const QString &report)
{
    if (asJson)
        json(result);
    else
        table(result);
    return report.isEmpty() || writeReport(result, report);
}

bool RunPrinter::writeReport(const engine::RunResult &result, const QString &path)
{
    const QString problem = reports::Report::write(result, path);
    if (!problem.isEmpty())
        m_output.err(problem + QLatin1Char('\n'));
    return problem.isEmpty();
}

QCoro::Task<engine::RunResult> runAttended(engine::Run &run, RunPrinter &printer)
{
    QObject::connect(&run, &engine::Run::stepFinished, &run,
                     [&printer](const engine::StepResult &step) { printer.progress(step); });
    common::SignalWatcher signals;
    QObject::connect(&signals, &common::SignalWatcher::interrupted, &run, &engine::Run::cancel);
    co_return co_await run.run();
}

} // namespace cli
