#include "patchengine.h"

#include "filterexpression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace sandbox {

namespace {

[[noreturn]] void fault(const char *scimType, const QString &detail)
{
    throw ScimFault {400, QString::fromLatin1(scimType), detail};
}

const QStringList &knownNames()
{
    static const QStringList names {QStringLiteral("id"),
                                    QStringLiteral("externalId"),
                                    QStringLiteral("meta"),
                                    QStringLiteral("schemas"),
                                    QStringLiteral("userName"),
                                    QStringLiteral("name"),
                                    QStringLiteral("displayName"),
                                    QStringLiteral("nickName"),
                                    QStringLiteral("profileUrl"),
                                    QStringLiteral("title"),
                                    QStringLiteral("userType"),
                                    QStringLiteral("preferredLanguage"),
                                    QStringLiteral("locale"),
                                    QStringLiteral("timezone"),
                                    QStringLiteral("active"),
                                    QStringLiteral("password"),
                                    QStringLiteral("emails"),
                                    QStringLiteral("phoneNumbers"),
                                    QStringLiteral("ims"),
                                    QStringLiteral("photos"),
                                    QStringLiteral("addresses"),
                                    QStringLiteral("groups"),
                                    QStringLiteral("entitlements"),
                                    QStringLiteral("roles"),
                                    QStringLiteral("x509Certificates"),
                                    QStringLiteral("members"),
                                    QStringLiteral("employeeNumber"),
                                    QStringLiteral("costCenter"),
                                    QStringLiteral("organization"),
                                    QStringLiteral("division"),
                                    QStringLiteral("department"),
                                    QStringLiteral("manager"),
                                    QStringLiteral("formatted"),
                                    QStringLiteral("familyName"),
                                    QStringLiteral("givenName"),
                                    QStringLiteral("middleName"),
                                    QStringLiteral("honorificPrefix"),
                                    QStringLiteral("honorificSuffix"),
                                    QStringLiteral("value"),
                                    QStringLiteral("display"),
                                    QStringLiteral("type"),
                                    QStringLiteral("primary"),
                                    QStringLiteral("$ref")};
    return names;
}

const QStringList &enterpriseNames()
{
    static const QStringList names {QStringLiteral("employeeNumber"), QStringLiteral("costCenter"),
                                    QStringLiteral("organization"),   QStringLiteral("division"),
                                    QStringLiteral("department"),     QStringLiteral("manager")};
    return names;
}

bool isReadOnly(const QString &attribute)
{
    return attribute.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0
        || attribute.compare(QLatin1String("meta"), Qt::CaseInsensitive) == 0
        || attribute.compare(QLatin1String("groups"), Qt::CaseInsensitive) == 0;
}

void ensureSchema(QJsonObject &resource, const QString &urn)
{
    QJsonArray schemas = resource.value(QLatin1String("schemas")).toArray();
    if (!schemas.contains(urn)) {
        schemas.append(urn);
        resource.insert(QStringLiteral("schemas"), schemas);
    }
}

/// Appends @p value (one or an array) to a multi-valued attribute; members stay unique by value.
QJsonArray appended(QJsonArray array, const QJsonValue &value)
{
    const QJsonArray additions = value.isArray() ? value.toArray() : QJsonArray {value};
    for (const QJsonValue &addition : additions) {
        const QString id = addition.toObject().value(QLatin1String("value")).toString();
        bool duplicate = false;
        for (const QJsonValue &existing : std::as_const(array))
            duplicate = duplicate
                || (!id.isEmpty() && existing.toObject().value(QLatin1String("value")).toString() == id);
        if (!duplicate)
            array.append(addition);
    }
    return array;
}

} // namespace

bool PatchEngine::isMultiValued(const QString &attribute)
{
    static const QStringList multi {
        QStringLiteral("emails"),       QStringLiteral("phoneNumbers"), QStringLiteral("ims"),
        QStringLiteral("photos"),       QStringLiteral("addresses"),    QStringLiteral("groups"),
        QStringLiteral("entitlements"), QStringLiteral("roles"),        QStringLiteral("x509Certificates"),
        QStringLiteral("members")};
    return multi.contains(attribute, Qt::CaseInsensitive);
}

QString PatchEngine::canonicalName(const QString &name)
{
    for (const QString &known : knownNames()) {
        if (known.compare(name, Qt::CaseInsensitive) == 0)
            return known;
    }
    return name;
}

