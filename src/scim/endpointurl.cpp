#include "endpointurl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace scim {

QString EndpointUrl::sentPath(const QUrl &url)
{
    // What QHttpNetworkRequest puts on the request line (it normalises any non-empty path).
    if (url.path().isEmpty())
        return {};
    return QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveQuery
                                             | QUrl::RemoveFragment | QUrl::FullyEncoded
                                             | QUrl::NormalizePathSegments));
}

EndpointUrl EndpointUrl::parse(const QString &text)
{
    EndpointUrl endpoint;
    endpoint.m_input = text.trimmed();
    if (endpoint.m_input.isEmpty())
        return endpoint;

    const QUrl url(endpoint.m_input, QUrl::StrictMode);
    endpoint.m_url = url;
    const QString scheme = url.scheme().toLower();
    const bool webScheme = scheme == QLatin1String("https") || scheme == QLatin1String("http");
    if (!url.isValid() || url.host().isEmpty()) {
        endpoint.m_problem
            = !scheme.isEmpty() && !webScheme ? Problem::UnsupportedScheme : Problem::Malformed;
        return endpoint;
    }
    if (!webScheme) {
        endpoint.m_problem = Problem::UnsupportedScheme;
        return endpoint;
    }
    if (!url.userInfo().isEmpty()) {
        endpoint.m_problem = Problem::UserInfo;
        return endpoint;
    }
    if (url.hasFragment()) {
        endpoint.m_problem = Problem::Fragment;
        return endpoint;
    }
    static const QStringList secretKeys {
        QStringLiteral("access_token"),  QStringLiteral("token"),     QStringLiteral("auth"),
        QStringLiteral("authorization"), QStringLiteral("api_key"),   QStringLiteral("apikey"),
        QStringLiteral("api-key"),       QStringLiteral("key"),       QStringLiteral("secret"),
        QStringLiteral("client_secret"), QStringLiteral("password"),  QStringLiteral("pwd"),
        QStringLiteral("sig"),           QStringLiteral("signature"), QStringLiteral("code"),
        QStringLiteral("bearer"),        QStringLiteral("session")};
    const QStringList items = url.query(QUrl::FullyDecoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        if (secretKeys.contains(key, Qt::CaseInsensitive)) {
            endpoint.m_problem = Problem::SecretInQuery;
            endpoint.m_secretKey = key;
            endpoint.m_url = QUrl(); // never shown again: it holds the secret
            endpoint.m_input.clear();
            return endpoint;
        }
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        endpoint.m_problem = Problem::PlainHttpToRemoteHost;
        return endpoint;
    }
    // The network stack sends a path with its dot segments resolved (and Qt 6.4 also drops an
    // inner two-character segment such as ".d", even a last one once a resource follows it): a
    // base path it would change, alone or with …/Users after it, is refused here, since every
    // request built on it would go somewhere else.
    QUrl normalised = url;
    QString path = normalised.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalised.setPath(path, QUrl::StrictMode);
    QUrl probe = normalised;
    probe.setPath(path + QLatin1String("/Users"), QUrl::StrictMode);
    QString sent = sentPath(url);
    if (sent == url.path(QUrl::FullyEncoded) && sentPath(probe) != probe.path(QUrl::FullyEncoded)) {
        sent = sentPath(probe);
        sent.chop(qsizetype(sizeof("/Users") - 1));
    }
    if (sent != url.path(QUrl::FullyEncoded)) {
        endpoint.m_problem = Problem::PathChangedOnTheWay;
        endpoint.m_sentPath = sent;
        return endpoint;
    }
    endpoint.m_url = normalised;
    endpoint.m_problem = Problem::None;
    return endpoint;
}

QString EndpointUrl::message() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("scim", "The endpoint URL is empty.");
    case Problem::Malformed:
        //: %1 is the endpoint URL as entered
        return QCoreApplication::translate("scim",
                                           "“%1” is not a complete URL; it should look like "
                                           "https://example.com/scim/v2.")
            .arg(m_input);
    case Problem::UnsupportedScheme:
        return QCoreApplication::translate("scim", "The endpoint URL must start with https://.");
    case Problem::PlainHttpToRemoteHost:
        //: %1 is the endpoint's host name; "token" is the SCIM bearer token or secret
        return QCoreApplication::translate("scim",
                                           "The endpoint URL uses plain http:// to %1; the token would "
                                           "travel unencrypted. Use https://.")
            .arg(m_url.host());
    case Problem::UserInfo:
        return QCoreApplication::translate("scim",
                                           "The endpoint URL contains a user name or password before "
                                           "the host; remove it — the token is sent separately.");
    case Problem::Fragment:
        return QCoreApplication::translate("scim", "The endpoint URL contains a “#” fragment; remove it.");
    case Problem::PathChangedOnTheWay:
        //: %1 is the URL's path as entered, %2 the path it would be sent as
        return QCoreApplication::translate(
                   "scim",
                   "The endpoint URL's path “%1” would be sent as “%2”: it has “.” or "
                   "“..” segments, or short ones that start with a dot. Use the URL exactly as "
                   "the service provider sent it.")
            .arg(m_url.path(QUrl::FullyEncoded), m_sentPath);
    case Problem::SecretInQuery:
        //: %1 is a URL query key such as access_token
        return QCoreApplication::translate("scim",
                                           "The endpoint URL carries a secret in its query (%1=…). The token "
                                           "is sent in the Authorization header, never in the URL: remove "
                                           "“?%1=…” and give the token separately.")
            .arg(m_secretKey);
    }
    return {};
}

EndpointUrl::Advice EndpointUrl::advice() const
{
    Advice advice;
    if (!isValid())
        return advice;
    const QString path = m_url.path();
    for (const char *resource : {"/Users", "/Groups"}) {
        if (path.endsWith(QLatin1String(resource), Qt::CaseInsensitive)) {
            advice.level = Advice::Level::Problem;
            //: %1 is /Users or /Groups
            advice.message = QCoreApplication::translate("scim",
                                                         "The URL ends in %1; identity providers add that "
                                                         "themselves.")
                                 .arg(QLatin1String(resource));
            //: %1 is the resource name the URL ends in, e.g. /Users
            advice.fix = QCoreApplication::translate("scim",
                                                     "Remove %1 from the end: the base URL usually ends "
                                                     "in /scim/v2.")
                             .arg(QLatin1String(resource));
            return advice;
        }
    }
    if (!isLoopback() && !path.contains(QLatin1String("scim"), Qt::CaseInsensitive)) {
        advice.level = Advice::Level::Warning;
        //: %1 is the endpoint URL's path, e.g. /api/v1
        advice.message = QCoreApplication::translate("scim", "The path “%1” does not mention scim.")
                             .arg(path.isEmpty() ? QStringLiteral("/") : path);
        advice.fix = QCoreApplication::translate(
            "scim", "The path usually ends in /scim/v2; check the URL against the message you received.");
    }
    return advice;
}

bool EndpointUrl::isLoopback() const
{
    return isLoopbackHost(m_url.host());
}

bool EndpointUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl EndpointUrl::resolve(const QString &relativePath, const QString &encodedQuery) const
{
    QUrl url = m_url;
    QString path = url.path(QUrl::FullyEncoded);
    QString relative = relativePath;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    if (!relative.isEmpty())
        path += QLatin1Char('/') + relative;
    url.setPath(path, QUrl::StrictMode);

    QString query = m_url.query(QUrl::FullyEncoded);
    if (!encodedQuery.isEmpty())
        query = query.isEmpty() ? encodedQuery : query + QLatin1Char('&') + encodedQuery;
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace scim
