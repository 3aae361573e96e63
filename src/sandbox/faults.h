#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sandbox {

/// A fault for the Nth request matching a method and path: a status, a dropped connection, no
/// answer at all, or throttling (429 with Retry-After).
struct FaultRule
{
    enum class Action { Status, Drop, Hang, Throttle };
    QByteArray method; ///< "*" for any
    QString pathPrefix; ///< relative to /scim/v2, e.g. "/Users" or "/Users?startIndex=1"; a prefix,
                        ///< case-insensitive
    int nth = 0; ///< 1-based; 0 for every matching request
    Action action = Action::Status;
    int status = 500;
    int retryAfterSeconds = 0;
    int seen = 0; ///< matching requests so far
    int fired = 0; ///< times this fault was injected (tests check a fault they set up happened)

    /// `METHOD:PATH:N:ACTION`, ACTION a status code, `drop`, `hang` or `429` / `429=SECONDS`.
    static std::optional<FaultRule> parse(const QString &spec, QString *error);
};

/// The ways the sandbox can misbehave on purpose, for tests and for trying the console's hints.
struct Faults
{
    int latencyMs = 0; ///< delay before every answer
    bool hangAll = false; ///< never answer anything
    bool acceptAnyToken = false; ///< any bearer token works (a missing one is still refused)
    bool acceptNoToken = false; ///< a request without a token works
    bool htmlPages = false; ///< answer every request with an HTML login page
    bool plainJsonContentType = false; ///< `application/json` instead of `application/scim+json`
    int dateSkewSeconds = 0; ///< shift the Date header
    QUrl redirectTo; ///< answer every request with 307 to this origin
    bool notFoundOnEmptyFilter = false; ///< 404 instead of an empty list for a filter without matches
    /// Echo the token: in every error's detail (raw and URL-encoded) and, base64-encoded in a
    /// Basic credential, in an X-Debug-Authorization header on every answer.
    bool echoToken = false;
    /// Filters compare userName case-sensitively (SCIMMY and some databases do): a case variant
    /// is invisible to the IdP's own lookup.
    bool caseExactUserNames = false;
    QList<FaultRule> rules;
    /// SCIM requests per second beyond which the sandbox answers 429 (0: no limit); the token
    /// endpoint is not limited. A sliding one-second window: a request is refused when this many
    /// were let through in the second before it arrived. Refused requests do not count against the
    /// window (a client that keeps retrying is not locked out for good), and the limit is checked
    /// before anything else, so a refused request reaches no FaultRule and needs no valid token.
    int rateLimitPerSecond = 0;
    /// The Retry-After seconds sent with those 429s; nullopt: none at all (--retry-after none).
    std::optional<int> rateLimitRetryAfterSeconds = 1;

    // The OAuth token endpoint (client-credentials mode) has knobs of its own; of the ones above
    // only hangAll reaches it, so a SCIM fault can be tried with a working token.
    int oauthStatus = 0; ///< nonzero: every token request gets this status and a server_error body
    int oauthLatencyMs = 0; ///< delay before every token endpoint answer
    bool oauthAcceptAnySecret = false; ///< the client secret is not checked (the client id still is)
    /// Client authentication accepted: "basic" (HTTP Basic), "form" (client_id and client_secret
    /// in the body) or "both"; the other one gets 401 invalid_client.
    QString oauthClientAuth = QStringLiteral("both");
    QStringList oauthScopes; ///< scopes a token request may ask for; empty: any
    QUrl oauthRedirectTo; ///< answer every token request with 307 to this URL
};

} // namespace sandbox
