#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace scim {

inline constexpr auto ErrorSchema = "urn:ietf:params:scim:api:messages:2.0:Error";

/// A SCIM Error response body (RFC 7644 §3.12). Servers send `status` as a string (as the RFC
/// says) or as a number; both are accepted and remembered.
struct ScimError
{
    int status = 0;
    bool statusWasString = false;
    bool hasErrorSchema = false;
    QString scimType;
    QString detail;

    /// Reads an Error from @p body; nullopt when the body carries neither the Error schema nor a
    /// status.
    static std::optional<ScimError> fromJson(const QJsonObject &body);
};

} // namespace scim
