#pragma once

#include "scimjson.h"

#include <QJsonObject>

namespace sandbox {

enum class ResourceKind { User, Group };

/// Applies a PatchOp message (RFC 7644 §3.5.2) to a stored resource. Lenient by default, as the
/// big service providers are: op names in any case, Entra's `"False"`, a `members` remove with a
/// value array, `manager` without its schema. Strict rejects what RFC 7643/7644 reject.
class PatchEngine
{
public:
    PatchEngine(ResourceKind kind, bool strict)
        : m_kind(kind)
        , m_strict(strict)
    { }

    /// Returns the patched resource; throws ScimFault on anything it refuses.
    QJsonObject apply(QJsonObject resource, const QJsonObject &message) const;

    /// Converts or rejects values whose type the RFC fixes (active is a boolean, manager a
    /// complex value); used for POST and PUT bodies too.
    QJsonValue normalise(const AttrPath &path, const QJsonValue &value) const;

    static bool isMultiValued(const QString &attribute);
    /// The schema's spelling of an attribute name given in any case.
    static QString canonicalName(const QString &name);

private:
    struct Target
    {
        AttrPath path;
        QString filter; ///< the text inside `[…]`, if any
        QString filterSubAttribute; ///< `value` in `emails[type eq "work"].value`
    };

    Target parseTarget(const QString &text) const;
    void checkKnown(const AttrPath &path) const;
    void applyPathless(QJsonObject &resource, const QString &op, const QJsonValue &value) const;
    void applyToPath(QJsonObject &resource, const QString &op, const Target &target, const QJsonValue &value,
                     bool hasValue) const;
    void applyToFiltered(QJsonObject &resource, const QString &op, const Target &target,
                         const QJsonValue &value) const;
    void set(QJsonObject &resource, const AttrPath &path, const QJsonValue &value, bool add) const;

    ResourceKind m_kind;
    bool m_strict;
};

} // namespace sandbox
