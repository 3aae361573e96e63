#pragma once

#include "scimjson.h"

#include <QJsonValue>

#include <memory>

namespace sandbox {

/// A parsed SCIM filter (RFC 7644 §3.4.2.2) limited to what the sandbox serves: eq ne co sw pr,
/// and/or, parentheses and value paths (`emails[type eq "work"].value eq "x"`). Anything else —
/// other operators, `not`, bad syntax — is a 400 invalidFilter.
class FilterExpression
{
public:
    struct Node;

    /// Parses @p text; throws ScimFault (invalidFilter) on anything it does not serve.
    static FilterExpression parse(const QString &text);

    bool matches(const QJsonObject &resource) const;
    /// Compare userName case-sensitively, as some services do (RFC 7643 says it is not).
    void setCaseExactUserName(bool exact) { m_caseExactUserName = exact; }

    FilterExpression(FilterExpression &&) noexcept;
    FilterExpression &operator=(FilterExpression &&) noexcept;
    ~FilterExpression();

private:
    explicit FilterExpression(std::unique_ptr<Node> root);
    std::unique_ptr<Node> m_root;
    bool m_caseExactUserName = false;
};

/// Evaluates @p filter (a filter over one complex value, as inside `members[…]`) on @p element.
bool elementMatches(const FilterExpression &filter, const QJsonValue &element);

} // namespace sandbox
