#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace scim {

/// How spaces are written in a query: Entra sends `+`, Okta `%20`. A literal `+` in a value is
/// always `%2B`, whichever style is used.
enum class SpaceEncoding { Plus, Percent20 };

/// Builds SCIM filter expressions (RFC 7644 §3.4.2.2) with values quoted and escaped.
namespace filter {

/// A JSON string literal for a filter value: quotes and backslashes escaped.
QString quote(const QString &value);

/// `attribute eq "value"`.
QString eq(const QString &attribute, const QString &value);

/// `emails[type eq "work"].value eq "value"`: a value path on a multi-valued attribute.
QString valuePathEq(const QString &attribute, const QString &subFilter, const QString &subAttribute,
                    const QString &value);

/// `a and b` (each side parenthesised when it contains `or`).
QString allOf(const QList<QString> &filters);

} // namespace filter

/// Query parameters, percent-encoded by this code rather than QUrlQuery (which leaves `+` as is).
class Query
{
public:
    Query() = default;
    Query &add(const QString &name, const QString &value);
    Query &add(const QString &name, int value);

    bool isEmpty() const { return m_items.isEmpty(); }
    /// `name=value&…` with every reserved character percent-encoded and spaces per @p spaces.
    QString encoded(SpaceEncoding spaces) const;

    static QString encodeComponent(const QString &value, SpaceEncoding spaces);

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace scim
