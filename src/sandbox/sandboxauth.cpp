#include "sandboxauth.h"

#include "serverconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <array>

namespace sandbox {

namespace {

using Header = QPair<QByteArray, QByteArray>;

constexpr std::array<const char *, 4> ModeNames {"bearer", "header", "basic", "oauth-client-credentials"};

const QByteArray BearerChallenge = "Bearer realm=\"scim-console sandbox\"";
const QByteArray BasicChallenge = "Basic realm=\"scim-console sandbox\", charset=\"UTF-8\"";

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// One application/x-www-form-urlencoded value: `+` is a space, then percent-decoding.
QString formDecode(QByteArray value)
{
    value.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
}

/// `user:password` from `Basic base64(…)`, or nullopt when the header holds nothing of the kind.
std::optional<QPair<QByteArray, QByteArray>> basicCredentials(const QByteArray &authorization)
{
    if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
    if (colon < 0)
        return std::nullopt;
    return QPair<QByteArray, QByteArray>(decoded.decoded.left(colon), decoded.decoded.mid(colon + 1));
}

/// RFC 6749 §5.2 allows only printable ASCII without `"` and `\` in error_description, so these
/// texts stay untranslated and whatever a client sent is reduced to that set.
QString describable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            c = QLatin1Char('?');
    }
    return out;
}

QList<Header> noStoreHeaders()
{
    return {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}, {"Pragma", "no-cache"}};
}

SandboxAuth::TokenAnswer oauthError(int status, const char *error, const QString &description)
{
    const QJsonObject body {{QStringLiteral("error"), QLatin1String(error)},
                            {QStringLiteral("error_description"), describable(description)}};
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), noStoreHeaders()};
}

QString sandboxText(const char *text)
{
    return QCoreApplication::translate("sandbox", text);
}

} // namespace

std::optional<AuthMode> parseAuthMode(QStringView name)
{
    for (std::size_t i = 0; i < ModeNames.size(); ++i) {
        if (name == QLatin1String(ModeNames.at(i)))
            return AuthMode(i);
    }
    return std::nullopt;
}

QString authModeName(AuthMode mode)
{
    return QLatin1String(ModeNames.at(std::size_t(mode)));
}

QStringList authModeNames()
{
    QStringList names;
    for (const char *name : ModeNames)
        names.append(QLatin1String(name));
    return names;
}

QByteArray randomSecret(const QByteArray &prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return prefix + base64Url(bytes);
}

SandboxAuth::SandboxAuth(const Settings &settings)
    : m_mode(settings.mode)
    , m_token(settings.token.isEmpty() ? randomSecret() : settings.token)
    , m_password(randomSecret())
    , m_clientSecret(randomSecret())
    , m_signingKey(randomSecret({}))
    , m_lifetimeSeconds(settings.accessTokenLifetimeSeconds)
    , m_jwt(settings.jwtAccessTokens)
{ }

QString SandboxAuth::username() const
{
    return QStringLiteral("scim-sandbox");
}

QString SandboxAuth::clientId() const
{
    return QStringLiteral("scim-sandbox-client");
}

void SandboxAuth::expireAccessTokens()
{
    for (QDeadlineTimer &deadline : m_accessTokens)
        deadline = QDeadlineTimer(0);
}

