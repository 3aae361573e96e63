#include "resourcestore.h"

#include "filterexpression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <QUuid>

namespace sandbox {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString uniqueAttribute(ResourceKind kind)
{
    return kind == ResourceKind::User ? QStringLiteral("userName") : QStringLiteral("displayName");
}

QString resourceType(ResourceKind kind)
{
    return kind == ResourceKind::User ? QStringLiteral("User") : QStringLiteral("Group");
}

[[noreturn]] void notFound(ResourceKind kind, const QString &id)
{
    //: %1 is the resource type (User or Group), %2 its id
    throw ScimFault {
        404, {}, QCoreApplication::translate("sandbox", "%1 %2 not found.").arg(resourceType(kind), id)};
}

} // namespace

QJsonObject ResourceStore::prepare(ResourceKind kind, QJsonObject body, const QString &id,
                                   const QJsonObject &previousMeta) const
{
    const QString coreUrn = kind == ResourceKind::User ? CoreUserUrn : CoreGroupUrn;
    QJsonArray schemas = body.value(keyFor(body, QStringLiteral("schemas"))).toArray();
    if (m_strict && !schemas.contains(coreUrn))
        throw ScimFault {400, QStringLiteral("invalidSyntax"),
                         //: %1 is the SCIM core schema URN
                         QCoreApplication::translate("sandbox", "“schemas” must include %1.").arg(coreUrn)};

    // Read-only attributes in a request are ignored (RFC 7643 §2.2), as is Okta's groups:[].
    for (const char *readOnly : {"id", "meta", "groups"})
        body.remove(keyFor(body, QLatin1String(readOnly)));
    const PatchEngine rules(kind, m_strict);
    QJsonObject resource;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key().compare(EnterpriseUrn, Qt::CaseInsensitive) == 0 && it.value().isObject()) {
            QJsonObject extension;
            const QJsonObject given = it.value().toObject();
            for (auto sub = given.constBegin(); sub != given.constEnd(); ++sub)
                extension.insert(PatchEngine::canonicalName(sub.key()),
                                 rules.normalise(AttrPath {EnterpriseUrn, sub.key(), {}}, sub.value()));
            resource.insert(EnterpriseUrn, extension);
            continue;
        }
        const QString name = PatchEngine::canonicalName(it.key());
        resource.insert(name, rules.normalise(AttrPath {{}, name, {}}, it.value()));
    }
    if (kind == ResourceKind::User && !m_attributeFilter.isEmpty()) {
        resource = m_attributeFilter.apply(resource); // may drop an extension from "schemas" too
        schemas = resource.value(QLatin1String("schemas")).toArray();
    }
    QJsonArray cleanSchemas = schemas.isEmpty() ? QJsonArray {coreUrn} : schemas;
    if (resource.contains(EnterpriseUrn) && !cleanSchemas.contains(EnterpriseUrn))
        cleanSchemas.append(EnterpriseUrn);
    resource.insert(QStringLiteral("schemas"), cleanSchemas);

    const QString unique = uniqueAttribute(kind);
    if (resource.value(unique).toString().trimmed().isEmpty())
        throw ScimFault {400, QStringLiteral("invalidValue"),
                         //: %1 is the attribute name, userName or displayName
                         QCoreApplication::translate("sandbox", "“%1” is required.").arg(unique)};
    if (kind == ResourceKind::Group && !resource.contains(QLatin1String("members")))
        resource.insert(QStringLiteral("members"), QJsonArray());

    resource.insert(QStringLiteral("id"), id);
    QJsonObject meta = previousMeta;
    const QString now = nowIso();
    if (!meta.contains(QLatin1String("created")))
        meta.insert(QStringLiteral("created"), now);
    meta.insert(QStringLiteral("lastModified"), now);
    meta.insert(QStringLiteral("resourceType"), resourceType(kind));
    meta.insert(QStringLiteral("location"),
                QString(m_locationBase + QLatin1Char('/') + resourceType(kind) + QLatin1String("s/")
                        + QString::fromLatin1(QUrl::toPercentEncoding(id))));
    const int version
        = meta.value(QLatin1String("version")).toString().section(QLatin1Char('"'), 1, 1).toInt() + 1;
    meta.insert(QStringLiteral("version"), QStringLiteral("W/\"%1\"").arg(version));
    resource.insert(QStringLiteral("meta"), meta);
    return resource;
}

void ResourceStore::checkUnique(ResourceKind kind, const QJsonObject &resource, const QString &exceptId) const
{
    QStringList unique {uniqueAttribute(kind)};
    if (kind == ResourceKind::User && m_uniqueExternalId)
        unique.append(QStringLiteral("externalId"));
    for (const QString &attribute : std::as_const(unique)) {
        const QString wanted = resource.value(attribute).toString();
        if (wanted.isEmpty())
            continue;
        for (const QJsonObject &existing : m_resources[index(kind)]) {
            if (existing.value(QLatin1String("id")).toString() == exceptId)
                continue;
            // userName is caseExact:false (RFC 7643 §4.1.1): "Ann" and "ann" are the same user;
            // externalId is caseExact:true.
            const Qt::CaseSensitivity cs
                = attribute == QLatin1String("externalId") ? Qt::CaseSensitive : Qt::CaseInsensitive;
            if (existing.value(attribute).toString().compare(wanted, cs) == 0)
                throw ScimFault {409, QStringLiteral("uniqueness"),
                                 //: %1 is the attribute name, e.g. userName, %2 its value
                                 QCoreApplication::translate("sandbox", "%1 “%2” is already taken.")
                                     .arg(attribute, wanted)};
        }
    }
}

