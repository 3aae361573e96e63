#pragma once

#include "authentication.h"
#include "response.h"

#include <QElapsedTimer>
#include <QObject>
#include <qcoro/qcorotask.h>

#include <optional>

namespace scim {

class ScimClient;

/// One read answer of a token endpoint (RFC 6749 §5.1, §5.2), after every client
/// authentication method tried.
struct TokenGrant
{
    enum class Result {
        Granted, ///< 200 with a bearer access token
        Refused, ///< the endpoint answered with an OAuth error (invalid_client, invalid_scope, …)
        Failed, ///< no usable answer: network, TLS, redirect, 5xx, a body that is not a token answer
    };
    Result result = Result::Failed;
    Response response; ///< the last answer; its exchanges are every attempt, a refused method's too
    ClientAuthMethod method = ClientAuthMethod::Basic; ///< how the last attempt authenticated
    QList<ClientAuthMethod> refusedMethods; ///< tried first and refused (invalid_client)
    common::Secret accessToken; ///< empty unless granted; the cache takes it
    QString tokenType;
    std::optional<qint64> expiresIn; ///< seconds, as the endpoint said (may be absurd)
    QString scope;
    QString error; ///< RFC 6749 §5.2 `error`, e.g. invalid_client
    QString errorDescription; ///< `error_description`, untrusted text
    QString problem; ///< for Failed: what was wrong with the answer

    bool ok() const { return result == Result::Granted; }
    /// Why no access token came, in plain words (empty when granted).
    QString explanation() const;
    /// What to do about it.
    QString fix() const;
};

/// The OAuth 2.0 client credentials grant for a ScimClient: obtains an access token from the
/// token endpoint through the client's own transport (the same TLS rules, trust anchors,
/// timeout, redirect refusal and redaction), keeps it in memory only, and renews it shortly
/// before it expires or when the SCIM endpoint refuses it. Concurrent renewals share one request.
class OAuthClient : public QObject
{
    Q_OBJECT

public:
    /// @p auth is the transport's own authentication (its client secret stays there).
    OAuthClient(ScimClient &transport, const Authentication &auth);
    ~OAuthClient() override;

    /// One token request with @p secret as the client secret and @p method, not cached (verify
    /// sends a wrong secret this way).
    QCoro::Task<TokenGrant> request(ClientAuthMethod method, QByteArray secret);
    /// A new access token, cached on success: the configured method, or Basic then form fields.
    QCoro::Task<TokenGrant> grant();
    /// The cached token, renewed first when it is missing or about to expire; a grant that ran
    /// is returned (for its exchanges), nullopt when the cached token was fresh.
    QCoro::Task<std::optional<TokenGrant>> ensureFresh();
    /// Forgets the cached token when it is still the one of @p generation (the SCIM endpoint
    /// refused a request sent with it); a newer one stays.
    void invalidate(quint64 generation);
    /// Counts the access tokens obtained: which one a request was sent with.
    quint64 generation() const { return m_generation; }

    bool hasFreshToken() const;
    /// The cached access token, for the request header and for reading a JWT's claims.
    const common::Secret &accessToken() const { return m_token; }
    /// The method the endpoint last accepted (nullopt before the first grant).
    std::optional<ClientAuthMethod> acceptedMethod() const { return m_accepted; }
    /// Grants obtained so far.
    int grants() const { return m_grants; }

Q_SIGNALS:
    void renewed();

private:
    ScimClient &m_transport;
    const Authentication &m_auth;
    common::Secret m_token;
    QElapsedTimer m_age;
    std::optional<qint64> m_lifetimeMs;
    std::optional<ClientAuthMethod> m_accepted;
    bool m_renewing = false;
    /// How the last renewal failed (no response, no token), for those that waited on it; and a
    /// refusal (invalid_client, …) that stands until a grant succeeds: asking again with the
    /// same credentials would only earn the same answer, and may lock the client out.
    std::optional<TokenGrant> m_lastFailure;
    bool m_refused = false;
    quint64 m_generation = 0;
    int m_grants = 0;
};

} // namespace scim
