#include "authentication.h"

#include <QCoreApplication>
#include <QUrl>

namespace scim {

namespace {

struct ModeName
{
    AuthMode mode;
    const char *name;
};

constexpr ModeName modeNames[] = {
    {AuthMode::Bearer, "bearer"},
    {AuthMode::Header, "header"},
    {AuthMode::Basic, "basic"},
    {AuthMode::OAuthClientCredentials, "oauth-client-credentials"},
};

/// application/x-www-form-urlencoded, as RFC 6749 Appendix B asks for each credential part.
QByteArray formEncoded(QByteArrayView value)
{
    QByteArray encoded = QByteArray(value.data(), value.size()).toPercentEncoding(" ");
    encoded.replace(' ', '+');
    return encoded;
}

} // namespace

QString authModeName(AuthMode mode)
{
    for (const ModeName &known : modeNames) {
        if (known.mode == mode)
            return QString::fromLatin1(known.name);
    }
    return {};
}

std::optional<AuthMode> parseAuthMode(QStringView name)
{
    for (const ModeName &known : modeNames) {
        if (name == QLatin1String(known.name))
            return known.mode;
    }
    return std::nullopt;
}

QStringList authModeNames()
{
    QStringList names;
    for (const ModeName &known : modeNames)
        names.append(QString::fromLatin1(known.name));
    return names;
}

QString clientAuthMethodName(ClientAuthMethod method)
{
    return method == ClientAuthMethod::Basic ? QStringLiteral("basic") : QStringLiteral("form");
}

std::optional<ClientAuthMethod> parseClientAuthMethod(QStringView name)
{
    if (name == QLatin1String("basic"))
        return ClientAuthMethod::Basic;
    if (name == QLatin1String("form"))
        return ClientAuthMethod::Form;
    return std::nullopt;
}

QByteArray basicCredential(const QString &user, QByteArrayView password, bool formEncode)
{
    QByteArray pair = formEncode ? formEncoded(user.toUtf8()) : user.toUtf8();
    pair += ':';
    pair += formEncode ? formEncoded(password) : QByteArray(password.data(), password.size());
    QByteArray encoded = pair.toBase64();
    common::Secret::wipe(pair);
    return encoded;
}

QByteArray Authentication::authorization(QByteArrayView value) const
{
    if (value.isEmpty())
        return {};
    switch (mode) {
    case AuthMode::Bearer:
    case AuthMode::OAuthClientCredentials:
        return "Bearer " + value.toByteArray();
    case AuthMode::Header:
        return value.toByteArray();
    case AuthMode::Basic:
        return "Basic " + basicCredential(username, value);
    }
    return {};
}

QString Authentication::problem() const
{
    switch (mode) {
    case AuthMode::Bearer:
    case AuthMode::Header:
        return {};
    case AuthMode::Basic:
        if (username.trimmed().isEmpty())
            return QCoreApplication::translate("scim", "Basic authentication needs a username.");
        if (username.contains(QLatin1Char(':')))
            return QCoreApplication::translate(
                "scim",
                "The username must not contain a colon: Basic authentication could not tell "
                "where it ends.");
        return {};
    case AuthMode::OAuthClientCredentials:
        if (clientId.trimmed().isEmpty())
            return QCoreApplication::translate("scim", "OAuth client credentials need a client id.");
        if (tokenEndpoint.problem() == EndpointUrl::Problem::Empty)
            return QCoreApplication::translate("scim", "OAuth client credentials need a token endpoint URL.");
        if (!tokenEndpoint.isValid())
            //: %1 says what is wrong with the URL
            return QCoreApplication::translate("scim", "The token endpoint URL cannot be used: %1")
                .arg(tokenEndpoint.message());
        return {};
    }
    return {};
}

} // namespace scim
