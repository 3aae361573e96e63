#include "endpointurl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace scim {

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
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        endpoint.m_problem = Problem::PlainHttpToRemoteHost;
        return endpoint;
    }
    QUrl normalised = url;
    QString path = normalised.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalised.setPath(path, QUrl::StrictMode);
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
        return QCoreApplication::translate("scim",
                                           "“%1” is not a complete URL; it should look like "
                                           "https://example.com/scim/v2.")
            .arg(m_input);
    case Problem::UnsupportedScheme:
        return QCoreApplication::translate("scim", "The endpoint URL must start with https://.");
    case Problem::PlainHttpToRemoteHost:
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
    }
    return {};
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
