#include "scimclient.h"

#include "logging.h"
#include "oauthclient.h"
#include "replyerror.h"
#include "resourcepath.h"
#include "retryafter.h"
#include "tlsnames.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorosignal.h>

#include <algorithm>

namespace scim {

using namespace std::chrono_literals;

/// Ends a retry wait: when its timer fires, or at once when cancelAll() wakes it. (Awaiting
/// QTimer::timeout directly binds its private-signal argument to null, which UBSan rejects.)
class PauseWaker : public QObject
{
    Q_OBJECT

public:
    explicit PauseWaker(std::chrono::milliseconds delay, QObject *parent)
        : QObject(parent)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &PauseWaker::wake);
        m_timer.start(delay);
    }

    void wake()
    {
        m_timer.stop();
        Q_EMIT woken();
    }

Q_SIGNALS:
    void woken();

private:
    QTimer m_timer;
};

struct ScimClient::InFlight
{
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false;
    bool headersTooLarge = false;
    qint64 headerBytes = 0;
    bool sent = false;
    QByteArray data;
    QList<QSslError> sslErrors;
    QSslCertificate peer;

    /// Appends what @p reply has, to a byte past @p cap at most; true once past it.
    bool take(QNetworkReply &reply, qint64 cap)
    {
        data += reply.read(cap + 1 - data.size());
        tooLarge = data.size() > cap;
        return tooLarge;
    }
};

namespace {

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE"
        || method == "OPTIONS";
}

} // namespace

ScimClient::ScimClient(QNetworkAccessManager *network, Connection connection, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(connection.endpoint))
    , m_auth(std::move(connection.auth))
    , m_timeout(connection.timeout)
{
    m_secrets.add(m_auth.secret.view());
    if (m_auth.mode == AuthMode::Basic)
        m_secrets.add(basicCredential(m_auth.username, m_auth.secret.view()));
    if (m_auth.mode == AuthMode::OAuthClientCredentials) {
        m_secrets.add(basicCredential(m_auth.clientId, m_auth.secret.view(), true));
        m_oauth = new OAuthClient(*this, m_auth);
    }
    trust(connection.caCertificates);
}

ScimClient::~ScimClient()
{
    cancelAll();
}

void ScimClient::trust(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
    delete m_trustingNetwork;
    m_trustingNetwork = nullptr;
    if (!certificates.isEmpty()) {
        m_trustingNetwork = new QNetworkAccessManager(this);
        m_trustingNetwork->setProxy(m_network->proxy());
    }
    setParallelRequests(m_parallelRequests);
}

void ScimClient::setParallelRequests(int requests)
{
    constexpr int PerManager = 6; // Qt's connections per host and manager
    m_parallelRequests = std::max(1, requests);
    const qsizetype wanted = (m_parallelRequests + PerManager - 1) / PerManager - 1;
    while (m_extraNetworks.size() > wanted)
        delete m_extraNetworks.takeLast(); // replies in flight end with their manager: only set between runs
    while (m_extraNetworks.size() < wanted) {
        auto *network = new QNetworkAccessManager(this);
        network->setProxy(m_network->proxy());
        m_extraNetworks.append(network);
    }
}

QNetworkAccessManager *ScimClient::nextNetwork() const
{
    QNetworkAccessManager *best = m_trustingNetwork ? m_trustingNetwork : m_network;
    if (m_extraNetworks.isEmpty())
        return best;
    const auto load = [this](const QNetworkAccessManager *network) {
        qsizetype replies = 0;
        for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
            replies += it.key()->manager() == network ? 1 : 0;
        return replies;
    };
    qsizetype fewest = load(best);
    for (QNetworkAccessManager *network : m_extraNetworks) {
        if (const qsizetype replies = load(network); replies < fewest) {
            best = network;
            fewest = replies;
        }
    }
    return best;
}

