// ScimClient against real HTTP(S) servers on loopback: verbs, headers, every error kind, retries,
// TLS trust per client, redirects never followed, and what gets recorded.
#include "scim/cafile.h"
#include "scim/scimclient.h"
#include "support/connection.h"
#include "support/testhttpserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qcoro/qcorotask.h>

using namespace scim;
using namespace std::chrono_literals;
using testsupport::RecordedRequest;
using testsupport::ScriptedReply;
using testsupport::TestHttpServer;

namespace {

constexpr auto Token = "tok-5f2c9a7e-secret";

} // namespace

class TestScimClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<ScimClient> m_client;

    Response run(QCoro::Task<Response> task) { return QCoro::waitFor(std::move(task)); }

    std::unique_ptr<ScimClient> clientFor(const QUrl &base, const QList<QSslCertificate> &trusted = {})
    {
        scim::Connection connection = testsupport::connectionTo(base.toString(), Token);
        connection.caCertificates = trusted;
        auto client = std::make_unique<ScimClient>(&m_network, std::move(connection));
        client->setRetryPolicy({4, 1ms, 50ms});
        return client;
    }

private Q_SLOTS:
    void parallelRequestsBeyondQtsSixPerHost()
    {
        // Every request hangs, so the server sees exactly what is on the wire at once. One
        // network access manager would stop at six (Qt's connections per host): this fails then.
        testsupport::TestHttpServer server;
        server.setHandler(
            [](const testsupport::RecordedRequest &) { return testsupport::ScriptedReply::hang(); });
        QVERIFY(server.start());
        QNetworkAccessManager network;
        scim::ScimClient client(&network, testsupport::connectionTo(server.baseUrl().toString(), Token));
        client.setParallelRequests(8);
        std::vector<QCoro::Task<scim::Response>> requests;
        for (int i = 0; i < 8; ++i)
            requests.push_back(client.get(QStringLiteral("Users/%1").arg(i)));
        QTRY_COMPARE(server.requests().size(), 8);
        client.cancelAll();
        for (auto &request : requests)
            QCOMPARE(QCoro::waitFor(request).error, scim::ErrorKind::Cancelled);
    }

    void init()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->start());
        m_client = clientFor(m_server->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void everyVerb_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("hasBody");
        QTest::newRow("GET") << QByteArray("GET") << false;
        QTest::newRow("POST") << QByteArray("POST") << true;
        QTest::newRow("PUT") << QByteArray("PUT") << true;
        QTest::newRow("PATCH") << QByteArray("PATCH") << true;
        QTest::newRow("DELETE") << QByteArray("DELETE") << false;
    }

    void everyVerb()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, hasBody);
        m_server->script({ScriptedReply::json(method == "POST" ? 201 : 200, R"({"id":"1","userName":"u"})")});
        const QJsonObject body {{QStringLiteral("userName"), QStringLiteral("u")}};
        Response response;
        if (method == "GET")
            response = run(m_client->get(QStringLiteral("Users/1")));
        else if (method == "POST")
            response = run(m_client->post(QStringLiteral("Users"), body));
        else if (method == "PUT")
            response = run(m_client->put(QStringLiteral("Users/1"), body));
        else if (method == "PATCH")
            response = run(m_client->patch(QStringLiteral("Users/1"), body));
        else
            response = run(m_client->remove(QStringLiteral("Users/1")));

        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.method, method);
        QCOMPARE(request.path(),
                 method == "POST" ? QByteArray("/scim/v2/Users") : QByteArray("/scim/v2/Users/1"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + Token);
        QCOMPARE(request.headers.value("accept"), QByteArray("application/scim+json, application/json"));
        QVERIFY(request.headers.value("user-agent").startsWith("scim-console/"));
        QVERIFY(!request.headers.contains("cookie"));
        if (hasBody) {
            QCOMPARE(request.headers.value("content-type"),
                     QByteArray("application/scim+json; charset=utf-8"));
            QCOMPARE(request.body, QByteArray(R"({"userName":"u"})"));
        } else {
            QVERIFY(request.body.isEmpty());
        }
        QVERIFY(response.isSuccess());
        QCOMPARE(response.bodyKind, BodyKind::Json);
        QCOMPARE(response.object().value(QLatin1String("id")).toString(), QStringLiteral("1"));
        QCOMPARE(response.exchanges.size(), 1);
    }

    void dialectOptions()
    {
        m_server->script(
            {ScriptedReply::json(200, "{}"), ScriptedReply::json(200, "{}"), ScriptedReply::json(401, "{}")});
        RequestOptions entra;
        entra.accept.reset();
        entra.userAgent = "Entra-like";
        entra.spaces = SpaceEncoding::Plus;
        run(m_client->get(QStringLiteral("Users"),
                          Query().add(QStringLiteral("filter"), QStringLiteral("userName eq \"a b\"")),
                          entra));
        RequestOptions okta;
        okta.accept = QByteArray("application/scim+json");
        okta.userAgent = "Okta SCIM Client 1.0.0";
        run(m_client->get(QStringLiteral("Users"),
                          Query().add(QStringLiteral("filter"), QStringLiteral("userName eq \"a b\"")),
                          okta));
        RequestOptions anonymous;
        anonymous.auth = RequestOptions::Auth::None;
        run(m_client->get(QStringLiteral("Users"), {}, anonymous));

        const auto &requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(!requests.at(0).headers.contains("accept"));
        QCOMPARE(requests.at(0).headers.value("user-agent"), QByteArray("Entra-like"));
        QCOMPARE(requests.at(0).query(), QByteArray("filter=userName+eq+%22a+b%22"));
        QCOMPARE(requests.at(1).headers.value("accept"), QByteArray("application/scim+json"));
        QCOMPARE(requests.at(1).query(), QByteArray("filter=userName%20eq%20%22a%20b%22"));
        QVERIFY(!requests.at(2).headers.contains("authorization"));
    }

    void filterOnTheWire_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<SpaceEncoding>("spaces");
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("plus in value, plus style") << "userName eq \"a+b@x\"" << SpaceEncoding::Plus
                                                   << QByteArray("filter=userName+eq+%22a%2Bb%40x%22");
        QTest::newRow("plus in value, percent style") << "userName eq \"a+b@x\"" << SpaceEncoding::Percent20
                                                      << QByteArray("filter=userName%20eq%20%22a%2Bb%40x%22");
        QTest::newRow("escaped quote") << "displayName eq \"say \\\"hi\\\"\"" << SpaceEncoding::Plus
                                       << QByteArray("filter=displayName+eq+%22say+%5C%22hi%5C%22%22");
        QTest::newRow("unicode") << "userName eq \"zoë\"" << SpaceEncoding::Percent20
                                 << QByteArray("filter=userName%20eq%20%22zo%C3%AB%22");
    }

    void filterOnTheWire()
    {
        QFETCH(QString, value);
        QFETCH(SpaceEncoding, spaces);
        QFETCH(QByteArray, query);
        m_server->script({ScriptedReply::json(200, "{}")});
        RequestOptions options;
        options.spaces = spaces;
        run(m_client->get(QStringLiteral("Users"), Query().add(QStringLiteral("filter"), value), options));
        QCOMPARE(m_server->requests().constFirst().query(), query);
    }

    void baseQueryKeptOnTheWire()
    {
        auto client = clientFor(QUrl(m_server->baseUrl().toString() + QStringLiteral("?aadOptscim062020")));
        m_server->script({ScriptedReply::json(200, "{}")});
        run(client->get(QStringLiteral("Users"), Query().add(QStringLiteral("startIndex"), 1)));
        QCOMPARE(m_server->requests().constFirst().target,
                 QByteArray("/scim/v2/Users?aadOptscim062020&startIndex=1"));
    }

    void timeoutIsNotCancel()
    {
        m_server->script({ScriptedReply::hang()});
        m_client->setTimeout(100ms);
        const Response response = run(m_client->get(QStringLiteral("Users")));
        QCOMPARE(response.error, ErrorKind::Timeout);
        QCOMPARE(response.status, 0);
        QVERIFY(response.describeError().contains(QLatin1String("timeout")));
        QCOMPARE(response.exchanges.constFirst().error, ErrorKind::Timeout);
    }

    void cancelIsNotTimeout()
    {
        m_server->script({ScriptedReply::hang()});
        QSignalSpy received(m_server.get(), &TestHttpServer::requestReceived);
        auto task = m_client->get(QStringLiteral("Users"));
        QVERIFY(received.wait());
        m_client->cancelAll();
        const Response response = run(std::move(task));
        QCOMPARE(response.error, ErrorKind::Cancelled);
    }

    void cancelDuringRetryWait()
    {
        m_client->setRetryPolicy({4, 1ms, 60s});
        QList<ScriptedReply> replies {ScriptedReply::json(429, "{}")};
        replies.first().headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
        m_server->script(replies);
        QSignalSpy received(m_server.get(), &TestHttpServer::requestReceived);
        auto task = m_client->get(QStringLiteral("Users"));
        QVERIFY(received.wait());
        QTimer::singleShot(0, m_client.get(), [this] { m_client->cancelAll(); });
        const Response response = run(std::move(task));
        QCOMPARE(response.error, ErrorKind::Cancelled);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void refused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto client = clientFor(QUrl(QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(port)));
        const Response response = run(client->get(QStringLiteral("Users")));
        QCOMPARE(response.error, ErrorKind::Refused);
        QCOMPARE(response.status, 0);
    }

    void dns()
    {
        auto client = clientFor(QUrl(QStringLiteral("https://no-such-host.invalid/scim/v2")));
        const Response response = run(client->get(QStringLiteral("Users")));
        QCOMPARE(response.error, ErrorKind::Dns);
    }

    void dropped()
    {
        m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::close(); });
        const Response response = run(m_client->get(QStringLiteral("Users")));
        QCOMPARE(response.error, ErrorKind::Dropped);
        QCOMPARE(response.status, 0);
    }

    void redirectIsReportedNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void redirectIsReportedNotFollowed()
    {
        QFETCH(int, status);
        TestHttpServer elsewhere;
        QVERIFY(elsewhere.start());
        const QUrl target = elsewhere.baseUrl(QStringLiteral("/steal"));
        ScriptedReply redirect;
        redirect.status = status;
        redirect.headers = {{"Location", target.toEncoded()}};
        m_server->script({redirect});
        const Response response = run(
            m_client->post(QStringLiteral("Users"), {{QStringLiteral("userName"), QStringLiteral("u")}}));
        QCOMPARE(response.error, ErrorKind::Redirect);
        QCOMPARE(response.status, status);
        QCOMPARE(response.redirectTarget, target);
        QVERIFY(response.describeError().contains(target.toString()));
        QCOMPARE(elsewhere.requests().size(), 0); // the token never went there
        QCOMPARE(m_server->requests().size(), 1);
    }

    void bodyKinds_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<BodyKind>("kind");
        QTest::addColumn<QString>("described");
        QTest::newRow("html login page") << QByteArray("text/html; charset=utf-8")
                                         << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>")
                                         << BodyKind::Html << "HTML page";
        QTest::newRow("html without type")
            << QByteArray() << QByteArray("<html><body>x</body></html>") << BodyKind::Html << "HTML page";
        QTest::newRow("empty") << QByteArray("application/scim+json") << QByteArray() << BodyKind::Empty
                               << "empty body";
        QTest::newRow("malformed") << QByteArray("application/scim+json") << QByteArray(R"({"id": "1",)")
                                   << BodyKind::MalformedJson << "malformed JSON";
        QTest::newRow("text") << QByteArray("text/plain") << QByteArray("OK") << BodyKind::Text
                              << "plain text";
        QTest::newRow("json") << QByteArray("application/json") << QByteArray(R"({"id":"1"})")
                              << BodyKind::Json << "";
    }

    void bodyKinds()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(BodyKind, kind);
        QFETCH(QString, described);
        ScriptedReply reply;
        reply.status = 200;
        if (!contentType.isEmpty())
            reply.headers = {{"Content-Type", contentType}};
        reply.body = body;
        m_server->script({reply});
        const Response response = run(m_client->get(QStringLiteral("Users/1")));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.bodyKind, kind);
        if (described.isEmpty())
            QVERIFY(response.describeUnexpectedBody().isEmpty());
        else
            QVERIFY2(response.describeUnexpectedBody().contains(described),
                     qPrintable(response.describeUnexpectedBody()));
    }

    void sizeCap_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::addColumn<bool>("endless");
        QTest::newRow("content-length") << true << false;
        QTest::newRow("streamed until close") << false << false;
        QTest::newRow("endless") << false << true;
    }

    void sizeCap()
    {
        QFETCH(bool, announced);
        QFETCH(bool, endless);
        constexpr qint64 cap = 8 * 1024 * 1024;
        ScriptedReply big
            = endless ? ScriptedReply::endless() : ScriptedReply::json(200, QByteArray(cap + 1, 'x'));
        big.omitContentLength = !announced;
        ScriptedReply fits = ScriptedReply::json(200, QByteArray(8 * 1024 * 1024, ' ') + "{}");
        fits.body = fits.body.right(8 * 1024 * 1024);
        // Answered by path, not in turn: Qt may send a GET again on a new connection when the
        // one it had was closed under it (an aborted body), and that must not shift the answers.
        m_server->setHandler([big, fits](const RecordedRequest &request) {
            return request.target.endsWith("/Big") ? big : fits;
        });
        const Response response = run(m_client->get(QStringLiteral("Big")));
        QCOMPARE(response.error, ErrorKind::TooLarge);
        // What is kept ends a byte past the cap, however much the server sends (a body that never
        // ends was kept to the last chunk read, then masked whole).
        QVERIFY2(response.body.size() <= cap + 1, QByteArray::number(response.body.size()).constData());
        const Response exact = run(m_client->get(QStringLiteral("Fits")));
        QCOMPARE(exact.error, ErrorKind::None);
        QCOMPARE(exact.body.size(), 8 * 1024 * 1024);
    }

    void throttledThenFine_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("seconds") << QByteArray("0");
        QTest::newRow("http date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
        QTest::newRow("absent, backoff") << QByteArray();
    }

    void throttledThenFine()
    {
        QFETCH(QByteArray, retryAfter);
        ScriptedReply throttled = ScriptedReply::json(429, R"({"detail":"slow down"})");
        if (!retryAfter.isEmpty())
            throttled.headers.append(qMakePair(QByteArray("Retry-After"), retryAfter));
        m_server->script({throttled, ScriptedReply::json(201, R"({"id":"9"})")});
        QSignalSpy recorded(m_client.get(), &ScimClient::exchangeFinished);
        const Response response = run(
            m_client->post(QStringLiteral("Users"), {{QStringLiteral("userName"), QStringLiteral("u")}}));
        QCOMPARE(response.status, 201);
        QCOMPARE(response.exchanges.size(), 2);
        QCOMPARE(response.exchanges.at(0).status, 429);
        QCOMPARE(response.exchanges.at(0).attempt, 1);
        QCOMPARE(response.exchanges.at(1).attempt, 2);
        QCOMPARE(recorded.count(), 2);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void throttledBeyondTheCapStopsAtOnce_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("askedSeconds");
        QTest::newRow("a day") << QByteArray("86400") << qint64(86400);
        QTest::newRow("eleven days") << QByteArray("999999") << qint64(999999);
        QTest::newRow("overflowing") << QByteArray("9223372036854775807") << qint64(100LL * 366 * 24 * 3600);
    }

    void throttledBeyondTheCapStopsAtOnce()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, askedSeconds);
        m_client->setRetryPolicy({4, 1ms, 60s});
        ScriptedReply throttled = ScriptedReply::json(429, R"({"detail":"slow down"})");
        throttled.headers.append(qMakePair(QByteArray("Retry-After"), retryAfter));
        m_server->script({throttled, ScriptedReply::json(200, "{}")});
        QElapsedTimer clock;
        clock.start();
        const Response response = run(m_client->get(QStringLiteral("Users")));
        QVERIFY(clock.elapsed() < 5000); // no wait at all, let alone 60 s
        QCOMPARE(response.status, 429);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(response.retryAfterAsked.has_value());
        QCOMPARE(qint64(response.retryAfterAsked->count()), askedSeconds * 1000);
        QCOMPARE(response.retryAfterCap, std::chrono::milliseconds(60s));
        // The next request is not held back by an answer the client did not wait for.
        const Response next = run(m_client->get(QStringLiteral("Users")));
        QCOMPARE(next.status, 200);
    }

    void throttlingHoldsBackEveryRequest()
    {
        m_client->setRetryPolicy({4, 1ms, 2s});
        ScriptedReply throttled = ScriptedReply::json(429, "{}");
        throttled.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        m_server->script({throttled, ScriptedReply::json(200, "{}"), ScriptedReply::json(200, "{}")});
        QSignalSpy recorded(m_client.get(), &ScimClient::exchangeFinished);
        auto first = m_client->get(QStringLiteral("Users/1"));
        QVERIFY(recorded.wait()); // the 429 has been seen
        // Sent while the client is held back: it must not reach the server before the retry.
        auto second = m_client->get(QStringLiteral("Users/2"));
        const Response firstResponse = QCoro::waitFor(std::move(first));
        const Response secondResponse = QCoro::waitFor(std::move(second));
        QCOMPARE(firstResponse.status, 200);
        QCOMPARE(secondResponse.status, 200);
        QCOMPARE(m_server->requests().size(), 3);
        // The second request started only once the throttle window (1 s) had passed.
        QVERIFY(firstResponse.exchanges.constFirst().startedAt.msecsTo(
                    secondResponse.exchanges.constFirst().startedAt)
                >= 900);
    }

    void gatewayErrorsRetriedWhenIdempotent_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("requests");
        QTest::newRow("GET 503") << QByteArray("GET") << 503 << 2;
        QTest::newRow("GET 502") << QByteArray("GET") << 502 << 2;
        QTest::newRow("DELETE 504") << QByteArray("DELETE") << 504 << 2;
        QTest::newRow("POST 503 not retried") << QByteArray("POST") << 503 << 1;
        QTest::newRow("GET 500 not retried") << QByteArray("GET") << 500 << 1;
    }

    void gatewayErrorsRetriedWhenIdempotent()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(int, requests);
        m_server->script({ScriptedReply::json(status, "{}"), ScriptedReply::json(200, "{}")});
        const Response response = run(m_client->send(method, QStringLiteral("Users/1"), {},
                                                     method == "POST" ? QByteArray("{}") : QByteArray()));
        QCOMPARE(m_server->requests().size(), requests);
        QCOMPARE(response.status, requests == 2 ? 200 : status);
    }

    void retriesAreBounded()
    {
        m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(503, "{}"); });
        const Response response = run(m_client->get(QStringLiteral("Users")));
        QCOMPARE(response.status, 503);
        QCOMPARE(response.exchanges.size(), 4);
        QCOMPARE(m_server->requests().size(), 4);
    }

    void scimErrorParsed()
    {
        m_server->script({ScriptedReply::json(
            409,
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"409","scimType":"uniqueness","detail":"taken"})")});
        const Response response = run(m_client->post(QStringLiteral("Users"), {}));
        QCOMPARE(response.status, 409);
        QVERIFY(response.scimError);
        QCOMPARE(response.scimError->scimType, QStringLiteral("uniqueness"));
        QCOMPARE(response.scimError->detail, QStringLiteral("taken"));
    }

    void recordingIsRedacted()
    {
        ScriptedReply reply = ScriptedReply::json(
            201, QByteArray(R"({"id":"1","password":"Hunter2!","echo":")") + Token + "\"}");
        reply.headers.append(qMakePair(QByteArray("Set-Cookie"), QByteArray("session=abc")));
        m_server->script({reply, ScriptedReply::json(200, "{}")});
        QSignalSpy recorded(m_client.get(), &ScimClient::exchangeFinished);
        const Response response
            = run(m_client->post(QStringLiteral("Users"),
                                 {{QStringLiteral("userName"), QStringLiteral("u")},
                                  {QStringLiteral("password"), QStringLiteral("Hunter2!")}}));
        QCOMPARE(recorded.count(), 1);
        const Exchange exchange = recorded.at(0).at(0).value<Exchange>();
        const QByteArray everything = QJsonDocument(exchange.toJson()).toJson();
        QVERIFY2(!everything.contains(Token), everything.constData());
        QVERIFY2(!everything.contains("Hunter2!"), everything.constData());
        QVERIFY2(!everything.contains("session=abc"), everything.constData());
        QVERIFY(everything.contains("Bearer ****"));
        QCOMPARE(exchange.method, QByteArray("POST"));
        QCOMPARE(exchange.status, 201);
        // The server's cookie is neither kept nor sent back.
        run(m_client->get(QStringLiteral("Users/1")));
        QVERIFY(!m_server->requests().at(1).headers.contains("cookie"));
        // The response itself (not recorded) still has what the caller needs.
        QCOMPARE(response.object().value(QLatin1String("id")).toString(), QStringLiteral("1"));
    }

    void proxyAuthenticationIsNamed()
    {
        TestHttpServer proxy;
        QVERIFY(proxy.start());
        ScriptedReply challenge;
        challenge.status = 407;
        challenge.headers = {{"Proxy-Authenticate", "Basic realm=\"corp\""}};
        proxy.setHandler([challenge](const RecordedRequest &) { return challenge; });
        QNetworkAccessManager proxied;
        proxied.setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));
        ScimClient client(&proxied, testsupport::connectionTo(m_server->baseUrl().toString(), Token));
        const Response response = run(client.get(QStringLiteral("Users")));
        QVERIFY(response.proxyProblem);
        QCOMPARE(response.status, 407);
        QVERIFY(!proxy.requests().isEmpty());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void tlsSelfSignedRefusedThenTrustedPerClient()
    {
        QTemporaryDir directory;
        const auto generated
            = testsupport::generateCertificate(directory.path(), QStringLiteral("sandbox.test"));
        QVERIFY2(!generated.certificate.isNull(), "openssl could not make a certificate");
        TestHttpServer secure;
        QVERIFY(secure.start(generated.certificate, generated.key));
        secure.setHandler([](const RecordedRequest &) { return ScriptedReply::json(200, "{}"); });

        auto untrusting = clientFor(secure.baseUrl());
        const Response refused = run(untrusting->get(QStringLiteral("Users")));
        QCOMPARE(refused.error, ErrorKind::Tls);
        QVERIFY2(refused.tls.errorNames.contains(QStringLiteral("SelfSignedCertificate")),
                 qPrintable(refused.tls.errorNames.join(QLatin1Char(','))));
        QCOMPARE(refused.tls.subject, QStringLiteral("sandbox.test"));
        QVERIFY(refused.tls.expiry.isValid());
        QVERIFY(refused.describeError().contains(QLatin1String("SelfSignedCertificate")));
        QCOMPARE(secure.requests().size(), 0);

        QString error;
        const auto ca = scim::loadCaFile(generated.certificatePath, &error);
        QVERIFY2(ca.has_value(), qPrintable(error));
        auto trusting = clientFor(secure.baseUrl(), *ca);
        const Response accepted = run(trusting->get(QStringLiteral("Users")));
        QVERIFY2(accepted.error == ErrorKind::None,
                 qPrintable(accepted.tls.errorNames.join(QLatin1Char(',')) + accepted.errorDetail));
        QCOMPARE(accepted.status, 200);
        QVERIFY(accepted.tls.encrypted);
        QCOMPARE(accepted.tls.subject, QStringLiteral("sandbox.test"));
        QCOMPARE(secure.requests().size(), 1);

        // The trust belongs to that client only.
        const Response stillRefused = run(untrusting->get(QStringLiteral("Users")));
        QCOMPARE(stillRefused.error, ErrorKind::Tls);
    }

    void trustedConnectionIsNotLentToOtherClients()
    {
        // QNAM caches connections by host and port only; a CA added for one profile must not
        // make another client on the same manager accept that server.
        QTemporaryDir directory;
        const auto generated = testsupport::generateCertificate(directory.path());
        TestHttpServer secure;
        QVERIFY(secure.start(generated.certificate, generated.key));
        secure.setHandler([](const RecordedRequest &) { return ScriptedReply::json(200, "{}"); });
        QString error;
        auto trusting = clientFor(secure.baseUrl(), *scim::loadCaFile(generated.certificatePath, &error));
        QCOMPARE(run(trusting->get(QStringLiteral("Users"))).status, 200);
        auto untrusting = clientFor(secure.baseUrl());
        QCOMPARE(run(untrusting->get(QStringLiteral("Users"))).error, ErrorKind::Tls);
        QCOMPARE(secure.requests().size(), 1);
    }

    void caFileProblems()
    {
        QString error;
        QVERIFY(!scim::loadCaFile(QStringLiteral("/nonexistent/ca.pem"), &error));
        QVERIFY(error.contains(QLatin1String("does not exist")));
        QTemporaryDir directory;
        QFile notPem(directory.filePath(QStringLiteral("x.pem")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("hello");
        notPem.close();
        QVERIFY(!scim::loadCaFile(notPem.fileName(), &error));
        QVERIFY(error.contains(QLatin1String("no PEM certificate")));
    }
};

QTEST_GUILESS_MAIN(TestScimClient)
#include "tst_scimclient.moc"