SandboxAuth::Verdict SandboxAuth::checkScimRequest(const QByteArray &authorization,
                                                   const Faults &faults) const
{
    const auto refuse = [](const char *detail, const QByteArray &challenge) {
        return Verdict {false, sandboxText(detail), challenge};
    };
    const bool bearer = authorization.startsWith("Bearer ");
    const QByteArray bearerValue = bearer ? authorization.mid(7) : QByteArray();
    switch (m_mode) {
    case AuthMode::Bearer:
        if (authorization.isEmpty())
            return faults.acceptNoToken
                ? Verdict {true}
                : refuse(QT_TRANSLATE_NOOP("sandbox", "No bearer token was sent."), BearerChallenge);
        if (bearerValue == m_token || (faults.acceptAnyToken && bearer))
            return {true};
        return refuse(QT_TRANSLATE_NOOP("sandbox", "The bearer token is not valid."), BearerChallenge);
    case AuthMode::Header:
        if (authorization.isEmpty())
            return faults.acceptNoToken
                ? Verdict {true}
                : refuse(QT_TRANSLATE_NOOP("sandbox", "No token was sent in the Authorization header."),
                         BearerChallenge);
        if (authorization == m_token || faults.acceptAnyToken)
            return {true};
        if (bearerValue == m_token)
            return refuse(
                QT_TRANSLATE_NOOP("sandbox",
                                  "The Authorization header must hold the token alone, without “Bearer ”."),
                BearerChallenge);
        return refuse(QT_TRANSLATE_NOOP("sandbox", "The token in the Authorization header is not valid."),
                      BearerChallenge);
    case AuthMode::Basic: {
        if (authorization.isEmpty())
            return faults.acceptNoToken
                ? Verdict {true}
                : refuse(QT_TRANSLATE_NOOP("sandbox", "No Basic credentials were sent."), BasicChallenge);
        const auto credentials = basicCredentials(authorization);
        if (faults.acceptAnyToken && authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0)
            return {true};
        if (!credentials)
            return refuse(
                QT_TRANSLATE_NOOP(
                    "sandbox",
                    "The Authorization header does not hold Basic credentials, base64 of user:password."),
                BasicChallenge);
        if (credentials->first == username().toUtf8() && credentials->second == m_password)
            return {true};
        return refuse(QT_TRANSLATE_NOOP("sandbox", "The user name or password is not valid."),
                      BasicChallenge);
    }
    case AuthMode::OAuthClientCredentials: {
        if (authorization.isEmpty())
            return faults.acceptNoToken
                ? Verdict {true}
                : refuse(QT_TRANSLATE_NOOP("sandbox", "No access token was sent."), BearerChallenge);
        if (faults.acceptAnyToken && bearer)
            return {true};
        if (!bearer)
            return refuse(
                QT_TRANSLATE_NOOP("sandbox", "The Authorization header does not hold a bearer access token."),
                BearerChallenge);
        const auto issued = m_accessTokens.constFind(bearerValue);
        if (issued != m_accessTokens.cend() && !issued->hasExpired())
            return {true};
        if (issued != m_accessTokens.cend())
            return refuse(QT_TRANSLATE_NOOP("sandbox", "The access token expired."),
                          "Bearer error=\"invalid_token\", error_description=\"The access token expired\"");
        return refuse(
            bearerValue == m_token ? QT_TRANSLATE_NOOP(
                "sandbox", "The sandbox token is not an access token here; get one from the token endpoint.")
                                   : QT_TRANSLATE_NOOP("sandbox", "The access token is not valid."),
            "Bearer error=\"invalid_token\", error_description=\"The access token is not valid\"");
    }
    }
    return {};
}

QJsonObject SandboxAuth::authenticationScheme() const
{
    const auto scheme = [](const char *type, const char *name, const char *description, const char *specUri) {
        QJsonObject object {{QStringLiteral("type"), QLatin1String(type)},
                            {QStringLiteral("name"), QLatin1String(name)},
                            {QStringLiteral("description"), QLatin1String(description)},
                            {QStringLiteral("primary"), true}};
        if (*specUri)
            object.insert(QStringLiteral("specUri"), QLatin1String(specUri));
        return object;
    };
    switch (m_mode) {
    case AuthMode::Header:
        return scheme("oauthbearertoken", "Token in the Authorization header",
                      "The secret token alone in the Authorization header, without a scheme", "");
    case AuthMode::Basic:
        return scheme("httpbasic", "HTTP Basic", "A user name and password (RFC 7617)",
                      "https://www.rfc-editor.org/rfc/rfc7617");
    case AuthMode::OAuthClientCredentials:
        return scheme("oauth2", "OAuth 2.0 client credentials",
                      "Short-lived access tokens from the token endpoint /oauth/token (RFC 6749 section 4.4)",
                      "https://www.rfc-editor.org/rfc/rfc6749");
    case AuthMode::Bearer:
        break;
    }
    return scheme("oauthbearertoken", "OAuth Bearer Token",
                  "A secret bearer token in the Authorization header", "");
}

