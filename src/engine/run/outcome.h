#pragma once

#include "engine/run/runresult.h"

#include <QCoreApplication>
#include <QString>

namespace engine {

/// How an outcome is shown, the same in the terminal, the reports and the wizard: a symbol that
/// never stands alone (always beside the word or a colour), the word, and a colour.
struct OutcomeLook
{
    Q_DECLARE_TR_FUNCTIONS(engine::OutcomeLook)

public:
    static QString symbol(StepResult::Outcome outcome); ///< ✓ ✗ ! – ⊘
    static QString text(StepResult::Outcome outcome); ///< "Passed", … (translated)
    static QString text(RunResult::Outcome outcome); ///< a whole run's: "Passed", "Error", … (translated)
    static QString colour(StepResult::Outcome outcome); ///< #rrggbb, dark enough on white
};

/// The steps of a run counted by outcome, and the sentences that say so.
struct RunSummary
{
    Q_DECLARE_TR_FUNCTIONS(engine::RunSummary)

public:
    static constexpr int Outcomes = 5;
    int counts[Outcomes] = {0, 0, 0, 0, 0};

    static RunSummary of(const RunResult &result);
    int count(StepResult::Outcome outcome) const { return counts[int(outcome)]; }

    /// "14 passed, 1 warning, 2 skipped": every outcome that occurred, plural forms right.
    QString countsText() const;
    /// "Verify passed", "Pilot failed", "Group preview cancelled".
    static QString headline(const RunResult &result);
    /// "Verify", "Pilot", "Group preview", "Group confirmation", "Cleanup".
    static QString kindText(const QString &kind);
    /// "Verify of https://…": the first line of a run's table, one sentence per kind.
    static QString runOn(const QString &kind, const QString &endpoint);
    /// "SCIM verify report": a report's title, one per kind.
    static QString reportTitle(const QString &kind);
};

} // namespace engine