QJsonValue PatchEngine::normalise(const AttrPath &path, const QJsonValue &value) const
{
    const QString attribute = canonicalName(path.attribute);
    if (attribute == QLatin1String("active") && path.subAttribute.isEmpty() && !value.isBool()) {
        const QString text = value.toString().trimmed();
        const bool isTrue = text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        const bool isFalse = text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
        if (m_strict || !value.isString() || (!isTrue && !isFalse))
            fault("invalidValue",
                  //: %1 is the value sent in double quotes, or the untranslated word "that"
                  QCoreApplication::translate("sandbox",
                                              "“active” must be a boolean (true or false), "
                                              "not %1.")
                      .arg(value.isString() ? QLatin1Char('"') + text + QLatin1Char('"')
                                            : QStringLiteral("that")));
        return isTrue;
    }
    if (attribute == QLatin1String("manager") && path.schema == EnterpriseUrn && path.subAttribute.isEmpty()
        && !value.isObject() && !value.isNull()) {
        if (m_strict)
            fault("invalidValue",
                  QCoreApplication::translate("sandbox",
                                              "“manager” is a complex attribute: send "
                                              "{\"value\": \"<id>\"}."));
        const QJsonValue first = value.isArray() ? value.toArray().at(0) : value;
        const QString id
            = first.isObject() ? first.toObject().value(QLatin1String("value")).toString() : first.toString();
        return QJsonObject {{QStringLiteral("value"), id}};
    }
    return value;
}

PatchEngine::Target PatchEngine::parseTarget(const QString &text) const
{
    Target target;
    QString attributeText = text.trimmed();
    const qsizetype open = attributeText.indexOf(QLatin1Char('['));
    if (open >= 0) {
        const qsizetype close = attributeText.lastIndexOf(QLatin1Char(']'));
        if (close < open)
            fault("invalidPath",
                  //: %1 is the PATCH operation's path, e.g. emails[type eq "work"].value
                  QCoreApplication::translate("sandbox", "The path “%1” has an unclosed “[”.").arg(text));
        target.filter = attributeText.mid(open + 1, close - open - 1);
        const QString after = attributeText.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char('.')))
            fault("invalidPath",
                  //: %1 is the PATCH operation's path, e.g. emails[type eq "work"].value
                  QCoreApplication::translate("sandbox", "The path “%1” is malformed after “]”.").arg(text));
        target.filterSubAttribute = after.mid(1);
        attributeText = attributeText.left(open);
    }
    target.path = AttrPath::parse(attributeText);
    if (target.path.schema.isEmpty() && m_kind == ResourceKind::User
        && enterpriseNames().contains(target.path.attribute, Qt::CaseInsensitive)) {
        // Entra's legacy dialect says "manager" without the extension's URN.
        if (m_strict)
            fault("invalidPath",
                  //: %1 is an attribute name, e.g. manager, %2 the enterprise extension's schema URN
                  QCoreApplication::translate("sandbox",
                                              "“%1” belongs to the enterprise extension; "
                                              "prefix it with %2.")
                      .arg(target.path.attribute, EnterpriseUrn));
        target.path.schema = EnterpriseUrn;
    }
    checkKnown(target.path);
    return target;
}

void PatchEngine::checkKnown(const AttrPath &path) const
{
    if (path.attribute.isEmpty())
        fault("invalidPath", QCoreApplication::translate("sandbox", "The path names no attribute."));
    if (m_strict && !knownNames().contains(path.attribute, Qt::CaseInsensitive))
        fault("invalidPath",
              //: %1 is an attribute name
              QCoreApplication::translate("sandbox", "“%1” is not an attribute of this resource.")
                  .arg(path.attribute));
}

