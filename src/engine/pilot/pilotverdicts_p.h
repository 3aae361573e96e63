#pragma once

// What the pilot makes of each answer: the verdicts and their words, apart from the requests
// (pilotphases.cpp). Each takes the step as judged so far and returns it judged.
#include "engine/idp/pilotdialect.h"
#include "engine/run/runresult.h"
#include "scim/resourcepath.h"
#include "scim/response.h"

#include <QCoreApplication>

#include <optional>

namespace engine {

struct PilotVerdicts
{
    Q_DECLARE_TR_FUNCTIONS(engine::PilotRun)

public:
    static StepResult matchBeforeCreate(StepResult step, const scim::Response &match, const PilotUser &user,
                                        const PilotDialect &dialect);
    static StepResult created(StepResult step, const scim::Response &created, const PilotUser &user,
                              scim::IdProblem idProblem, const PilotDialect &dialect);
    /// The service refused the create as the IdP sends it, and took it without @p rejected.
    static StepResult createdWithout(StepResult step, const QStringList &rejected,
                                     const PilotDialect &dialect);
    static StepResult idChanged(StepResult step, const QString &readId, const PilotUser &user);
    static StepResult readBack(StepResult step, const scim::Response &read, const PilotUser &user);
    static StepResult found(StepResult step, const scim::Response &found, const PilotUser &user);
    static StepResult foundInCapitals(StepResult step, const scim::Response &found, const QString &upper);
    /// @p duplicateId: the id of a second user the service created, empty when it refused.
    static StepResult duplicate(StepResult step, const scim::Response &duplicate, const QString &duplicateId);
    static StepResult updateStored(StepResult step, const scim::Response &read, const PilotUser &user);
    static StepResult member(StepResult step, std::optional<bool> isMember, const PilotUser &user,
                             const PilotGroup &group);
    static StepResult notMemberAfterRemoval(StepResult step, std::optional<bool> stillMember,
                                            const PilotDialect &dialect);
    static StepResult inactive(StepResult step, const scim::Response &read, bool deactivationRefused);
    static StepResult gone(StepResult step, const scim::Response &read);
    static QString neverDeletes(const PilotDialect &dialect);
};

} // namespace engine
