#include "engine/idp/targetpath.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace engine {

namespace {

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const auto text = [](const QJsonValue &value) {
        return value.isBool() ? QString::fromLatin1(value.toBool() ? "true" : "false") : value.toString();
    };
    return text(a).compare(text(b), Qt::CaseInsensitive) == 0;
}

/// The key of @p object that names @p key in any letter case, or @p key itself.
QString keyInAnyCase(const QJsonObject &object, const QString &key)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return key;
}

QJsonValue filterValueOf(const QString &key, QString value)
{
    if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) && value.size() >= 2)
        value = value.mid(1, value.size() - 2);
    if (key.compare(QLatin1String("primary"), Qt::CaseInsensitive) == 0)
        return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return value;
}

} // namespace

QJsonValue valueInAnyCase(const QJsonObject &object, const QString &key)
{
    const QJsonValue exact = object.value(key);
    if (!exact.isUndefined())
        return exact;
    return object.value(keyInAnyCase(object, key));
}

TargetPath TargetPath::parse(const QString &text)
{
    TargetPath path;
    path.m_text = text.trimmed();
    QString rest = path.m_text;
    if (rest.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        path.m_schema = rest.left(colon);
        rest = rest.mid(colon + 1);
    }
    // name [ "[" key eq value "]" | ".^[" key == value "]" ] [ "." sub ]
    static const QRegularExpression grammar(QStringLiteral(
        R"(^([A-Za-z$][\w$-]*)(?:\[\s*(\w+)\s+eq\s+("[^"]*"|\w+)\s*\]|\.\^\[\s*(\w+)\s*==\s*("[^"]*"|\w+)\s*\])?(?:\.([A-Za-z$][\w$-]*))?$)"));
    const QRegularExpressionMatch match = grammar.match(rest);
    if (!match.hasMatch())
        return path;
    path.m_attribute = match.captured(1);
    const QString key = match.hasCaptured(2) ? match.captured(2) : match.captured(4);
    if (!key.isEmpty()) {
        path.m_filterKey = key;
        path.m_filterValue = filterValueOf(key, match.hasCaptured(3) ? match.captured(3) : match.captured(5));
    }
    path.m_sub = match.captured(6);
    path.m_valid = true;
    return path;
}

QString TargetPath::plainName() const
{
    const QString name = m_sub.isEmpty() ? m_attribute : m_attribute + QLatin1Char('.') + m_sub;
    return m_schema.isEmpty() ? name : m_schema + QLatin1Char(':') + name;
}

void TargetPath::set(QJsonObject *resource, const QJsonValue &value) const
{
    if (!m_valid)
        return;
    QJsonObject container = m_schema.isEmpty() ? *resource : resource->value(m_schema).toObject();
    const QString attribute = keyInAnyCase(container, m_attribute);
    if (!m_filterKey.isEmpty()) {
        QJsonArray elements = container.value(attribute).toArray();
        qsizetype index = -1;
        for (qsizetype i = 0; i < elements.size() && index < 0; ++i) {
            if (sameValue(valueInAnyCase(elements.at(i).toObject(), m_filterKey), m_filterValue))
                index = i;
        }
        if (index < 0) {
            elements.append(QJsonObject {{m_filterKey, m_filterValue}});
            index = elements.size() - 1;
        }
        QJsonObject element = elements.at(index).toObject();
        element.insert(keyInAnyCase(element, m_sub.isEmpty() ? QStringLiteral("value") : m_sub), value);
        elements.replace(index, element);
        container.insert(attribute, elements);
    } else if (!m_sub.isEmpty()) {
        QJsonObject complex = container.value(attribute).toObject();
        complex.insert(keyInAnyCase(complex, m_sub), value);
        container.insert(attribute, complex);
    } else {
        container.insert(attribute, value);
    }
    if (m_schema.isEmpty())
        *resource = container;
    else
        resource->insert(m_schema, container);
}

QJsonValue TargetPath::get(const QJsonObject &resource) const
{
    if (!m_valid)
        return QJsonValue::Undefined;
    const QJsonObject container
        = m_schema.isEmpty() ? resource : valueInAnyCase(resource, m_schema).toObject();
    const QJsonValue attribute = valueInAnyCase(container, m_attribute);
    if (!m_filterKey.isEmpty()) {
        const QJsonArray elements = attribute.toArray();
        for (const QJsonValue &element : elements) {
            const QJsonObject object = element.toObject();
            if (sameValue(valueInAnyCase(object, m_filterKey), m_filterValue))
                return valueInAnyCase(object, m_sub.isEmpty() ? QStringLiteral("value") : m_sub);
        }
        return QJsonValue::Undefined;
    }
    if (!m_sub.isEmpty())
        return valueInAnyCase(attribute.toObject(), m_sub);
    return attribute;
}

} // namespace engine