QCoro::Task<Response> ScimClient::get(QString path, Query query, std::optional<RequestOptions> options)
{
    return send("GET", std::move(path), std::move(query), {}, std::move(options));
}

QCoro::Task<Response> ScimClient::post(QString path, QJsonObject body, std::optional<RequestOptions> options)
{
    return send("POST", std::move(path), {}, jsonBytes(body), std::move(options));
}

QCoro::Task<Response> ScimClient::put(QString path, QJsonObject body, std::optional<RequestOptions> options)
{
    return send("PUT", std::move(path), {}, jsonBytes(body), std::move(options));
}

QCoro::Task<Response> ScimClient::patch(QString path, QJsonObject body, std::optional<RequestOptions> options)
{
    return send("PATCH", std::move(path), {}, jsonBytes(body), std::move(options));
}

QCoro::Task<Response> ScimClient::remove(QString path, std::optional<RequestOptions> options)
{
    return send("DELETE", std::move(path), {}, {}, std::move(options));
}

QCoro::Task<Response> ScimClient::send(QByteArray method, QString path, Query query, QByteArray body,
                                       std::optional<RequestOptions> options)
{
    const RequestOptions effective = options.value_or(m_defaults);
    const QUrl url = m_endpoint.resolve(path, query.encoded(effective.spaces));
    if (!addressesExactly(url, m_endpoint.url(), path)) {
        // Refused before anything is sent: normalising this URL would address another resource.
        Response refused;
        refused.error = ErrorKind::UnsafeUrl;
        refused.errorDetail = m_secrets.apply(
            //: %1 is the full request URL, %2 the endpoint URL and path it should stay within
            QCoreApplication::translate("scim", "%1 would not stay at %2 once sent")
                .arg(url.toString(QUrl::FullyEncoded),
                     m_endpoint.url().toString(QUrl::RemoveQuery) + QLatin1Char('/') + path));
        Exchange exchange;
        exchange.method = method;
        exchange.url = m_secrets.apply(url);
        exchange.startedAt = QDateTime::currentDateTimeUtc();
        exchange.error = refused.error;
        exchange.errorDetail = refused.errorDetail;
        exchange.requestHeaders = redact::headers(requestHeaders(effective, !body.isEmpty()), m_secrets);
        exchange.requestBody = redact::body(body, m_secrets);
        refused.exchanges = {exchange};
        Q_EMIT exchangeFinished(exchange);
        co_return refused;
    }
    co_return co_await sendTo(std::move(method), url, std::move(body), effective);
}

