#include "attributefilter.h"

#include "filterexpression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace sandbox {

namespace {

bool isName(const QString &text)
{
    // RFC 7643 §2.1's ATTRNAME, and `$ref`.
    static const QRegularExpression name(QStringLiteral(R"(^\$?[A-Za-z][A-Za-z0-9_-]*$)"));
    return name.match(text).hasMatch();
}

bool isUrn(const QString &text)
{
    static const QRegularExpression urn(QStringLiteral(R"(^urn:[A-Za-z0-9][A-Za-z0-9:._-]*$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return urn.match(text).hasMatch();
}

/// Whether @p value is one a service would store: not null, not an empty string, array or object.
bool holdsValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return holdsValue(item); });
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(),
                           [](const QJsonValue &item) { return holdsValue(item); });
    }
    default:
        return true;
    }
}

/// The object holding @p rule's attribute: the resource or its extension object (empty if none).
QJsonObject containerFor(const QJsonObject &resource, const AttributeRule &rule)
{
    return rule.schema.isEmpty() ? resource : resource.value(keyFor(resource, rule.schema)).toObject();
}

bool selects(const AttributeRule &rule, const QJsonValue &element)
{
    return !rule.filter || elementMatches(*rule.filter, element);
}

QJsonValue subValue(const QJsonValue &element, const QString &subAttribute)
{
    const QJsonObject object = element.toObject();
    return object.value(keyFor(object, subAttribute));
}

/// Whether @p value, the attribute's value, holds a value where @p rule points.
bool holdsValueAt(const AttributeRule &rule, const QJsonValue &value)
{
    if (!rule.filter && rule.subAttribute.isEmpty())
        return holdsValue(value);
    const QJsonArray elements = value.isArray() ? value.toArray() : QJsonArray {value};
    return std::any_of(elements.begin(), elements.end(), [&rule](const QJsonValue &element) {
        return selects(rule, element)
            && holdsValue(rule.subAttribute.isEmpty() ? element : subValue(element, rule.subAttribute));
    });
}

