#include "filter.h"

#include <QUrl>

namespace scim {

namespace filter {

QString quote(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('"');
    return escaped;
}

QString eq(const QString &attribute, const QString &value)
{
    return attribute + QLatin1String(" eq ") + quote(value);
}

QString valuePathEq(const QString &attribute, const QString &subFilter, const QString &subAttribute,
                    const QString &value)
{
    return attribute + QLatin1Char('[') + subFilter + QLatin1String("].") + subAttribute
        + QLatin1String(" eq ") + quote(value);
}

QString allOf(const QList<QString> &filters)
{
    QStringList parts;
    for (const QString &part : filters)
        parts.append(part.contains(QLatin1String(" or ")) ? QLatin1Char('(') + part + QLatin1Char(')')
                                                          : part);
    return parts.join(QLatin1String(" and "));
}

} // namespace filter

Query &Query::add(const QString &name, const QString &value)
{
    m_items.append({name, value});
    return *this;
}

Query &Query::add(const QString &name, int value)
{
    return add(name, QString::number(value));
}

QString Query::encodeComponent(const QString &value, SpaceEncoding spaces)
{
    // toPercentEncoding leaves only unreserved characters as they are: `+` becomes %2B, `"` %22.
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (spaces == SpaceEncoding::Plus)
        encoded.replace(QLatin1String("%20"), QLatin1String("+"));
    return encoded;
}

QString Query::encoded(SpaceEncoding spaces) const
{
    QStringList parts;
    for (const auto &[name, value] : m_items)
        parts.append(encodeComponent(name, spaces) + QLatin1Char('=') + encodeComponent(value, spaces));
    return parts.join(QLatin1Char('&'));
}

} // namespace scim
