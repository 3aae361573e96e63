#include "runtarget.h"

#include "engine/run/runhistory.h"
#include "engine/run/runresult.h"
#include "wizardmodel.h"

#include <QCoreApplication>

namespace app {

RunDetails RunDetails::of(const WizardModel &model, const credentials::ProfileStore &store)
{
    RunDetails details;
    if (model.demo) {
        details.endpoint = model.demoEndpoint;
        const std::optional<common::Idp> idp = common::idpFromName(model.request.idp);
        details.idp = idp.value_or(common::Idp::Entra);
        details.idpKnown = true;
        details.groupName = QStringLiteral("SCIM Pilot");
        details.userDomain = QStringLiteral("example.com");
        details.ssoAttribute = QStringLiteral("email");
        return details;
    }
    details.profile = store.findById(model.selectedProfileId);
    if (!details.profile) {
        details.error = QCoreApplication::translate("app::RunTarget", "Choose a stored profile first.");
        return details;
    }
    const credentials::Profile &profile = *details.profile;
    details.endpoint = profile.endpoint;
    const std::optional<common::Idp> idp = common::idpFromName(profile.idp);
    details.idp = idp.value_or(common::Idp::Entra);
    details.idpKnown = idp.has_value();
    details.groupId = profile.groupId;
    details.groupName = profile.groupName;
    details.ssoAttribute = profile.ssoAttribute;
    details.userDomain = profile.contactEmail.section(QLatin1Char('@'), 1);
    if (details.userDomain.isEmpty())
        details.userDomain = QStringLiteral("example.com");
    return details;
}

QString pilotGroupName(const RunDetails &details)
{
    return details.groupName.isEmpty() ? QStringLiteral("SCIM Pilot") : details.groupName;
}

QCoro::Task<engine::TargetResult> loadTarget(RunDetails details, QByteArray demoToken)
{
    if (!details.profile)
        co_return engine::Targets::fromParts(details.endpoint, common::Secret(std::move(demoToken)), {});
    co_return co_await engine::Targets::fromProfile(*details.profile);
}

void keepRun(const WizardModel &model, credentials::ProfileStore &store, const engine::RunResult &result)
{
    if (model.demo)
        return;
    const QString problem = engine::rememberRun(store, model.selectedProfileId, result);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
}

} // namespace app
