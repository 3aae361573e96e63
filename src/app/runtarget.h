#pragma once

#include "common/idp.h"
#include "credentials/profile.h"
#include "engine/run/target.h"

#include <QString>
#include <qcoro/qcorotask.h>

#include <optional>

namespace engine {
struct RunResult;
}

namespace app {

class WizardModel;

/// What a run page shows and sets its run's options from — the profile chosen on the profiles
/// page, or the demo sandbox — without the secret, which only the run's target holds.
struct RunDetails
{
    std::optional<credentials::Profile> profile; ///< none in the demo
    QString endpoint;
    common::Idp idp = common::Idp::Entra;
    bool idpKnown = false; ///< false: the profile names no IdP (verify then checks for both)
    QString groupId;
    QString groupName;
    QString userDomain;
    QString ssoAttribute; ///< email, userName or empty
    QString error; ///< a sentence when there is nothing to run against

    bool isValid() const { return error.isEmpty(); }
    static RunDetails of(const WizardModel &model, const credentials::ProfileStore &store);
};

/// The group the IdP guides name: the profile's, or the sandbox's "SCIM Pilot".
QString pilotGroupName(const RunDetails &details);

/// The target a run of @p details goes to, from the engine: the profile's token read from the
/// keychain now, for this run only — or, in the demo, the sandbox's @p demoToken.
QCoro::Task<engine::TargetResult> loadTarget(RunDetails details, QByteArray demoToken);

/// After a run of a stored profile: its last outcome on the profile, and the run in the profile's
/// history. Demo runs are not kept.
void keepRun(const WizardModel &model, credentials::ProfileStore &store, const engine::RunResult &result);

} // namespace app
