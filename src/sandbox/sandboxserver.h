#pragma once

#include "faults.h"
#include "resourcestore.h"
#include "sandboxauth.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

class QSslCertificate;
class QSslKey;

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

/// The embedded SCIM 2.0 tenant: in memory, on loopback, http or https, lenient or strict, with
/// fault knobs. Powers --demo, `scim-console sandbox` and most tests.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Config
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

    explicit SandboxServer(const Config &config, QObject *parent = nullptr);
    SandboxServer()
        : SandboxServer(Config {})
    { }

    /// Serves https with this certificate, offering the protocol versions and suites of @p offer;
    /// call before start().
    void useTls(const QSslCertificate &certificate, const QSslKey &key, const TlsOffer &offer = {});
    /// Listens on loopback; port 0 picks a free one. Returns false if it cannot.
    bool start(quint16 port = 0);

    QString origin() const; ///< e.g. http://127.0.0.1:PORT
    QString endpoint() const; ///< e.g. http://127.0.0.1:PORT/scim/v2
    AuthMode authMode() const { return m_auth.mode(); }
    /// The long-lived token of the bearer and header modes.
    QByteArray token() const { return m_auth.token(); }
    QString username() const { return m_auth.username(); } ///< basic mode
    QByteArray password() const { return m_auth.password(); } ///< basic mode
    QString clientId() const { return m_auth.clientId(); } ///< client-credentials mode
    QByteArray clientSecret() const { return m_auth.clientSecret(); } ///< client-credentials mode
    QString tokenEndpoint() const; ///< e.g. http://127.0.0.1:PORT/oauth/token
    int grantsIssued() const { return m_auth.grantsIssued(); } ///< access tokens issued so far
    /// Every access token issued so far is expired from now on.
    void expireAccessTokens() { m_auth.expireAccessTokens(); }
    /// The seeded group's id (after start()).
    QString seededGroupId() const { return m_groupId; }
    Faults &faults() { return m_faults; }
    ResourceStore &store() { return m_store; }
    /// Config::dropAttributes and Config::rejectAttributes, from now on; paths that do not parse
    /// (AttributeFilter::isValidPath()) are ignored.
    void setDropAttributes(const QStringList &paths) { m_store.attributeFilter().setDropped(paths); }
    void setRejectAttributes(const QStringList &paths) { m_store.attributeFilter().setRejected(paths); }
    /// Refusals of a rejected attribute do not name it (`sandbox --reject-quietly`).
    void setRejectionsNameNoAttribute(bool quiet) { m_store.attributeFilter().setQuiet(quiet); }
    QStringList dropAttributes() const { return m_store.attributeFilter().dropped(); }
    QStringList rejectAttributes() const { return m_store.attributeFilter().rejected(); }
    const QList<ReceivedRequest> &received() const { return m_received; }
    void clearReceived() { m_received.clear(); }

Q_SIGNALS:
    /// After every request, answered or not (index into received()).
    void requestHandled(int index);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    Answer dispatch(const QByteArray &method, const QString &path, const QHttpServerRequest &request);
    Answer listResources(ResourceKind kind, const QHttpServerRequest &request);
    Answer scimJson(int status, const QJsonObject &body) const;
    Answer scimError(int status, const QString &scimType, const QString &detail) const;
    Answer tokenAnswer(const QHttpServerRequest &request);
    /// 429 with a SCIM error; Retry-After when @p retryAfterSeconds is set.
    Answer tooManyRequests(const QString &detail, std::optional<int> retryAfterSeconds) const;
    /// Whether Faults::rateLimitPerSecond refuses a request arriving now; one it lets through uses
    /// up budget, one it refuses does not.
    bool overRateLimit();
    /// @p delayMs: nullopt for Faults::latencyMs.
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer, int index,
              std::optional<int> delayMs = std::nullopt);

    ResourceStore m_store;
    Faults m_faults;
    SandboxAuth m_auth;
    QString m_groupName;
    QString m_groupId;
    bool m_tls = false;
    quint16 m_port = 0;
    QList<ReceivedRequest> m_received;
    QElapsedTimer m_clock;
    QList<qint64> m_admittedAt; ///< m_clock times of the requests admitted in the last second
};

/// The query parameters of a raw, percent-encoded query: `+` and `%20` both decode to a space.
QList<QPair<QString, QString>> decodeQuery(const QByteArray &encodedQuery);

} // namespace sandbox
