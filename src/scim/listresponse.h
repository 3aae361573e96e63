#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace scim {

inline constexpr auto ListResponseSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

/// A ListResponse (RFC 7644 §3.4.2), read strictly enough to tell an IdP's view: the counts must
/// be JSON integers (Okta rejects "1" or 1.0-as-text), paging is 1-based.
struct ListResponse
{
    int totalResults = 0;
    int startIndex = 0; ///< 0 when absent
    int itemsPerPage = 0; ///< 0 when absent
    bool hasStartIndex = false;
    bool hasItemsPerPage = false;
    QJsonArray resources;
    /// What an IdP would reject, each a sentence; empty when the list is well formed.
    QStringList problems;

    bool isValid() const { return problems.isEmpty(); }
    static ListResponse fromJson(const QJsonObject &object);
};

} // namespace scim
