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

QString OutcomeLook::text(RunResult::Outcome outcome)
{
    switch (outcome) {
    case RunResult::Outcome::Passed:
        return text(Outcome::Passed);
    case RunResult::Outcome::Failed:
        return text(Outcome::Failed);
    case RunResult::Outcome::Error:
        //: a run that could not be carried out (the endpoint unreachable, bad input)
        return tr("Error");
    case RunResult::Outcome::Cancelled:
        return text(Outcome::Cancelled);
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
        //: %n is a number of steps (checks) that passed, part of a list like "14 passed, 1 warning"
        parts.append(tr("%n passed", nullptr, n));
    if (const int n = count(Outcome::Failed))
        //: %n is a number of steps (checks) that failed, part of a list like "14 passed, 1 failed"
        parts.append(tr("%n failed", nullptr, n));
    if (const int n = count(Outcome::Warning))
        //: %n is a number of warnings, part of a list like "14 passed, 1 warning"
        parts.append(tr("%n warning(s)", nullptr, n));
    if (const int n = count(Outcome::Skipped))
        //: %n is a number of steps (checks) skipped, part of a list like "14 passed, 2 skipped"
        parts.append(tr("%n skipped", nullptr, n));
    if (const int n = count(Outcome::Cancelled))
        //: %n is a number of steps (checks) cancelled, part of a list like "3 passed, 5 cancelled"
        parts.append(tr("%n cancelled", nullptr, n));
    if (parts.isEmpty())
        return tr("no steps");
    //: separates the counts, e.g. "14 passed, 1 warning"
    return parts.join(tr(", "));
}

QString RunSummary::kindText(const QString &kind)
{
    if (kind == QLatin1String("verify"))
        return tr("Verify");
    if (kind == QLatin1String("pilot"))
        return tr("Pilot");
    if (kind == QLatin1String("group-preview"))
        return tr("Group preview", "service group");
    if (kind == QLatin1String("group-confirm"))
        return tr("Group confirmation", "service group");
    if (kind == QLatin1String("cleanup"))
        return tr("Cleanup");
    return kind;
}

QString RunSummary::runOn(const QString &kind, const QString &endpoint)
{
    //: the first line of a run's table in the terminal; %1 is the SCIM endpoint URL
    QString text = tr("Verify of %1");
    if (kind == QLatin1String("pilot"))
        //: %1 is the SCIM endpoint URL
        text = tr("Pilot of %1");
    else if (kind == QLatin1String("group-preview"))
        //: %1 is the SCIM endpoint URL
        text = tr("Group preview of %1", "service group");
    else if (kind == QLatin1String("group-confirm"))
        //: %1 is the SCIM endpoint URL
        text = tr("Group confirmation of %1", "service group");
    else if (kind == QLatin1String("cleanup"))
        //: %1 is the SCIM endpoint URL
        text = tr("Cleanup of %1");
    else if (kind != QLatin1String("verify"))
        //: %1 is the run's kind as stored in its file, an unknown (newer) one; %2 the SCIM endpoint URL
        return tr("Run “%1” of %2").arg(kind, endpoint);
    return text.arg(endpoint);
}

QString RunSummary::reportTitle(const QString &kind)
{
    if (kind == QLatin1String("verify"))
        return tr("SCIM verify report");
    if (kind == QLatin1String("pilot"))
        return tr("SCIM pilot report");
    if (kind == QLatin1String("group-preview"))
        return tr("SCIM group preview report", "service group");
    if (kind == QLatin1String("group-confirm"))
        return tr("SCIM group confirmation report", "service group");
    if (kind == QLatin1String("cleanup"))
        return tr("SCIM cleanup report");
    //: %1 is the run's kind as stored in its file, an unknown (newer) one
    return tr("SCIM report (run “%1”)").arg(kind);
}

QString RunSummary::headline(const RunResult &result)
{
    using Run = RunResult::Outcome;
    // One whole sentence per kind and outcome: the verb agrees with the noun in German and French.
    const auto pick = [&result](const QString &passed, const QString &failed, const QString &error,
                                const QString &cancelled) {
        switch (result.outcome) {
        case Run::Passed:
            return passed;
        case Run::Failed:
            return failed;
        case Run::Error:
            return error;
        case Run::Cancelled:
            return cancelled;
        }
        return passed;
    };
    //: the headline of a run; "could not run": it could not reach the endpoint at all
    if (result.kind == QLatin1String("verify"))
        return pick(tr("Verify passed"), tr("Verify failed"), tr("Verify could not run"),
                    tr("Verify cancelled"));
    if (result.kind == QLatin1String("pilot"))
        return pick(tr("Pilot passed"), tr("Pilot failed"), tr("Pilot could not run"), tr("Pilot cancelled"));
    if (result.kind == QLatin1String("group-preview"))
        return pick(tr("Group preview passed", "service group"), tr("Group preview failed", "service group"),
                    tr("Group preview could not run", "service group"),
                    tr("Group preview cancelled", "service group"));
    if (result.kind == QLatin1String("group-confirm"))
        return pick(tr("Group confirmation passed", "service group"),
                    tr("Group confirmation failed", "service group"),
                    tr("Group confirmation could not run", "service group"),
                    tr("Group confirmation cancelled", "service group"));
    if (result.kind == QLatin1String("cleanup"))
        return pick(tr("Cleanup passed"), tr("Cleanup failed"), tr("Cleanup could not run"),
                    tr("Cleanup cancelled"));
    //: %1 is the run's kind as stored in its file, an unknown (newer) one
    return pick(tr("Run “%1” passed"), tr("Run “%1” failed"), tr("Run “%1” could not run"),
                //: %1 is the run's kind as stored in its file, an unknown (newer) one
                tr("Run “%1” cancelled"))
        .arg(result.kind);
}

} // namespace engine
