#pragma once

// Helpers shared by verifyrun.cpp (the requests) and verifychecks.cpp (judging the answers).
#include "engine/run/runresult.h"
#include "engine/verify/verifyrun.h"
#include "scim/response.h"

namespace engine::verify {

inline StepResult step(const char *id)
{
    StepResult s;
    s.id = QLatin1String(id);
    s.title = VerifyRun::stepTitle(s.id);
    return s;
}

inline void record(StepResult &s, const scim::Response &response)
{
    s.record(response);
}

inline StepResult &set(StepResult &s, StepResult::Outcome outcome, const QString &detail,
                       const QString &hint = {})
{
    return s.set(outcome, detail, hint);
}

inline QString idpName(const QString &idp)
{
    return idp == QLatin1String("okta") ? QStringLiteral("Okta") : QStringLiteral("Microsoft Entra ID");
}

} // namespace engine::verify
