#pragma once

#include "attributefilter.h"
#include "patchengine.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace sandbox {

class FilterExpression;

/// The sandbox tenant's users and groups, in memory, in creation order. Every method that can
/// refuse throws ScimFault; what it returns is the stored resource, with meta, never a password.
class ResourceStore
{
public:
    explicit ResourceStore(bool strict = false)
        : m_strict(strict)
    { }

    /// The base every meta.location starts with, e.g. http://127.0.0.1:8080/scim/v2.
    void setLocationBase(const QString &base) { m_locationBase = base; }
    bool isStrict() const { return m_strict; }

    QJsonObject create(ResourceKind kind, const QJsonObject &body);
    /// The next users created get these ids, in turn, instead of random ones: a hostile or merely
    /// unusual service ("../Groups/x", "a b", a userName as the id), for the console's tests.
    void setNextUserIds(const QStringList &ids) { m_nextUserIds = ids; }
    /// Keep externalId unique among users too, as some services do.
    void setUniqueExternalId(bool unique) { m_uniqueExternalId = unique; }
    /// The User attributes this tenant drops or refuses; a change applies to the writes that
    /// follow (stored users keep what they have).
    AttributeFilter &attributeFilter() { return m_attributeFilter; }
    const AttributeFilter &attributeFilter() const { return m_attributeFilter; }
    QJsonObject get(ResourceKind kind, const QString &id) const;
    QList<QJsonObject> list(ResourceKind kind, const FilterExpression *filter) const;
    QJsonObject replace(ResourceKind kind, const QString &id, const QJsonObject &body);
    QJsonObject patch(ResourceKind kind, const QString &id, const QJsonObject &message);
    void remove(ResourceKind kind, const QString &id);
    qsizetype count(ResourceKind kind) const { return m_resources[index(kind)].size(); }

    /// The resource as a client sees it: no password, projected per RFC 7644 §3.9.
    static QJsonObject present(const QJsonObject &resource, const QStringList &attributes = {},
                               const QStringList &excludedAttributes = {});

private:
    static int index(ResourceKind kind) { return kind == ResourceKind::User ? 0 : 1; }
    QJsonObject prepare(ResourceKind kind, QJsonObject body, const QString &id,
                        const QJsonObject &previousMeta) const;
    void checkUnique(ResourceKind kind, const QJsonObject &resource, const QString &exceptId) const;
    QJsonObject &find(ResourceKind kind, const QString &id);
    QJsonObject store(ResourceKind kind, QJsonObject resource);

    bool m_strict;
    QString m_locationBase;
    quint64 m_sequence = 0;
    QMap<quint64, QJsonObject> m_resources[2]; ///< by creation sequence: stable list order
    QHash<QString, quint64> m_ids[2];
    QStringList m_nextUserIds;
    bool m_uniqueExternalId = false;
    AttributeFilter m_attributeFilter;
};

} // namespace sandbox
