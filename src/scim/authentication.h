#pragma once

#include "common/secret.h"
#include "endpointurl.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace scim {

/// How the client proves who it is to the SCIM endpoint, as Entra ID and Okta offer it.
enum class AuthMode {
    Bearer, ///< `Authorization: Bearer <token>`: Entra's "Secret Token", Okta's bearer modes
    Header, ///< `Authorization: <token>`, no scheme word: Okta's "HTTP Header"
    Basic, ///< `Authorization: Basic base64(username:password)`: Okta's "Basic Auth"
    OAuthClientCredentials, ///< an access token from the vendor's token endpoint (RFC 6749 §4.4)
};

/// `bearer`, `header`, `basic`, `oauth-client-credentials`: the names of the command line, the
/// profile file and the JSON result.
QString authModeName(AuthMode mode);
std::optional<AuthMode> parseAuthMode(QStringView name);
QStringList authModeNames();

/// How an OAuth client authenticates to the token endpoint (RFC 6749 §2.3.1).
enum class ClientAuthMethod {
    Basic, ///< client_id:client_secret in an HTTP Basic header (what every server must accept)
    Form, ///< client_id and client_secret as form fields
};
QString clientAuthMethodName(ClientAuthMethod method); ///< `basic`, `form`
std::optional<ClientAuthMethod> parseClientAuthMethod(QStringView name);

/// Everything about getting in except where the endpoint is. The one secret of the mode — the
/// token, the password or the client secret — is held as a common::Secret and never copied; an
/// access token obtained with it lives only in the client's memory.
struct Authentication
{
    AuthMode mode = AuthMode::Bearer;
    common::Secret secret; ///< bearer/header: the token; basic: the password; OAuth: the client secret
    QString username; ///< basic
    EndpointUrl tokenEndpoint; ///< OAuth
    QString clientId; ///< OAuth
    QString scope; ///< OAuth, optional
    /// OAuth: how to authenticate to the token endpoint; nullopt: HTTP Basic first, form fields
    /// when Basic is refused.
    std::optional<ClientAuthMethod> clientAuth;

    /// The `Authorization` value for @p secret in this mode; for OAuth, @p secret is the access
    /// token. Empty for an empty secret.
    QByteArray authorization(QByteArrayView secret) const;
    /// What is missing or wrong for the mode (an empty username, a missing token endpoint), as a
    /// sentence; empty when nothing is.
    QString problem() const;
};

/// `base64(user ":" password)` for an HTTP Basic header (RFC 7617); OAuth clients first
/// form-urlencode both parts (RFC 6749 §2.3.1), which @p formEncode asks for.
QByteArray basicCredential(const QString &user, QByteArrayView password, bool formEncode = false);

} // namespace scim
