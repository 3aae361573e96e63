#pragma once

// Finding and describing a run's steps in test failures (header-only: for tests that link the engine).
#include "engine/run/runresult.h"

#include <QJsonDocument>
#include <QStringList>

namespace testsupport {

/// The step @p id of @p result; a default StepResult (empty id) when there is none.
inline const engine::StepResult &stepById(const engine::RunResult &result, const QString &id)
{
    static const engine::StepResult missing;
    for (const engine::StepResult &step : result.steps) {
        if (step.id == id)
            return step;
    }
    return missing;
}

/// One line per step: id, outcome, detail, hint and any figures, for a failure message.
inline QString describeSteps(const QList<engine::StepResult> &steps)
{
    QStringList lines;
    for (const engine::StepResult &step : steps) {
        QString line
            = QStringLiteral("%1=%2 (%3 | %4)")
                  .arg(step.id, engine::StepResult::outcomeName(step.outcome), step.detail, step.hint);
        if (!step.figures.isEmpty())
            line += QLatin1Char(' ')
                + QString::fromUtf8(QJsonDocument(step.figures).toJson(QJsonDocument::Compact));
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace testsupport
