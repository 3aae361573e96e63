#pragma once

#include "faults.h"
#include "resourcestore.h"
#include "sandboxauth.h"
#include "serverconfig.h"

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

/// The embedded SCIM 2.0 tenant: in memory, on loopback, http or https, lenient or strict, with
/// fault knobs. Powers --demo, `scim-console sandbox` and most tests.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Config = ServerConfig;

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

} // namespace sandbox
