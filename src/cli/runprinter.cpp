#include "runprinter.h"

#include "engine/report.h"
#include "output.h"

#include <QJsonDocument>

namespace cli {

QString RunPrinter::symbol(engine::StepResult::Outcome outcome) const
{
    using O = engine::StepResult::Outcome;
    const bool colour = m_output.useColour();
    const auto paint = [colour](const char *code, const QString &text) {
        return colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text) : text;
    };
    switch (outcome) {
    case O::Passed:
        return paint("32", QStringLiteral("✓"));
    case O::Failed:
        return paint("31;1", QStringLiteral("✗"));
    case O::Warning:
        return paint("33", QStringLiteral("!"));
    case O::Skipped:
        return paint("2", QStringLiteral("–"));
    }
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
    m_output.out(tr("%1 of %2\n\n").arg(result.kind, result.endpoint));
    int counts[4] = {0, 0, 0, 0};
    for (const engine::StepResult &step : result.steps) {
        ++counts[int(step.outcome)];
        const QString who = step.user.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(step.user);
        m_output.out(QStringLiteral("%1 %2%3  (%4)\n")
                         .arg(symbol(step.outcome), who, step.title.leftJustified(42), step.id));
        if (step.outcome != engine::StepResult::Outcome::Passed && !step.detail.isEmpty())
            m_output.out(QStringLiteral("    %1\n").arg(step.detail));
        if (!step.hint.isEmpty() && step.outcome != engine::StepResult::Outcome::Passed)
            m_output.out(tr("    → %1\n").arg(step.hint));
    }
    m_output.out(tr("\n%1: %2 passed, %3 failed, %4 warnings, %5 skipped in %6 ms\n")
                     .arg(engine::RunResult::outcomeName(result.outcome).toUpper())
                     .arg(counts[0])
                     .arg(counts[1])
                     .arg(counts[2])
                     .arg(counts[3])
                     .arg(result.durationMs));
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
    const QString problem = engine::Report::write(result, path);
    if (!problem.isEmpty())
        m_output.err(problem + QLatin1Char('\n'));
    return problem.isEmpty();
}

} // namespace cli
