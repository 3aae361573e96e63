#include "setuprequest.h"

#include "common/idp.h"
#include "vendor.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

namespace request {

namespace {

bool hasControlCharacters(const QString &value)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

/// A free-text field: @p empty is the message when it is required and missing.
QString checkText(const QString &value, const QString &empty)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return empty;
    if (hasControlCharacters(value))
        return SetupRequest::tr("This contains an invisible control character; retype it.");
    if (trimmed.size() > 100)
        return SetupRequest::tr("This is longer than 100 characters.");
    return {};
}

QString checkSubdomain(const QString &value)
{
    const QString label = value.trimmed();
    if (label.isEmpty())
        return SetupRequest::tr("Enter the tenant subdomain: the first part of your tenant's web address.");
    if (label.contains(QLatin1String("://")))
        return SetupRequest::tr("Enter only the subdomain, not a whole web address: for "
                                "https://acme.example.com that is “acme”.");
    if (label.contains(QLatin1Char('.')))
        return SetupRequest::tr(
            "Enter only the first part of the host name: for acme.example.com that is “acme”.");
    if (label.size() > 63)
        return SetupRequest::tr("A subdomain has at most 63 characters.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!allowed.match(label).hasMatch())
        return SetupRequest::tr("A subdomain uses only letters a–z, digits and hyphens.");
    if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return SetupRequest::tr("A subdomain cannot start or end with a hyphen.");
    return {};
}

QString checkEmail(const QString &value)
{
    const QString email = value.trimmed();
    if (email.isEmpty())
        return SetupRequest::tr("Enter the named contact's email address.");
    if (hasControlCharacters(value) || email.contains(QLatin1Char(' ')))
        return SetupRequest::tr("An email address has no spaces.");
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || email.count(QLatin1Char('@')) != 1)
        return SetupRequest::tr("An email address looks like name@example.com, with one “@”.");
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    if (local.size() > 64 || email.size() > 254)
        return SetupRequest::tr("That email address is too long.");
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return SetupRequest::tr(
            "The part before “@” cannot start or end with a dot, or have two dots in a row.");
    const QStringList labels = domain.split(QLatin1Char('.'));
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (labels.size() < 2)
        return SetupRequest::tr("The part after “@” needs a dot, as in example.com.");
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            //: %1 is the domain part of the email address entered
            return SetupRequest::tr("The part after “@” (%1) is not a valid domain name.").arg(domain);
    }
    return {};
}

QString fieldLabel(const Vendor &vendor, const QString &field, const char *fallback)
{
    return vendor.fieldLabels.value(field, QString::fromLatin1(fallback));
}

} // namespace

QString idpDisplayName(const QString &idp)
{
    const std::optional<common::Idp> known = common::idpFromName(idp);
    return known ? common::idpDisplayName(*known) : idp;
}

QString SetupRequest::check(Field field, const QString &value)
{
    switch (field) {
    case Field::Idp:
        return value.isEmpty() || common::idpFromName(value)
            ? QString()
            //: %1 is the value entered; keep "entra" and "okta" as they are
            : tr("The identity provider is “entra” or “okta”, not “%1”.").arg(value);
    case Field::TenantLocation:
        return checkText(value, {});
    case Field::TenantName:
        return checkText(value, tr("Enter your tenant's name."));
    case Field::TenantSubdomain:
        return checkSubdomain(value);
    case Field::ContactName:
        return checkText(value, tr("Enter the name of the person who should receive the credentials."));
    case Field::ContactEmail:
        return checkEmail(value);
    }
    return {};
}

QString SetupRequest::fieldName(Field field)
{
    switch (field) {
    case Field::Idp:
        return QStringLiteral("idp");
    case Field::TenantLocation:
        return QStringLiteral("tenantLocation");
    case Field::TenantName:
        return QStringLiteral("tenantName");
    case Field::TenantSubdomain:
        return QStringLiteral("tenantSubdomain");
    case Field::ContactName:
        return QStringLiteral("contactName");
    case Field::ContactEmail:
        return QStringLiteral("contactEmail");
    }
    return {};
}

QList<SetupRequest::Problem> SetupRequest::problems() const
{
    QList<Problem> out;
    const std::pair<Field, const QString *> fields[] = {
        {Field::Idp, &idp},
        {Field::TenantLocation, &tenantLocation},
        {Field::TenantName, &tenantName},
        {Field::TenantSubdomain, &tenantSubdomain},
        {Field::ContactName, &contactName},
        {Field::ContactEmail, &contactEmail},
    };
    for (const auto &[field, value] : fields) {
        const QString message = check(field, *value);
        if (!message.isEmpty())
            out.append({field, message});
    }
    return out;
}