QJsonObject ResourceStore::store(ResourceKind kind, QJsonObject resource)
{
    const QString id = resource.value(QLatin1String("id")).toString();
    auto existing = m_ids[index(kind)].constFind(id);
    const quint64 sequence = existing != m_ids[index(kind)].constEnd() ? *existing : ++m_sequence;
    m_ids[index(kind)].insert(id, sequence);
    m_resources[index(kind)].insert(sequence, resource);
    return resource;
}

QJsonObject &ResourceStore::find(ResourceKind kind, const QString &id)
{
    const auto it = m_ids[index(kind)].constFind(id);
    if (it == m_ids[index(kind)].constEnd())
        notFound(kind, id);
    return m_resources[index(kind)][*it];
}

QJsonObject ResourceStore::create(ResourceKind kind, const QJsonObject &body)
{
    const QString id = kind == ResourceKind::User && !m_nextUserIds.isEmpty()
        ? m_nextUserIds.takeFirst()
        : QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject resource = prepare(kind, body, id, {});
    checkUnique(kind, resource, {});
    return store(kind, resource);
}

QJsonObject ResourceStore::get(ResourceKind kind, const QString &id) const
{
    const auto it = m_ids[index(kind)].constFind(id);
    if (it == m_ids[index(kind)].constEnd())
        notFound(kind, id);
    return m_resources[index(kind)].value(*it);
}

QList<QJsonObject> ResourceStore::list(ResourceKind kind, const FilterExpression *filter) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &resource : m_resources[index(kind)]) {
        if (!filter || filter->matches(resource))
            out.append(resource);
    }
    return out;
}

QJsonObject ResourceStore::replace(ResourceKind kind, const QString &id, const QJsonObject &body)
{
    QJsonObject &current = find(kind, id);
    QJsonObject resource = prepare(kind, body, id, current.value(QLatin1String("meta")).toObject());
    checkUnique(kind, resource, id);
    current = resource;
    return resource;
}

QJsonObject ResourceStore::patch(ResourceKind kind, const QString &id, const QJsonObject &message)
{
    QJsonObject &current = find(kind, id);
    const QJsonObject patched = PatchEngine(kind, m_strict).apply(current, message);
    QJsonObject resource = prepare(kind, patched, id, current.value(QLatin1String("meta")).toObject());
    checkUnique(kind, resource, id);
    current = resource;
    return resource;
}

void ResourceStore::remove(ResourceKind kind, const QString &id)
{
    const auto it = m_ids[index(kind)].constFind(id);
    if (it == m_ids[index(kind)].constEnd())
        notFound(kind, id);
    m_resources[index(kind)].remove(*it);
    m_ids[index(kind)].erase(it);
    if (kind != ResourceKind::User)
        return;
    // A deleted user leaves every group.
    for (QJsonObject &group : m_resources[index(ResourceKind::Group)]) {
        QJsonArray members = group.value(QLatin1String("members")).toArray();
        for (qsizetype i = members.size() - 1; i >= 0; --i) {
            if (members.at(i).toObject().value(QLatin1String("value")).toString() == id)
                members.removeAt(i);
        }
        group.insert(QStringLiteral("members"), members);
    }
}

QJsonObject ResourceStore::present(const QJsonObject &resource, const QStringList &attributes,
                                   const QStringList &excludedAttributes)
{
    QJsonObject out = resource;
    out.remove(keyFor(out, QStringLiteral("password")));
    if (!attributes.isEmpty()) {
        QJsonObject projected;
        for (const char *always : {"id", "schemas", "meta"})
            projected.insert(QLatin1String(always), out.value(QLatin1String(always)));
        for (const QString &requested : attributes) {
            const AttrPath path = AttrPath::parse(requested);
            const QJsonObject container = containerOf(out, path);
            const QString key = keyFor(container, path.attribute);
            if (!container.contains(key))
                continue;
            QJsonValue value = container.value(key);
            if (!path.subAttribute.isEmpty() && value.isObject()) {
                const QJsonObject complex = value.toObject();
                QJsonObject kept = projected.value(key).toObject();
                kept.insert(keyFor(complex, path.subAttribute),
                            complex.value(keyFor(complex, path.subAttribute)));
                value = kept;
            }
            if (path.schema.isEmpty()) {
                projected.insert(key, value);
            } else {
                QJsonObject extension = projected.value(path.schema).toObject();
                extension.insert(key, value);
                projected.insert(path.schema, extension);
            }
        }
        out = projected;
    }
    for (const QString &excluded : excludedAttributes) {
        const AttrPath path = AttrPath::parse(excluded);
        if (path.attribute.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0
            || path.attribute.compare(QLatin1String("schemas"), Qt::CaseInsensitive) == 0)
            continue;
        if (path.schema.isEmpty()) {
            out.remove(keyFor(out, path.attribute));
        } else {
            QJsonObject extension = out.value(keyFor(out, path.schema)).toObject();
            extension.remove(keyFor(extension, path.attribute));
            out.insert(keyFor(out, path.schema), extension);
        }
    }
    return out;
}

} // namespace sandbox
