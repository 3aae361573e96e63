#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace request {

struct Vendor;

/// The setup request an admin sends the service provider (the seed's checklist): tenant
/// location (if relevant), tenant name, tenant subdomain, and the named contact who receives the
/// endpoint URL and token.
struct SetupRequest
{
    Q_DECLARE_TR_FUNCTIONS(request::SetupRequest)

public:
    enum class Field { Idp, TenantLocation, TenantName, TenantSubdomain, ContactName, ContactEmail };

    QString idp; ///< "entra", "okta" or empty
    QString tenantLocation;
    QString tenantName;
    QString tenantSubdomain;
    QString contactName;
    QString contactEmail;

    struct Problem
    {
        Field field;
        QString message;
    };

    /// Every field's problem, in form order; empty when the request can be sent.
    QList<Problem> problems() const;

    /// One field's problem as the form shows it beside the field; empty when it is fine.
    static QString check(Field field, const QString &value);
    static QString fieldName(Field field); ///< the JSON name, e.g. "tenantSubdomain"

    /// The architecture's JSON shape; `idp` and `tenantLocation` only when set.
    QJsonObject toJson() const;
    /// Reads the JSON shape; unknown members and wrong types are named in @p error.
    static SetupRequest fromJson(const QJsonObject &json, QString *error);
};

/// "Microsoft Entra ID" for entra, "Okta" for okta: product names, not translated.
QString idpDisplayName(const QString &idp);

/// The request as the vendor wants it: subject, body, a mailto: URL, plain text.
class RequestRenderer
{
public:
    explicit RequestRenderer(const Vendor &vendor)
        : m_vendor(vendor)
    { }

    QString subject(const SetupRequest &request) const;
    QString body(const SetupRequest &request) const;
    /// "To:", "Subject:" and the body, for copying or saving.
    QString text(const SetupRequest &request) const;
    /// mailto: per RFC 6068 (every reserved character percent-encoded, line breaks as %0D%0A).
    QUrl mailto(const SetupRequest &request) const;

private:
    const Vendor &m_vendor;
};

} // namespace request