/// A selected element without @p rule's sub-attribute; undefined when nothing of it is left.
QJsonValue strippedElement(const AttributeRule &rule, const QJsonValue &element)
{
    if (rule.subAttribute.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonObject object = element.toObject();
    const QString key = keyFor(object, rule.subAttribute);
    if (!element.isObject() || !object.contains(key))
        return element;
    object.remove(key);
    return object.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(object);
}

/// @p value, the attribute's value, without what @p rule drops; undefined when nothing is left.
QJsonValue without(const AttributeRule &rule, const QJsonValue &value)
{
    if (!rule.filter && rule.subAttribute.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (!value.isArray())
        return selects(rule, value) ? strippedElement(rule, value) : value;
    QJsonArray kept;
    bool changed = false;
    const QJsonArray elements = value.toArray();
    for (const QJsonValue &element : elements) {
        const QJsonValue stripped = selects(rule, element) ? strippedElement(rule, element) : element;
        changed = changed || stripped != element;
        if (!stripped.isUndefined())
            kept.append(stripped);
    }
    if (!changed)
        return value;
    return kept.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(kept);
}

/// Puts @p container back into @p resource under @p urn; an empty one goes, and its URN with it.
void putExtension(QJsonObject &resource, const QString &urn, const QJsonObject &container)
{
    const QString key = keyFor(resource, urn);
    if (!container.isEmpty()) {
        resource.insert(key, container);
        return;
    }
    resource.remove(key);
    const QString schemasKey = keyFor(resource, QStringLiteral("schemas"));
    if (!resource.value(schemasKey).isArray())
        return;
    QJsonArray schemas = resource.value(schemasKey).toArray();
    for (qsizetype i = schemas.size() - 1; i >= 0; --i) {
        if (schemas.at(i).toString().compare(urn, Qt::CaseInsensitive) == 0)
            schemas.removeAt(i);
    }
    resource.insert(schemasKey, schemas);
}

void drop(QJsonObject &resource, const AttributeRule &rule)
{
    QJsonObject container = containerFor(resource, rule);
    const QString key = keyFor(container, rule.attribute);
    if (!container.contains(key))
        return;
    const QJsonValue kept = without(rule, container.value(key));
    if (kept == container.value(key))
        return;
    if (kept.isUndefined())
        container.remove(key);
    else
        container.insert(key, kept);
    if (rule.schema.isEmpty())
        resource = container;
    else
        putExtension(resource, rule.schema, container);
}

/// Splits `head[filter].sub` into `head` and `sub`, parsing the filter into @p rule; false if
/// malformed.
bool takeFilter(QString &head, QString &subAttribute, AttributeRule &rule)
{
    const qsizetype open = head.indexOf(QLatin1Char('['));
    const qsizetype close = head.lastIndexOf(QLatin1Char(']'));
    if (close < open)
        return false;
    const QString tail = head.mid(close + 1);
    if (!tail.isEmpty() && (!tail.startsWith(QLatin1Char('.')) || !isName(tail.mid(1))))
        return false;
    try {
        rule.filter = std::make_shared<FilterExpression>(
            FilterExpression::parse(head.mid(open + 1, close - open - 1)));
    } catch (const ScimFault &) {
        return false;
    }
    subAttribute = tail.mid(1);
    head = head.left(open);
    return true;
}

[[noreturn]] void refuse(const AttributeRule &rule, bool quiet)
{
    throw ScimFault {
        400, QStringLiteral("invalidValue"),
        quiet ? QCoreApplication::translate("sandbox", "An attribute is not supported by this service.")
              //: %1 is a SCIM attribute path, e.g. title or name.formatted
              : QCoreApplication::translate("sandbox", "Attribute '%1' is not supported by this service.")
                    .arg(rule.text)};
}

/// The rules of the @p paths that parse; their texts in @p texts.
QList<AttributeRule> parseAll(const QStringList &paths, QStringList *texts)
{
    QList<AttributeRule> rules;
    texts->clear();
    for (const QString &text : paths) {
        if (auto rule = AttributeRule::parse(text)) {
            rules.append(*rule);
            texts->append(text);
        }
    }
    return rules;
}

} // namespace

std::optional<AttributeRule> AttributeRule::parse(const QString &text)
{
    AttributeRule rule;
    rule.text = text;
    QString head = text;
    const bool hasFilter = head.contains(QLatin1Char('['));
    if (hasFilter && !takeFilter(head, rule.subAttribute, rule))
        return std::nullopt;
    if (head.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        // The attribute follows the URN's last colon: urn:…:enterprise:2.0:User:manager.value.
        const qsizetype colon = head.lastIndexOf(QLatin1Char(':'));
        rule.schema = head.left(colon);
        head = head.mid(colon + 1);
        if (!isUrn(rule.schema))
            return std::nullopt;
        if (rule.schema.compare(CoreUserUrn, Qt::CaseInsensitive) == 0)
            rule.schema.clear();
    }
    const qsizetype dot = hasFilter ? -1 : head.indexOf(QLatin1Char('.'));
    rule.attribute = dot < 0 ? head : head.left(dot);
    if (dot >= 0)
        rule.subAttribute = head.mid(dot + 1);
    if (!isName(rule.attribute) || (dot >= 0 && !isName(rule.subAttribute)))
        return std::nullopt;
    return rule;
}

AttributeFilter::AttributeFilter(const QStringList &drop, const QStringList &reject)
{
    setDropped(drop);
    setRejected(reject);
}

void AttributeFilter::setDropped(const QStringList &paths)
{
    m_drop = parseAll(paths, &m_droppedTexts);
}

void AttributeFilter::setRejected(const QStringList &paths)
{
    m_reject = parseAll(paths, &m_rejectedTexts);
}

QJsonObject AttributeFilter::apply(QJsonObject resource) const
{
    for (const AttributeRule &rule : m_reject) {
        const QJsonObject container = containerFor(resource, rule);
        if (holdsValueAt(rule, container.value(keyFor(container, rule.attribute))))
            refuse(rule, m_quiet);
    }
    for (const AttributeRule &rule : m_drop)
        drop(resource, rule);
    return resource;
}

} // namespace sandbox
