#pragma once

#include "exchange.h"
#include "filter.h"

#include <QByteArray>

#include <optional>

namespace scim {

inline constexpr auto ScimJson = "application/scim+json; charset=utf-8";
inline constexpr auto DefaultAccept = "application/scim+json, application/json";

/// What a request looks like on the wire beyond its method, path and body: the part an IdP
/// dialect decides.
struct RequestOptions
{
    std::optional<QByteArray> accept = QByteArray(DefaultAccept); ///< nullopt: no Accept header at all
    QByteArray contentType = ScimJson;
    QByteArray userAgent = "scim-console/" SCIM_CONSOLE_VERSION;
    SpaceEncoding spaces = SpaceEncoding::Percent20;
    HeaderList extraHeaders;

    enum class Auth { Token, None, Override };
    /// None: no Authorization header; Override: overrideAuthorization instead of the connection's
    Auth auth = Auth::Token;
    QByteArray overrideAuthorization; ///< the whole header value, e.g. `Bearer wrong-token`
};

} // namespace scim
