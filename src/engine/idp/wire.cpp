#include "engine/idp/wire.h"

namespace engine::wire {

scim::RequestOptions entra()
{
    scim::RequestOptions options;
    options.accept.reset();
    options.spaces = scim::SpaceEncoding::Plus;
    return options;
}

scim::RequestOptions okta()
{
    scim::RequestOptions options;
    options.accept = QByteArray("application/scim+json");
    options.userAgent = "Okta SCIM Client 1.0.0";
    options.spaces = scim::SpaceEncoding::Percent20;
    return options;
}

} // namespace engine::wire
