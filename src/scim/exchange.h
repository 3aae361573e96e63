#pragma once

#include "redaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace scim {

/// Why a request got no usable HTTP answer (ARCHITECTURE.md: the JSON result's `error`).
enum class ErrorKind {
    None,
    Timeout,
    Refused,
    Dns,
    Tls,
    Dropped,
    Redirect,
    TooLarge,
    Cancelled,
    UnsafeUrl, ///< refused before sending: the URL would leave the resource it was built for
    TokenEndpoint, ///< not sent: no OAuth access token could be obtained for it
};

/// `timeout`, `refused`, … as in the JSON result; empty for None.
QString errorKindName(ErrorKind kind);

/// One HTTP attempt as the results view and the reports show it. Everything in it is already
/// redacted: the token, cookies and password values never get this far.
struct Exchange
{
    QByteArray method;
    QUrl url;
    int attempt = 1;
    int status = 0; ///< 0: no HTTP answer
    ErrorKind error = ErrorKind::None;
    QString errorDetail;
    QDateTime startedAt;
    qint64 durationMs = 0;
    HeaderList requestHeaders;
    HeaderList responseHeaders;
    QByteArray requestBody;
    QByteArray responseBody;

    /// The architecture's exchange object (`requestBody`/`responseBody` as JSON where they parse,
    /// otherwise `responseText`, cut to a readable length).
    QJsonObject toJson() const;
    /// Reads back what toJson() wrote (run history, reopened reports). Bodies come back as
    /// compact JSON or as the recorded text.
    static Exchange fromJson(const QJsonObject &json);
    /// Masks every secret of @p mask in everything recorded (secrets learnt after recording).
    void mask(const SecretMask &mask);
};

/// What a curl replay needs to know about how the run authenticated (never a secret).
struct CurlAuth
{
    QString mode; ///< bearer (also when empty), header, basic, oauth-client-credentials
    QString username; ///< basic
    QString tokenEndpoint; ///< OAuth
    QString clientId; ///< OAuth
    QString scope; ///< OAuth
    QString clientAuthentication; ///< OAuth: basic or form, as the token endpoint accepted
};

/// A bash command that repeats @p exchange with curl. No secret ever appears in it (nor in any
/// process's argv): the Authorization header is read by curl from its standard input (`-H @-`),
/// which the shell's built-in printf fills from `$SCIM_CONSOLE_TOKEN` (bearer, header), from
/// `$SCIM_CONSOLE_PASSWORD` through base64 (basic), or from an access token the command first
/// fetches from the token endpoint with `$SCIM_CONSOLE_CLIENT_SECRET` (OAuth). Bodies and URLs
/// are single-quoted. A token endpoint exchange itself is replayed with the client secret the
/// same way.
QString curlCommand(const Exchange &exchange, const CurlAuth &auth = {});
/// @p text quoted for a POSIX shell (single quotes; `'` becomes `'\''`).
QString shellQuote(const QString &text);

} // namespace scim
