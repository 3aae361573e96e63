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
    QString externalId; ///< scim-console:<runId>:<n>, one per person as an IdP sends
    QString employeeNumber;
    QByteArray password; ///< Okta always sends one; random, never reported
    QString id; ///< once created
    /// A value for every source attribute an Entra ID or Okta mapping can read (Entra's names —
    /// jobTitle, city, mailNickname… — and Okta's — user.firstName…), realistic and clearly
    /// synthetic; mailNickname carries the marker, as externalId is mapped from it by default.
    QMap<QString, QString> sources;

    /// What verify-update reads back: SCIM target path → value (e.g. "name.familyName").
    QMap<QString, QString> expectedAfterUpdate;

    /// The run's marker, `scim-console:<runId>`; each person's externalId is the marker plus
    /// `:<n>`, so a service that keeps externalId unique takes every person of a burst.
    static QString marker(const QString &runId) { return QStringLiteral("scim-console:") + runId; }
    /// Whether @p externalId belongs to the run @p runId (also the one-per-run form of earlier
    /// versions, so their journals still clean up).
    static bool carriesMarker(const QString &externalId, const QString &runId);
    /// The @p n-th (1-based) synthetic person of the run.
    static PilotUser make(const QString &runId, const QString &domain, int n = 1);
    /// The source attribute @p name, empty when the person has none.
    QString source(const QString &name) const { return sources.value(name); }
    /// Sets a source attribute and the fields that mirror it (mail → email, surname → familyName…).
    void setSource(const QString &name, const QString &value);
};

} // namespace engine
