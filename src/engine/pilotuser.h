#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace engine {

/// A synthetic pilot user: only ever these are written. Its externalId carries the run's marker,
/// which is what cleanup checks before deleting anything.
struct PilotUser
{
    QString userName; ///< scim-pilot-<random>@<domain>
    QString givenName;
    QString familyName;
    QString displayName;
    QString email;
    QString externalId; ///< scim-console:<runId>
    QString employeeNumber;
    QByteArray password; ///< Okta always sends one; random, never reported
    QString id; ///< once created

    /// What verify-update reads back: attribute path → value (e.g. "name.familyName").
    QMap<QString, QString> expectedAfterUpdate;

    static QString marker(const QString &runId) { return QStringLiteral("scim-console:") + runId; }
    static PilotUser make(const QString &runId, const QString &domain);
};

/// Reads a simple attribute path ("userName", "name.familyName", "emails.work",
/// "enterprise.employeeNumber") from a User resource, for comparisons.
QString userValue(const QJsonObject &user, const QString &path);

} // namespace engine