QCoro::Task<Response> ScimClient::sendTo(QByteArray method, QUrl url, QByteArray body, RequestOptions options)
{
    QPointer<ScimClient> self(this);
    const quint64 epoch = m_cancelEpoch;
    QElapsedTimer total;
    total.start();
    QList<Exchange> exchanges;
    Response response;
    bool maybeSent = false;
    const bool withAccessToken = m_oauth && options.auth == RequestOptions::Auth::Token;
    bool renewedAfterRefusal = false;
    quint64 generation = 0;
    for (int number = 1;; ++number) {
        // A 429 to any request of this client holds back all of them, as an IdP backs off as a whole.
        const qint64 held = QDateTime::currentDateTimeUtc().msecsTo(m_throttledUntil);
        if (held > 0 && !co_await pause(std::chrono::milliseconds(held))) {
            response = Response {};
            response.error = ErrorKind::Cancelled;
            break;
        }
        if (!self) {
            response.error = ErrorKind::Cancelled;
            co_return response;
        }
        if (withAccessToken) {
            // Right before each attempt: a wait may have outlasted the token, or another request's
            // refusal may have dropped it. A token granted for this request is not renewed again.
            bool granted = false;
            Response failure;
            const bool ready = co_await ensureAccessToken(exchanges, failure, &granted);
            if (!self || epoch != m_cancelEpoch || !ready) {
                if (ready || !self || epoch != m_cancelEpoch)
                    failure.error = ErrorKind::Cancelled;
                response = std::move(failure);
                if (!self)
                    co_return response;
                break;
            }
            renewedAfterRefusal = renewedAfterRefusal || granted;
            generation = m_oauth->generation();
        }
        response = co_await attempt(method, url, body, options, number);
        if (!self) {
            response.error = ErrorKind::Cancelled;
            co_return response;
        }
        exchanges.append(response.exchanges);
        maybeSent = maybeSent || response.maybeSent;
        Q_EMIT exchangeFinished(response.exchanges.constLast());
        if (response.error != ErrorKind::None || epoch != m_cancelEpoch)
            break;
        if (withAccessToken && response.status == 401 && renewedAfterRefusal)
            response.refusedAfterRenewal = true;
        if (withAccessToken && response.status == 401 && !renewedAfterRefusal) {
            // Expired or revoked early: one new access token (unless another request already got
            // one), and the request once more.
            renewedAfterRefusal = true;
            m_oauth->invalidate(generation);
            --number;
            continue;
        }

        const bool throttled = response.status == 429;
        const bool transient = isIdempotent(method)
            && (response.status == 502 || response.status == 503 || response.status == 504);
        if (!throttled && !transient)
            break;
        const auto asked = parseRetryAfter(response.header("retry-after"), QDateTime::currentDateTimeUtc());
        response.retryAfterAsked = asked;
        response.retryAfterCap = m_retry.maxRetryAfter;
        // A server that asks for longer than the cap gets no retry: waiting the cap would only
        // earn another refusal, and the admin learns both figures from the step.
        if (number >= m_retry.maxAttempts || (asked && *asked > m_retry.maxRetryAfter))
            break;
        const auto backoff = m_retry.backoff * (1 << std::min(number - 1, 16));
        const std::chrono::milliseconds delay = asked.value_or(backoff);
        if (throttled) {
            const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
            m_throttledUntil = std::max(m_throttledUntil, until);
        }
        qCDebug(lcScim) << "retrying" << method << url.path() << "after" << delay.count() << "ms, status"
                        << response.status;
        const bool resumed = co_await pause(delay);
        if (!self || !resumed) {
            response = Response {};
            response.error = ErrorKind::Cancelled;
            break;
        }
    }
    response.exchanges = exchanges;
    response.maybeSent = maybeSent || response.maybeSent;
    response.durationMs = total.elapsed();
    co_return response;
}

QCoro::Task<bool> ScimClient::ensureAccessToken(QList<Exchange> &exchanges, Response &failure, bool *granted)
{
    QPointer<ScimClient> self(this);
    std::optional<TokenGrant> renewal = co_await m_oauth->ensureFresh();
    if (!self) {
        failure.error = ErrorKind::Cancelled;
        co_return false;
    }
    if (!renewal)
        co_return true;
    exchanges.append(renewal->response.exchanges);
    if (renewal->ok()) {
        *granted = true;
        co_return true;
    }
    failure = Response {};
    failure.error
        = renewal->response.error == ErrorKind::Cancelled ? ErrorKind::Cancelled : ErrorKind::TokenEndpoint;
    failure.errorDetail = m_secrets.apply(renewal->explanation());
    failure.errorHint = m_secrets.apply(renewal->fix());
    failure.tls = renewal->response.tls;
    failure.maybeSent = false;
    co_return false;
}

QCoro::Task<bool> ScimClient::pause(std::chrono::milliseconds delay)
{
    QPointer<ScimClient> self(this);
    const quint64 epoch = m_cancelEpoch;
    auto *waker = new PauseWaker(delay, this);
    m_pauses.insert(waker);
    co_await qCoro(waker, &PauseWaker::woken);
    if (!self)
        co_return false;
    m_pauses.remove(waker);
    waker->deleteLater();
    co_return epoch == m_cancelEpoch;
}