SandboxAuth::TokenAnswer SandboxAuth::answerTokenRequest(const TokenRequest &request, const Faults &faults,
                                                         const QString &issuer, const QString &audience)
{
    if (faults.oauthStatus != 0)
        return oauthError(faults.oauthStatus, "server_error", QStringLiteral("Injected fault."));
    if (faults.oauthRedirectTo.isValid())
        return {307, {}, {{"Location", faults.oauthRedirectTo.toEncoded()}, {"Cache-Control", "no-store"}}};
    if (request.method != "POST") {
        TokenAnswer answer = oauthError(405, "invalid_request",
                                        QStringLiteral("The token endpoint takes POST requests only."));
        answer.headers.append(Header("Allow", "POST"));
        return answer;
    }
    if (request.contentType.split(';').constFirst().trimmed().toLower()
        != "application/x-www-form-urlencoded")
        return oauthError(400, "invalid_request",
                          QStringLiteral("The body must be application/x-www-form-urlencoded, not %1.")
                              .arg(request.contentType.isEmpty() ? QStringLiteral("untyped")
                                                                 : QString::fromLatin1(request.contentType)));

    QHash<QString, QString> form;
    for (const auto &[name, value] : decodeQuery(request.body)) {
        // RFC 6749 §3.2: parameters must not be included more than once.
        if (form.contains(name))
            return oauthError(400, "invalid_request",
                              QStringLiteral("The parameter %1 is repeated.").arg(name));
        form.insert(name, value);
    }
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return oauthError(400, "invalid_request", QStringLiteral("The grant_type parameter is missing."));

    // RFC 6749 §2.3: one client authentication method per request.
    const bool basicTried = !request.authorization.isEmpty();
    const bool formSecret = form.contains(QStringLiteral("client_secret"));
    if (basicTried && formSecret)
        return oauthError(
            400, "invalid_request",
            QStringLiteral("The client authenticated twice, with HTTP Basic and with client_secret "
                           "in the body; use one."));
    const bool formTried = formSecret || form.contains(QStringLiteral("client_id"));
    const auto refuseClient = [basicTried](const QString &description) {
        TokenAnswer answer = oauthError(401, "invalid_client", description);
        if (basicTried)
            answer.headers.append(Header("WWW-Authenticate", "Basic realm=\"sandbox\""));
        return answer;
    };
    QString id;
    QString secret;
    if (basicTried) {
        if (faults.oauthClientAuth == QLatin1String("form"))
            return refuseClient(QStringLiteral("This token endpoint takes client_id and client_secret in the "
                                               "body, not HTTP Basic."));
        const auto credentials = basicCredentials(request.authorization);
        if (!credentials)
            return refuseClient(QStringLiteral("The Authorization header does not hold HTTP Basic "
                                               "credentials, base64 of client_id:client_secret."));
        // RFC 6749 §2.3.1: each part is form-urlencoded before the two are joined.
        id = formDecode(credentials->first);
        secret = formDecode(credentials->second);
    } else if (formTried) {
        if (faults.oauthClientAuth == QLatin1String("basic"))
            return refuseClient(QStringLiteral("This token endpoint takes HTTP Basic client authentication, "
                                               "not client_id and client_secret in the body."));
        id = form.value(QStringLiteral("client_id"));
        secret = form.value(QStringLiteral("client_secret"));
    } else {
        return refuseClient(QStringLiteral("No client authentication was sent."));
    }
    if (id != clientId())
        return refuseClient(id.isEmpty() ? QStringLiteral("No client_id was sent.")
                                         : QStringLiteral("The client_id %1 is unknown.").arg(id));
    if (!faults.oauthAcceptAnySecret && secret.toUtf8() != m_clientSecret)
        return refuseClient(secret.isEmpty() ? QStringLiteral("No client secret was sent.")
                                             : QStringLiteral("The client secret is wrong."));

    if (grantType != QLatin1String("client_credentials"))
        return oauthError(
            400, "unsupported_grant_type",
            QStringLiteral("The grant type %1 is not supported; use client_credentials.").arg(grantType));
    const QString scope = form.value(QStringLiteral("scope")).trimmed();
    if (!faults.oauthScopes.isEmpty()) {
        for (const QString &asked : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!faults.oauthScopes.contains(asked))
                return oauthError(400, "invalid_scope",
                                  QStringLiteral("The scope %1 is not allowed; allowed: %2.")
                                      .arg(asked, faults.oauthScopes.join(QLatin1Char(' '))));
        }
    }

    QJsonObject body {
        {QStringLiteral("access_token"), QString::fromLatin1(issueAccessToken(issuer, audience, scope))},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), m_lifetimeSeconds}};
    if (!scope.isEmpty())
        body.insert(QStringLiteral("scope"), scope);
    return {200, QJsonDocument(body).toJson(QJsonDocument::Compact), noStoreHeaders()};
}

QByteArray SandboxAuth::issueAccessToken(const QString &issuer, const QString &audience, const QString &scope)
{
    QByteArray token;
    if (m_jwt) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("HS256")},
                                  {QStringLiteral("typ"), QStringLiteral("JWT")}};
        QJsonObject claims {{QStringLiteral("iss"), issuer},
                            {QStringLiteral("aud"), audience},
                            {QStringLiteral("sub"), clientId()},
                            {QStringLiteral("iat"), now},
                            {QStringLiteral("exp"), now + m_lifetimeSeconds},
                            {QStringLiteral("jti"), QString::fromLatin1(randomSecret({}))}};
        if (!scope.isEmpty())
            claims.insert(QStringLiteral("scope"), scope);
        const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        token = signingInput + '.'
            + base64Url(
                    QMessageAuthenticationCode::hash(signingInput, m_signingKey, QCryptographicHash::Sha256));
    } else {
        token = randomSecret("sandbox-at-");
    }
    m_accessTokens.insert(token, QDeadlineTimer(qint64(m_lifetimeSeconds) * 1000));
    ++m_grants;
    return token;
}

QByteArray SandboxAuth::maskFormSecrets(const QByteArray &body)
{
    QList<QByteArray> pairs = body.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        const QString name = formDecode(equals < 0 ? pair : pair.left(equals));
        if (name == QLatin1String("client_secret") || name == QLatin1String("password"))
            pair = pair.left(equals < 0 ? pair.size() : equals) + "=****";
    }
    return pairs.join('&');
}

} // namespace sandbox
