#pragma once

#include "sandboxauth.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The sandbox's plain types, apart from its HTTP server: what the front ends set and read through
// the plug-in (tenant.h) without linking Qt HttpServer.

namespace sandbox {

/// A request the sandbox received, as the pilot's golden tests compare it. The Authorization
/// header's secret is masked, and so are client_secret and password in token endpoint bodies.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; ///< path and query exactly as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0; ///< what the sandbox answered; 0 for a dropped or unanswered request

    QByteArray header(const QByteArray &name) const;
};

/// What the https sandbox offers (sandbox --tls-min-version, --tls-max-version, --tls-ciphers).
struct TlsOffer
{
    enum class Version { Tls12, Tls13 };
    Version minVersion = Version::Tls12;
    Version maxVersion = Version::Tls13; ///< wins over a minVersion above it (the CLI refuses that)
    /// OpenSSL names of the TLS 1.2 suites offered, in the server's order of preference; empty:
    /// QSslConfiguration's defaults. TLS 1.3 suites stay OpenSSL's defaults unless TLS 1.3 names
    /// (TLS_AES_128_GCM_SHA256, …) are listed too: Qt hands those to SSL_CTX_set_ciphersuites
    /// apart from the rest. Names Qt does not support are skipped.
    QStringList ciphers {};
};

/// "1.2" or "1.3"; nullopt for anything else.
std::optional<TlsOffer::Version> parseTlsVersion(const QString &text);
/// "1.2" or "1.3".
QString tlsVersionName(TlsOffer::Version version);

/// What a SandboxServer is built with (SandboxServer::Config).
struct ServerConfig
{
    bool strict = false;
    QString groupName = QStringLiteral("SCIM Pilot"); ///< the seeded group
    QByteArray token; ///< empty: a random one
    // `{}` keeps Config {strict, groupName, token} free of -Wmissing-field-initializers.
    /// User attribute paths accepted but not stored (RFC 7644 §3.10: `title`, `name.formatted`,
    /// `addresses[type eq "work"].locality`, `urn:…:enterprise:2.0:User:department`).
    QStringList dropAttributes {};
    /// User attribute paths refused: a write that would store a value there is 400 invalidValue.
    QStringList rejectAttributes {};
    AuthMode auth {AuthMode::Bearer};
    int oauthLifetimeSeconds {3600}; ///< of access tokens from the token endpoint
    bool jwtAccessTokens {false}; ///< HS256 JWTs instead of opaque access tokens
};

/// The query parameters of a raw, percent-encoded query: `+` and `%20` both decode to a space.
QList<QPair<QString, QString>> decodeQuery(const QByteArray &encodedQuery);

} // namespace sandbox