void ScimClient::cancelAll()
{
    ++m_cancelEpoch;
    const auto inFlight = m_inFlight;
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        it.value()->cancelled = true;
        it.key()->abort();
    }
    // Woken from the event loop, not from inside this call: the caller may still be unwinding.
    const auto pauses = m_pauses;
    for (PauseWaker *waker : pauses)
        QMetaObject::invokeMethod(waker, &PauseWaker::wake, Qt::QueuedConnection);
}

HeaderList ScimClient::requestHeaders(const RequestOptions &options, bool hasBody) const
{
    HeaderList headers;
    switch (options.auth) {
    case RequestOptions::Auth::Token:
        if (const QByteArray value
            = m_auth.authorization(m_oauth ? m_oauth->accessToken().view() : m_auth.secret.view());
            !value.isEmpty())
            headers.append({"Authorization", value});
        break;
    case RequestOptions::Auth::Override:
        headers.append({"Authorization", options.overrideAuthorization});
        break;
    case RequestOptions::Auth::None:
        break;
    }
    if (options.accept)
        headers.append({"Accept", *options.accept});
    if (hasBody)
        headers.append({"Content-Type", options.contentType});
    headers.append({"User-Agent", options.userAgent});
    headers.append(options.extraHeaders);
    return headers;
}

QCoro::Task<Response> ScimClient::attempt(QByteArray method, QUrl url, QByteArray body,
                                          RequestOptions options, int number)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const HeaderList headers = requestHeaders(options, !body.isEmpty());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_caCertificates.isEmpty())
            tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }

    Exchange exchange;
    exchange.method = method;
    exchange.url = m_secrets.apply(url);
    exchange.attempt = number;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.requestHeaders = redact::headers(headers, m_secrets);
    exchange.requestBody = redact::body(body, m_secrets);
    QElapsedTimer clock;
    clock.start();

    auto state = std::make_shared<InFlight>();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        nextNetwork()->sendCustomRequest(request, method, body), [](QNetworkReply *r) { r->deleteLater(); });
    QNetworkReply *raw = reply.get();
    m_inFlight.insert(raw, state);
    const qint64 cap = m_maxResponseBytes;
    connect(raw, &QNetworkReply::requestSent, raw, [state] { state->sent = true; });
    connect(raw, &QNetworkReply::metaDataChanged, raw, [raw, state, cap] {
        qint64 headerBytes = 0;
        const auto pairs = raw->rawHeaderPairs();
        for (const auto &[name, value] : pairs)
            headerBytes += name.size() + value.size() + 4;
        state->headerBytes = headerBytes;
        // Qt drops every header past its own limits (100 fields, 128 KiB) and would then read the
        // body until the server hangs up: an answer with a status but no header at all is that.
        const int status = raw->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool dropped = pairs.isEmpty() && status != 0 && status != 204 && status != 304;
        if ((headerBytes > MaxHeaderBytes || dropped) && !state->tooLarge) {
            state->tooLarge = state->headersTooLarge = true;
            raw->abort();
            return;
        }
        const qint64 announced = raw->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > cap && !state->tooLarge) {
            state->tooLarge = true;
            raw->abort();
        }
    });
    connect(raw, &QNetworkReply::readyRead, raw, [raw, state, cap] {
        if (!state->tooLarge && state->take(*raw, cap))
            raw->abort();
    });
    // Reported, never ignored: without ignoreSslErrors() the handshake fails.
    connect(raw, &QNetworkReply::sslErrors, raw,
            [state](const QList<QSslError> &errors) { state->sslErrors = errors; });
    connect(raw, &QNetworkReply::encrypted, raw,
            [raw, state] { state->peer = raw->sslConfiguration().peerCertificate(); });
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, raw, [raw, state] {
        state->timedOut = true;
        raw->abort();
    });
    timer.start(m_timeout);

    QPointer<ScimClient> self(this);
    if (!raw->isFinished())
        co_await qCoro(raw).waitForFinished();
    timer.stop();

    Response response;
    if (!self) {
        response.error = ErrorKind::Cancelled;
        co_return response;
    }
    m_inFlight.remove(raw);
    if (!state->tooLarge && raw->isOpen())
        state->take(*raw, m_maxResponseBytes);
    finishResponse(response, *raw, *state);

    exchange.durationMs = clock.elapsed();
    exchange.status = response.status;
    exchange.error = response.error;
    exchange.errorDetail = m_secrets.apply(response.errorDetail);
    exchange.responseHeaders = redact::headers(response.headers, m_secrets);
    exchange.responseBody = redact::body(response.body, m_secrets);
    response.exchanges = {exchange};
    response.durationMs = exchange.durationMs;
    qCDebug(lcScim) << method << exchange.url.toString(QUrl::RemoveQuery) << response.status
                    << errorKindName(response.error) << exchange.durationMs << "ms";
    co_return response;
}