QJsonObject SetupRequest::toJson() const
{
    QJsonObject json {{QStringLiteral("tenantName"), tenantName.trimmed()},
                      {QStringLiteral("tenantSubdomain"), tenantSubdomain.trimmed().toLower()},
                      {QStringLiteral("contactName"), contactName.trimmed()},
                      {QStringLiteral("contactEmail"), contactEmail.trimmed()}};
    if (!idp.isEmpty())
        json.insert(QStringLiteral("idp"), idp);
    if (!tenantLocation.trimmed().isEmpty())
        json.insert(QStringLiteral("tenantLocation"), tenantLocation.trimmed());
    return json;
}

SetupRequest SetupRequest::fromJson(const QJsonObject &json, QString *error)
{
    SetupRequest request;
    const std::pair<const char *, QString *> fields[] = {
        {"idp", &request.idp},
        {"tenantLocation", &request.tenantLocation},
        {"tenantName", &request.tenantName},
        {"tenantSubdomain", &request.tenantSubdomain},
        {"contactName", &request.contactName},
        {"contactEmail", &request.contactEmail},
    };
    QStringList known;
    for (const auto &[name, target] : fields) {
        known.append(QLatin1String(name));
        const QJsonValue value = json.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString()) {
            //: %1 is a field name in the setup request's JSON, e.g. tenantName
            *error = tr("“%1” must be a string.").arg(QLatin1String(name));
            return {};
        }
        *target = value.toString();
    }
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            //: %1 is the unknown JSON field name, %2 a comma-separated list of the known ones
            *error = tr("“%1” is not a field of a setup request (expected: %2).")
                         .arg(it.key(), known.join(QLatin1String(", ")));
            return {};
        }
    }
    return request;
}

QString RequestRenderer::subject(const SetupRequest &request) const
{
    QString subject = m_vendor.requestSubject;
    return subject.replace(QLatin1String("{tenantName}"), request.tenantName.trimmed());
}

QString RequestRenderer::body(const SetupRequest &request) const
{
    QStringList lines {m_vendor.requestIntro, QString()};
    const auto line = [&](const QString &field, const char *fallback, const QString &value) {
        lines.append(QStringLiteral("- %1: %2").arg(fieldLabel(m_vendor, field, fallback), value));
    };
    if (m_vendor.tenantLocationRelevant && !request.tenantLocation.trimmed().isEmpty())
        line(QStringLiteral("tenantLocation"), "Tenant location", request.tenantLocation.trimmed());
    line(QStringLiteral("tenantName"), "Tenant name", request.tenantName.trimmed());
    line(QStringLiteral("tenantSubdomain"), "Tenant subdomain", request.tenantSubdomain.trimmed().toLower());
    line(QStringLiteral("contactName"), "Named contact", request.contactName.trimmed());
    line(QStringLiteral("contactEmail"), "Named contact's email", request.contactEmail.trimmed());
    if (!request.idp.isEmpty())
        line(QStringLiteral("idp"), "Identity provider", idpDisplayName(request.idp));
    lines.append(QString());
    lines.append(m_vendor.requestOutro);
    return lines.join(QLatin1Char('\n'));
}

QString RequestRenderer::text(const SetupRequest &request) const
{
    //: %1 is the support team, %2 its email, %3 the subject, %4 the mail body; keep To: and Subject:
    return SetupRequest::tr("To: %1 <%2>\nSubject: %3\n\n%4\n")
        .arg(m_vendor.supportName, m_vendor.supportEmail, subject(request), body(request));
}

QUrl RequestRenderer::mailto(const SetupRequest &request) const
{
    const auto encode = [](const QString &value) {
        QString withCrLf = value;
        withCrLf.replace(QLatin1String("\r\n"), QLatin1String("\n"))
            .replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        return QString::fromLatin1(QUrl::toPercentEncoding(withCrLf));
    };
    const QString encoded = QStringLiteral("mailto:%1?subject=%2&body=%3")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_vendor.supportEmail, "@")),
                                     encode(subject(request)), encode(body(request)));
    return QUrl(encoded, QUrl::StrictMode);
}

} // namespace request
