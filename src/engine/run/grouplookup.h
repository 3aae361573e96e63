#pragma once

#include "engine/idp/pilotdialect.h"
#include "scim/response.h"

#include <QCoreApplication>
#include <qcoro/qcorotask.h>

namespace scim {
class ScimClient;
}

namespace engine {

/// The profile's group, by id or by display name: which one it is, or why it cannot be used.
struct GroupLookup
{
    Q_DECLARE_TR_FUNCTIONS(engine::GroupLookup)

public:
    PilotGroup group;
    QString problem; ///< empty when group.id is known
    bool named = true; ///< false: neither an id nor a name was given
    QList<scim::Response> responses;

    /// With an id it is taken as given; with a name, looked up as @p idp looks groups up.
    static QCoro::Task<GroupLookup> find(scim::ScimClient &client, const PilotDialect &idp, QString id,
                                         QString displayName);
};

} // namespace engine