void ScimClient::finishResponse(Response &response, QNetworkReply &reply, const InFlight &state) const
{
    response.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply.rawHeaderPairs();
    response.body = state.data;
    response.tls = inspectTls(state.peer, state.sslErrors,
                              reply.error() == QNetworkReply::SslHandshakeFailedError ? reply.errorString()
                                                                                      : QString());

    const QNetworkReply::NetworkError error = reply.error();
    if (state.headersTooLarge) {
        response.error = ErrorKind::TooLarge;
        response.headersTooLarge = true;
        response.errorDetail = state.headerBytes > 0
            //: %1 is the size of the response headers in bytes, %2 the limit in bytes
            ? QCoreApplication::translate("scim", "response headers of %1 bytes; at most %2 are read")
                  .arg(state.headerBytes)
                  .arg(MaxHeaderBytes)
            : QCoreApplication::translate(
                "scim", "more than 100 response headers or 64 KiB of them, or unreadable ones");
    } else if (state.tooLarge) {
        response.error = ErrorKind::TooLarge;
        response.errorDetail
            //: %1 is the response size limit in bytes
            = QCoreApplication::translate("scim", "more than %1 bytes").arg(m_maxResponseBytes);
    } else if (state.timedOut) {
        response.error = ErrorKind::Timeout;
        response.errorDetail
            //: %1 is the timeout in milliseconds
            = QCoreApplication::translate("scim", "no complete answer within %1 ms").arg(m_timeout.count());
    } else if (state.cancelled) {
        response.error = ErrorKind::Cancelled;
    } else if (response.status >= 300 && response.status < 400) {
        response.error = ErrorKind::Redirect;
        const QByteArray location = response.header("location");
        response.redirectTarget = m_secrets.apply(reply.url().resolved(QUrl::fromEncoded(location)));
        response.errorDetail = response.redirectTarget.toString();
    } else {
        applyNetworkError(response, error);
        if (response.status == 407)
            response.proxyProblem = true;
        if (response.error != ErrorKind::None && response.errorDetail.isEmpty())
            response.errorDetail = reply.errorString();
    }
    // Certainly unsent: nothing accepted the connection, the handshake failed before the request
    // could be written, or the time ran out without it being written. Anything else may have
    // reached the server.
    const bool neverConnected = response.error == ErrorKind::Refused || response.error == ErrorKind::Dns
        || response.error == ErrorKind::Tls;
    // A timeout comes seconds after a requestSent signal would have arrived; a cancel may race
    // with it (the signal crosses from the network thread), so a cancelled request may be sent.
    const bool stoppedBeforeSending = state.timedOut && !state.sent;
    response.maybeSent = state.sent || response.status != 0 || !(neverConnected || stoppedBeforeSending);
    if (response.error != ErrorKind::None && response.error != ErrorKind::Redirect)
        response.status = 0;
    if (response.status != 0)
        classifyBody(response);
}

} // namespace scim

#include "scimclient.moc"
