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
    Auth auth = Auth::Token; ///< None: no Authorization header; Override: overrideToken instead
    QByteArray overrideToken;
};

} // namespace scim
