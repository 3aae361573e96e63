#pragma once

#include "connection.h"
#include "endpointurl.h"
#include "filter.h"
#include "redaction.h"
#include "requestoptions.h"
#include "response.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
namespace scim {

class OAuthClient;
class PauseWaker;

/// How throttling (429) and transient gateway errors (502/503/504) are retried.
struct RetryPolicy
{
    int maxAttempts = 4; ///< attempts in all, the first included
    std::chrono::milliseconds backoff {500}; ///< first 5xx back-off, doubled each time
    std::chrono::milliseconds maxRetryAfter {std::chrono::seconds(60)}; ///< cap on any wait
};

/// The SCIM protocol client: requests relative to an endpoint, the secret in memory only (and, in
/// OAuth mode, the access token it obtains and renews: see OAuthClient), our own
/// timeout (distinct from cancel), bounded retries, a response size cap, redirects reported and
/// never followed, TLS errors reported and never ignored, and every attempt recorded redacted.
///
/// The network access manager is injected and must outlive the client; the client must outlive
/// the requests it started (cancelAll() ends them promptly).
class ScimClient : public QObject
{
    Q_OBJECT

public:
    /// A client for @p connection, which it keeps (the secret included) until it goes.
    ScimClient(QNetworkAccessManager *network, Connection connection, QObject *parent = nullptr);
    ~ScimClient() override;

    /// The endpoint as the IdP integration addresses it (a dialect may add a query flag).
    void setEndpoint(const EndpointUrl &endpoint) { m_endpoint = endpoint; }
    const EndpointUrl &endpoint() const { return m_endpoint; }
    /// Another secret of the run (a synthetic user's password, a client secret) to mask by value
    /// in everything recorded.
    void addSecret(QByteArrayView secret) { m_secrets.add(secret); }
    const SecretMask &secrets() const { return m_secrets; }
    /// How the client gets in; its secret is for what must read it (a JWT's expiry): never copy it.
    const Authentication &authentication() const { return m_auth; }
    /// The token endpoint's client in OAuth mode (verify drives it step by step); else null.
    OAuthClient *oauth() const { return m_oauth; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    /// How many requests may be on the wire at once. Qt opens at most six connections to a host
    /// per network access manager, so above six the client spreads its requests over more
    /// managers of its own (each with its own connection cache; the 429 hold stays shared).
    void setParallelRequests(int requests);
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    void setDefaultOptions(const RequestOptions &options) { m_defaults = options; }
    const RequestOptions &defaultOptions() const { return m_defaults; }

    QCoro::Task<Response> get(QString path, Query query = {}, std::optional<RequestOptions> options = {});
    QCoro::Task<Response> post(QString path, QJsonObject body, std::optional<RequestOptions> options = {});
    QCoro::Task<Response> put(QString path, QJsonObject body, std::optional<RequestOptions> options = {});
    QCoro::Task<Response> patch(QString path, QJsonObject body, std::optional<RequestOptions> options = {});
    QCoro::Task<Response> remove(QString path, std::optional<RequestOptions> options = {});

    /// Any method to a URL under the endpoint (@p query already encoded by Query). @p path is
    /// relative and already encoded (resourcepath.h); a URL that would not address exactly that
    /// path once normalised is refused unsent (ErrorKind::UnsafeUrl).
    QCoro::Task<Response> send(QByteArray method, QString path, Query query, QByteArray body,
                               std::optional<RequestOptions> options = {});
    /// Any method to an absolute URL (which must share the endpoint's origin).
    QCoro::Task<Response> sendTo(QByteArray method, QUrl url, QByteArray body, RequestOptions options);

    /// Ends every request in flight, and every retry wait, with ErrorKind::Cancelled.
    void cancelAll();

    /// Response headers larger than this end the request (ErrorKind::TooLarge).
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;

Q_SIGNALS:
    /// Every attempt, as soon as it ends (the results view shows requests live).
    void exchangeFinished(const scim::Exchange &exchange);

private:
    struct InFlight;

    QCoro::Task<Response> attempt(QByteArray method, QUrl url, QByteArray body, RequestOptions options,
                                  int number);
    QCoro::Task<bool> pause(std::chrono::milliseconds delay);
    void trust(const QList<QSslCertificate> &certificates);
    HeaderList requestHeaders(const RequestOptions &options, bool hasBody) const;
    void finishResponse(Response &response, QNetworkReply &reply, const InFlight &state) const;

    QNetworkAccessManager *m_network;
    /// QNAM's connection cache ignores the TLS configuration, so a client with its own trust
    /// anchors gets its own manager: its connections never serve, nor borrow from, other clients.
    QNetworkAccessManager *m_trustingNetwork = nullptr;
    /// The access token for a request, renewed first when needed (@p granted then set); false
    /// (and @p failure set) when none could be had.
    QCoro::Task<bool> ensureAccessToken(QList<Exchange> &exchanges, Response &failure, bool *granted);

    EndpointUrl m_endpoint;
    Authentication m_auth;
    OAuthClient *m_oauth = nullptr;
    SecretMask m_secrets;
    QList<QSslCertificate> m_caCertificates;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(30)};
    RetryPolicy m_retry;
    qint64 m_maxResponseBytes = 8 * 1024 * 1024;
    RequestOptions m_defaults;
    quint64 m_cancelEpoch = 0;
    QDateTime m_throttledUntil; ///< after a 429, every request of this client waits until then
    QHash<QNetworkReply *, std::shared_ptr<InFlight>> m_inFlight;
    QSet<PauseWaker *> m_pauses;
    /// setParallelRequests(): managers beside the primary one (m_trustingNetwork or m_network).
    QList<QNetworkAccessManager *> m_extraNetworks;
    int m_parallelRequests = 1;
    /// The manager with the fewest of this client's replies in flight.
    QNetworkAccessManager *nextNetwork() const;
};

} // namespace scim
