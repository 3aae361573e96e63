#include "engine/idp/pilotdialect.h"

#include "engine/idp/pilotdialects_p.h"
#include "scim/endpointurl.h"
#include "scim/resourcepath.h"
#include "scim/scimclient.h"

namespace engine {

std::unique_ptr<PilotDialect> PilotDialect::create(const QString &id)
{
    if (id == QLatin1String("entra"))
        return std::make_unique<EntraDialect>();
    if (id == QLatin1String("entra-rfc"))
        return std::make_unique<EntraRfcDialect>();
    if (id == QLatin1String("okta"))
        return std::make_unique<OktaDialect>();
    if (id == QLatin1String("okta-aiw"))
        return std::make_unique<OktaAiwDialect>();
    return nullptr;
}

QStringList PilotDialect::ids()
{
    return {QStringLiteral("entra"), QStringLiteral("entra-rfc"), QStringLiteral("okta"),
            QStringLiteral("okta-aiw")};
}

scim::EndpointUrl PilotDialect::endpoint(const scim::EndpointUrl &configured) const
{
    return configured;
}

QCoro::Task<scim::Response> PilotDialect::remove(scim::ScimClient &client, PilotUser user) const
{
    // E7.
    co_return co_await client.remove(scim::userPath(user.id), options());
}

} // namespace engine