QJsonObject PatchEngine::apply(QJsonObject resource, const QJsonObject &message) const
{
    if (m_strict && !message.value(QLatin1String("schemas")).toArray().contains(PatchUrn))
        fault("invalidSyntax",
              QCoreApplication::translate("sandbox", "The PatchOp schema is missing from “schemas”."));
    const QJsonValue operationsValue = message.value(
        m_strict ? QStringLiteral("Operations") : keyFor(message, QStringLiteral("Operations")));
    const QJsonArray operations = operationsValue.toArray();
    if (!operationsValue.isArray() || operations.isEmpty())
        fault("invalidSyntax",
              QCoreApplication::translate("sandbox", "“Operations” must be a non-empty array."));

    for (const QJsonValue &entry : operations) {
        const QJsonObject operation = entry.toObject();
        const QString op = operation.value(keyFor(operation, QStringLiteral("op"))).toString().toLower();
        if (op != QLatin1String("add") && op != QLatin1String("replace") && op != QLatin1String("remove"))
            fault("invalidSyntax",
                  //: %1 is the operation name sent; keep add, replace and remove as they are
                  QCoreApplication::translate("sandbox",
                                              "“%1” is not a PATCH operation (add, replace "
                                              "or remove).")
                      .arg(operation.value(QLatin1String("op")).toString()));
        const QJsonValue pathValue = operation.value(keyFor(operation, QStringLiteral("path")));
        const QString valueKey = keyFor(operation, QStringLiteral("value"));
        const bool hasValue = operation.contains(valueKey);
        const QJsonValue value = operation.value(valueKey);
        if (pathValue.isUndefined() || pathValue.toString().isEmpty()) {
            if (op == QLatin1String("remove"))
                fault("noTarget", QCoreApplication::translate("sandbox", "A remove operation needs a path."));
            applyPathless(resource, op, value);
            continue;
        }
        const Target target = parseTarget(pathValue.toString());
        if (op != QLatin1String("remove") && !hasValue)
            fault("invalidSyntax",
                  //: %1 is the PATCH operation (add or replace), %2 its path
                  QCoreApplication::translate("sandbox", "The %1 operation on “%2” has no value.")
                      .arg(op, pathValue.toString()));
        if (target.filter.isEmpty())
            applyToPath(resource, op, target, value, hasValue);
        else
            applyToFiltered(resource, op, target, value);
    }
    return resource;
}

void PatchEngine::applyPathless(QJsonObject &resource, const QString &op, const QJsonValue &value) const
{
    if (!value.isObject())
        fault("invalidSyntax",
              QCoreApplication::translate("sandbox",
                                          "Without a path, the value must be an object of "
                                          "attributes."));
    const QJsonObject attributes = value.toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        if (it.key().compare(EnterpriseUrn, Qt::CaseInsensitive) == 0 && it.value().isObject()) {
            const QJsonObject extension = it.value().toObject();
            for (auto sub = extension.constBegin(); sub != extension.constEnd(); ++sub)
                set(resource, AttrPath {EnterpriseUrn, sub.key(), {}}, sub.value(),
                    op == QLatin1String("add"));
            continue;
        }
        Target target = parseTarget(it.key());
        if (isReadOnly(target.path.attribute)) {
            const QString current = resource.value(keyFor(resource, target.path.attribute)).toString();
            // Okta repeats the id in its rename PATCH: harmless when it is unchanged.
            if (it.value().toString() == current || !m_strict)
                continue;
            throw ScimFault {
                400, QStringLiteral("mutability"),
                //: %1 is an attribute name
                QCoreApplication::translate("sandbox", "“%1” is read-only.").arg(target.path.attribute)};
        }
        set(resource, target.path, it.value(), op == QLatin1String("add"));
    }
}

void PatchEngine::applyToPath(QJsonObject &resource, const QString &op, const Target &target,
                              const QJsonValue &value, bool hasValue) const
{
    const AttrPath &path = target.path;
    if (isReadOnly(path.attribute)) {
        if (m_strict)
            throw ScimFault {
                400, QStringLiteral("mutability"),
                //: %1 is an attribute name
                QCoreApplication::translate("sandbox", "“%1” is read-only.").arg(path.attribute)};
        return;
    }
    if (op != QLatin1String("remove")) {
        set(resource, path, value, op == QLatin1String("add"));
        return;
    }
    QJsonObject container = containerOf(resource, path);
    const QString key = keyFor(container, path.attribute);
    if (hasValue && isMultiValued(path.attribute) && path.subAttribute.isEmpty()) {
        // Entra's legacy member removal: {"op":"Remove","path":"members","value":[{"value":"id"}]}.
        if (m_strict)
            fault("invalidSyntax",
                  QCoreApplication::translate("sandbox",
                                              "A remove operation takes no value; select "
                                              "the members to remove with a filter, e.g. "
                                              "members[value eq \"id\"]."));
        QStringList ids;
        const QJsonArray removals = value.isArray() ? value.toArray() : QJsonArray {value};
        for (const QJsonValue &removal : removals)
            ids.append(removal.toObject().value(QLatin1String("value")).toString());
        QJsonArray kept;
        const QJsonArray current = container.value(key).toArray();
        for (const QJsonValue &element : current) {
            if (!ids.contains(element.toObject().value(QLatin1String("value")).toString()))
                kept.append(element);
        }
        container.insert(key, kept);
    } else if (path.subAttribute.isEmpty()) {
        container.remove(key);
    } else {
        QJsonObject complex = container.value(key).toObject();
        complex.remove(keyFor(complex, path.subAttribute));
        container.insert(key, complex);
    }
    if (path.schema.isEmpty())
        resource = container;
    else
        resource.insert(keyFor(resource, path.schema), container);
}

