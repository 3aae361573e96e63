#pragma once

#include "faults.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sandbox {

/// How a client authenticates to the sandbox's SCIM endpoint, after what Entra ID and Okta offer.
enum class AuthMode {
    Bearer, ///< `Authorization: Bearer <token>` (Entra ID's secret token, Okta's OAuth 2 bearer)
    Header, ///< `Authorization: <token>`, no scheme (Okta's "HTTP Header")
    Basic, ///< `Authorization: Basic base64(user:password)` (Okta's "Basic Auth")
    OAuthClientCredentials, ///< access tokens from POST /oauth/token (RFC 6749 §4.4)
};

/// `bearer`, `header`, `basic` or `oauth-client-credentials`; anything else is nullopt.
std::optional<AuthMode> parseAuthMode(QStringView name);
QString authModeName(AuthMode mode);
/// Every name parseAuthMode() accepts, in enum order.
QStringList authModeNames();

/// The sandbox's credentials and the checks on them: the Authorization header of SCIM requests,
/// and the OAuth 2 token endpoint that issues short-lived access tokens in client-credentials mode.
class SandboxAuth
{
public:
    struct Settings
    {
        AuthMode mode = AuthMode::Bearer;
        QByteArray token; ///< empty: a random one
        int accessTokenLifetimeSeconds = 3600;
        bool jwtAccessTokens = false;
    };

    /// Whether a SCIM request may go on; if not, why, and the WWW-Authenticate value for its 401.
    struct Verdict
    {
        bool accepted = false;
        QString detail {};
        QByteArray challenge {};
    };

    /// A token endpoint answer; the content type is in headers (absent for a body-less redirect).
    struct TokenAnswer
    {
        int status = 200;
        QByteArray body {};
        QList<QPair<QByteArray, QByteArray>> headers {};
    };

    /// What the token endpoint saw of a request.
    struct TokenRequest
    {
        QByteArray method;
        QByteArray contentType;
        QByteArray authorization;
        QByteArray body;
    };

    explicit SandboxAuth(const Settings &settings);

    AuthMode mode() const { return m_mode; }
    QByteArray token() const { return m_token; }
    QString username() const;
    QByteArray password() const { return m_password; }
    QString clientId() const;
    QByteArray clientSecret() const { return m_clientSecret; }
    int accessTokenLifetimeSeconds() const { return m_lifetimeSeconds; }
    int grantsIssued() const { return m_grants; }
    /// Every access token issued so far is expired from now on.
    void expireAccessTokens();

    /// The SCIM endpoint's check of an Authorization header (empty when none was sent).
    Verdict checkScimRequest(const QByteArray &authorization, const Faults &faults) const;
    /// RFC 7643 §5 authenticationSchemes entry for the mode.
    QJsonObject authenticationScheme() const;
    /// Answers a request to the token endpoint; @p issuer is the server's origin, @p audience its
    /// SCIM endpoint, both named in JWT access tokens.
    TokenAnswer answerTokenRequest(const TokenRequest &request, const Faults &faults, const QString &issuer,
                                   const QString &audience);

    /// A form-urlencoded body with the values of `client_secret` and `password` replaced by `****`.
    static QByteArray maskFormSecrets(const QByteArray &body);

private:
    QByteArray issueAccessToken(const QString &issuer, const QString &audience, const QString &scope);

    AuthMode m_mode;
    QByteArray m_token;
    QByteArray m_password;
    QByteArray m_clientSecret;
    QByteArray m_signingKey;
    int m_lifetimeSeconds;
    bool m_jwt;
    int m_grants = 0;
    QHash<QByteArray, QDeadlineTimer> m_accessTokens;
};

/// Random text for a secret: @p prefix and 43 base64url characters.
QByteArray randomSecret(const QByteArray &prefix = "sandbox-");

} // namespace sandbox
