#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace request {

/// What one SCIM service provider wants in a setup request, and how it answers: read from
/// resources/vendors/<id>.json, never written in code.
struct Vendor
{
    struct Step
    {
        QString title;
        QString text;
    };

    QString id;
    QString name;
    QString supportName;
    QString supportEmail;
    QStringList supportedIdps;
    /// How the vendor's endpoint authenticates IdPs (scim::AuthMode names: bearer, header, basic,
    /// oauth-client-credentials); when the file says nothing: bearer.
    QStringList authModes;
    QString defaultAuthMode; ///< one of authModes
    /// OAuth: how the vendor's token endpoint wants the client to authenticate (basic or form);
    /// empty: try HTTP Basic, then form fields.
    QString oauthClientAuthentication;
    bool tenantLocationRelevant = false;
    QStringList tenantLocations;
    QStringList expectedEndpointHosts; ///< exact hosts, or "*.domain" for any sub-domain
    QString requestSubject; ///< may use {tenantName}
    QString requestIntro;
    QString requestOutro;
    QMap<QString, QString> fieldLabels; ///< by SetupRequest field name
    QString credentialsReminder;
    QList<Step> steps;
    QString scimAndSso;

    /// Loads :/vendors/<id>.json (embedded) or a file path; on failure returns an empty vendor
    /// and a sentence in @p error.
    static Vendor load(const QString &idOrPath, QString *error);
    /// The default vendor, SureCloud.
    static const Vendor &defaultVendor();

    bool isValid() const { return !id.isEmpty(); }
    /// Whether @p host is one of the hosts this vendor's endpoints live on.
    bool isExpectedHost(const QString &host) const;
    /// Whether the vendor says its endpoint takes @p mode (an empty mode is bearer).
    bool supportsAuthMode(const QString &mode) const;
};

} // namespace request
