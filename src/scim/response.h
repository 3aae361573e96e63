#pragma once

#include "exchange.h"
#include "scimerror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QStringList>

#include <chrono>
#include <optional>

namespace scim {

/// What the body turned out to be.
enum class BodyKind { Empty, Json, Html, Text, MalformedJson };

/// The server's certificate, and what was wrong with it when the handshake failed.
struct TlsInfo
{
    bool encrypted = false;
    QString subject;
    QString issuer;
    QDateTime expiry;
    QString keyAlgorithm; ///< RSA, EC, DSA or DH; empty when unknown
    int keyBits = 0;
    /// e.g. SelfSignedCertificate, CertificateExpired, HostNameMismatch; for a failed handshake
    /// without a certificate error: ProtocolVersion, NotTls, KeyTooSmall, NoSharedCipher or
    /// HandshakeFailed.
    QStringList errorNames;
    QStringList errorMessages;
};

/// The result of one logical request, after any retries: the final attempt's answer, or why no
/// answer came, and every attempt as an Exchange.
struct Response
{
    int status = 0; ///< 0: no HTTP answer (see error)
    ErrorKind error = ErrorKind::None;
    QString errorDetail;
    QString errorHint; ///< ErrorKind::TokenEndpoint: what to do about it
    QUrl redirectTarget; ///< where a 3xx pointed (never followed)
    bool proxyProblem = false; ///< a proxy refused us or asked for credentials (407)
    HeaderList headers;
    QByteArray body;
    BodyKind bodyKind = BodyKind::Empty;
    QJsonDocument json;
    QString jsonError;
    std::optional<ScimError> scimError;
    TlsInfo tls;
    QList<Exchange> exchanges;
    qint64 durationMs = 0;
    /// The request may have reached the server; false only when it certainly did not (nothing
    /// accepted the connection, the handshake failed, or it was stopped before being written).
    bool maybeSent = false;
    bool headersTooLarge = false; ///< with ErrorKind::TooLarge: the headers, not the body
    /// OAuth: the 401 came for a freshly obtained access token, after the refused one was renewed.
    bool refusedAfterRenewal = false;
    /// On a final 429 or 5xx: the wait the server asked for (Retry-After), and the longest the
    /// client waits before a retry.
    std::optional<std::chrono::milliseconds> retryAfterAsked;
    std::chrono::milliseconds retryAfterCap {0};

    bool hasAnswer() const { return status != 0; }
    bool isSuccess() const { return error == ErrorKind::None && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const;
    QByteArray contentType() const { return header("content-type"); }
    /// The body as a JSON object (empty when it is not one).
    QJsonObject object() const { return json.object(); }
    /// A sentence for the admin when the body is not the JSON object a SCIM answer needs, naming
    /// which of HTML page, empty body, malformed JSON or other text it was; empty when it is fine.
    QString describeUnexpectedBody() const;
    /// A sentence for the admin describing an error with no HTTP answer; empty when there was one.
    QString describeError() const;
};

/// Classifies @p body by content type and shape, parsing JSON into @p response.
void classifyBody(Response &response);

} // namespace scim
