#pragma once

// Helpers shared by GroupRun's files (grouprun.cpp, grouppreview.cpp, groupconfirm.cpp).
#include "engine/group/grouprun.h"

#include <QJsonObject>

namespace engine::groupdetail {

inline StepResult makeStep(const char *id, const QString &user)
{
    StepResult step;
    step.id = QLatin1String(id);
    step.user = user;
    step.title = GroupRun::stepTitle(step.id);
    return step;
}

inline void record(StepResult &step, const scim::Response &response)
{
    step.record(response);
}

/// A copy of @p step with its outcome set (the group checks build their steps as values).
inline StepResult set(StepResult step, StepResult::Outcome outcome, const QString &detail,
                      const QString &hint = {})
{
    return step.set(outcome, detail, hint);
}

inline QString describeAccount(const QJsonObject &account)
{
    return QStringLiteral("%1 (%2)").arg(account.value(QLatin1String("userName")).toString(),
                                         account.value(QLatin1String("id")).toString());
}

} // namespace engine::groupdetail