void PatchEngine::applyToFiltered(QJsonObject &resource, const QString &op, const Target &target,
                                  const QJsonValue &value) const
{
    const AttrPath &path = target.path;
    const FilterExpression filter = FilterExpression::parse(target.filter);
    QJsonObject container = containerOf(resource, path);
    const QString key = keyFor(container, canonicalName(path.attribute));
    QJsonArray elements = container.value(key).toArray();
    bool matched = false;
    for (qsizetype i = elements.size() - 1; i >= 0; --i) {
        if (!elementMatches(filter, elements.at(i)))
            continue;
        matched = true;
        if (op == QLatin1String("remove")) {
            if (target.filterSubAttribute.isEmpty()) {
                elements.removeAt(i);
            } else {
                QJsonObject element = elements.at(i).toObject();
                element.remove(keyFor(element, target.filterSubAttribute));
                elements[i] = element;
            }
        } else if (target.filterSubAttribute.isEmpty()) {
            QJsonObject element = elements.at(i).toObject();
            const QJsonObject replacement = value.toObject();
            for (auto it = replacement.constBegin(); it != replacement.constEnd(); ++it)
                element.insert(keyFor(element, it.key()), it.value());
            elements[i] = element;
        } else {
            QJsonObject element = elements.at(i).toObject();
            element.insert(keyFor(element, target.filterSubAttribute), value);
            elements[i] = element;
        }
    }
    if (!matched && op != QLatin1String("remove")) {
        // Entra replaces emails[type eq "work"].value on a user who has no work email yet.
        static const QRegularExpression simple(QStringLiteral(R"re(^\s*(\w+)\s+eq\s+"([^"]*)"\s*$)re"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto match = simple.match(target.filter);
        if (m_strict || !match.hasMatch())
            fault("noTarget",
                  //: %1 is an attribute name, e.g. emails, %2 the filter in the path, e.g. type eq "work"
                  QCoreApplication::translate("sandbox", "No value of “%1” matches [%2].")
                      .arg(path.attribute, target.filter));
        QJsonObject element {{match.captured(1), match.captured(2)}};
        if (target.filterSubAttribute.isEmpty()) {
            const QJsonObject additions = value.toObject();
            for (auto it = additions.constBegin(); it != additions.constEnd(); ++it)
                element.insert(it.key(), it.value());
        } else {
            element.insert(target.filterSubAttribute, value);
        }
        elements.append(element);
    }
    container.insert(key, elements);
    if (path.schema.isEmpty())
        resource = container;
    else
        resource.insert(keyFor(resource, path.schema), container);
}

void PatchEngine::set(QJsonObject &resource, const AttrPath &path, const QJsonValue &value, bool add) const
{
    checkKnown(path);
    const QJsonValue normalised = normalise(path, value);
    QJsonObject container = containerOf(resource, path);
    const QString key = keyFor(container, canonicalName(path.attribute));
    if (!path.subAttribute.isEmpty()) {
        QJsonObject complex = container.value(key).toObject();
        complex.insert(keyFor(complex, canonicalName(path.subAttribute)), normalised);
        container.insert(key, complex);
    } else if (isMultiValued(path.attribute)) {
        const QJsonArray current = add ? container.value(key).toArray() : QJsonArray();
        container.insert(key, appended(current, normalised));
    } else if (add && normalised.isObject() && container.value(key).isObject()) {
        QJsonObject merged = container.value(key).toObject();
        const QJsonObject additions = normalised.toObject();
        for (auto it = additions.constBegin(); it != additions.constEnd(); ++it)
            merged.insert(keyFor(merged, it.key()), it.value());
        container.insert(key, merged);
    } else {
        container.insert(key, normalised);
    }
    if (path.schema.isEmpty()) {
        resource = container;
    } else {
        resource.insert(keyFor(resource, path.schema), container);
        ensureSchema(resource, path.schema);
    }
}

} // namespace sandbox
