#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The sandbox's own view of SCIM JSON. It deliberately shares nothing with src/scim/, so that a
// mistake in the client's builders cannot be mirrored by the server that tests them.
namespace sandbox {

inline const QString CoreUserUrn = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
inline const QString CoreGroupUrn = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
inline const QString EnterpriseUrn
    = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
inline const QString ListUrn = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
inline const QString ErrorUrn = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
inline const QString PatchUrn = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");

/// A request the sandbox refuses, as a SCIM Error (RFC 7644 §3.12).
struct ScimFault
{
    int status = 400;
    QString scimType;
    QString detail;
};

/// `attribute`, `attribute.sub`, `urn:…:attribute.sub` — an attribute path without a filter.
struct AttrPath
{
    QString schema; ///< an extension's URN, or empty for the core schema
    QString attribute;
    QString subAttribute;

    static AttrPath parse(const QString &text);
    QString toString() const;
};

/// The key in @p object naming @p name case-insensitively (attribute names are), or @p name.
QString keyFor(const QJsonObject &object, const QString &name);

/// The object holding @p path's attribute: the resource, or its extension object.
QJsonObject containerOf(const QJsonObject &resource, const AttrPath &path);

/// Whether an attribute's string values compare case-sensitively (RFC 7643 caseExact).
bool isCaseExact(const AttrPath &path);

} // namespace sandbox
