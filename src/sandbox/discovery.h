#pragma once

#include <QJsonObject>

namespace sandbox {

/// The sandbox's discovery documents (RFC 7643 §5–§7), with locations under @p base.
QJsonObject serviceProviderConfig(const QString &base);
QJsonObject resourceTypes(const QString &base);
QJsonObject schemas(const QString &base);
/// One schema or resource type by id, or an empty object.
QJsonObject schemaById(const QString &base, const QString &id);
QJsonObject resourceTypeById(const QString &base, const QString &id);

} // namespace sandbox
