#include "engine/run/grouplookup.h"

#include "engine/run/diagnosis.h"
#include "scim/filter.h"
#include "scim/listresponse.h"
#include "scim/resourcepath.h"
#include "scim/scimclient.h"

#include <QJsonArray>

namespace engine {

QCoro::Task<GroupLookup> GroupLookup::find(scim::ScimClient &client, const PilotDialect &idp, QString id,
                                           QString displayName)
{
    GroupLookup lookup;
    lookup.group = {id, displayName};
    if (!id.isEmpty()) {
        if (const scim::IdProblem problem = scim::checkId(id); problem != scim::IdProblem::None) {
            //: %1 is what is wrong with the id of the group at the service
            lookup.problem = tr("The group id cannot be used: %1.").arg(scim::describeIdProblem(problem, id));
            lookup.group.id.clear();
        }
        co_return lookup;
    }
    if (displayName.isEmpty()) {
        lookup.named = false;
        lookup.problem = tr("No group given: add the group's name or id to the profile to test membership.");
        co_return lookup;
    }
    const scim::Response found = co_await idp.findGroupByName(client, displayName);
    lookup.responses.append(found);
    const QJsonArray resources = scim::ListResponse::fromJson(found.object()).resources;
    if (!found.isSuccess() || resources.isEmpty()) {
        lookup.problem
            //: %1 is the group's display name at the service, %2 e.g. "HTTP 200 in 12 ms"
            = tr("The group “%1” could not be found (%2).").arg(displayName, Diagnosis::summary(found));
        co_return lookup;
    }
    lookup.group.id = resources.at(0).toObject().value(QLatin1String("id")).toString();
    if (const scim::IdProblem problem = scim::checkId(lookup.group.id); problem != scim::IdProblem::None) {
        //: %1 is the group's display name at the service, %2 what is wrong with its id
        lookup.problem = tr("The group “%1” has an id the console cannot use safely: %2.")
                             .arg(displayName, scim::describeIdProblem(problem, lookup.group.id));
        lookup.group.id.clear();
    }
    co_return lookup;
}

} // namespace engine
