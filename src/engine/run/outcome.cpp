#include "engine/run/outcome.h"

namespace engine {

using Outcome = StepResult::Outcome;

QString OutcomeLook::symbol(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("✓");
    case Outcome::Failed:
        return QStringLiteral("✗");
    case Outcome::Warning:
        return QStringLiteral("!");
    case Outcome::Skipped:
        return QStringLiteral("–");
    case Outcome::Cancelled:
        return QStringLiteral("⊘");
    }
    return {};
}

QString OutcomeLook::text(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return tr("Passed");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Warning:
        return tr("Warning");
    case Outcome::Skipped:
        return tr("Skipped");
    case Outcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString OutcomeLook::colour(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("#1e7d32");
    case Outcome::Failed:
        return QStringLiteral("#c62828");
    case Outcome::Warning:
        return QStringLiteral("#a35c00");
    case Outcome::Skipped:
        return QStringLiteral("#616161");
    case Outcome::Cancelled:
        return QStringLiteral("#6d4c41");
    }
    return {};
}

RunSummary RunSummary::of(const RunResult &result)
{
    RunSummary summary;
    for (const StepResult &step : result.steps)
        ++summary.counts[int(step.outcome)];
    return summary;
}

QString RunSummary::countsText() const
{
    QStringList parts;
    if (const int n = count(Outcome::Passed))
        parts.append(tr("%n passed", nullptr, n));
    if (const int n = count(Outcome::Failed))
        parts.append(tr("%n failed", nullptr, n));
    if (const int n = count(Outcome::Warning))
        parts.append(tr("%n warning(s)", nullptr, n));
    if (const int n = count(Outcome::Skipped))
        parts.append(tr("%n skipped", nullptr, n));
    if (const int n = count(Outcome::Cancelled))
        parts.append(tr("%n cancelled", nullptr, n));
    //: separates the counts, e.g. "14 passed, 1 warning"
    return parts.isEmpty() ? tr("no steps") : parts.join(tr(", "));
}

QString RunSummary::kindText(const QString &kind)
{
    if (kind == QLatin1String("verify"))
        return tr("Verify");
    if (kind == QLatin1String("pilot"))
        return tr("Pilot");
    if (kind == QLatin1String("group-preview"))
        return tr("Group preview");
    if (kind == QLatin1String("group-confirm"))
        return tr("Group confirmation");
    if (kind == QLatin1String("cleanup"))
        return tr("Cleanup");
    return kind;
}

QString RunSummary::headline(const RunResult &result)
{
    const QString kind = kindText(result.kind);
    switch (result.outcome) {
    case RunResult::Outcome::Passed:
        //: %1 is the run, e.g. "Verify" or "Pilot"
        return tr("%1 passed").arg(kind);
    case RunResult::Outcome::Failed:
        return tr("%1 failed").arg(kind);
    case RunResult::Outcome::Error:
        //: the run could not reach the endpoint at all
        return tr("%1 could not run").arg(kind);
    case RunResult::Outcome::Cancelled:
        return tr("%1 cancelled").arg(kind);
    }
    return kind;
}

} // namespace engine
