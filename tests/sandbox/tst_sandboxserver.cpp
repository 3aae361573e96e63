// The sandbox as a SCIM service provider: CRUD, uniqueness, errors, meta, paging, projection,
// discovery, TLS, and each fault knob proven by a request that meets it.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"
#include "support/testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using sandbox::FaultRule;
using sandbox::SandboxServer;
using testsupport::RawReply;
using testsupport::SandboxClient;

namespace {

const QByteArray Pilot
    = R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"pilot@example.com","active":true})";

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    void startSandbox(bool strict = false)
    {
        m_server = std::make_unique<SandboxServer>(
            SandboxServer::Config {strict, QStringLiteral("SCIM Pilot"), {}});
        QVERIFY(m_server->start());
        m_client = std::make_unique<SandboxClient>(m_server->endpoint(), m_server->token());
    }

    /// Sends @p count GET /Users at once (QNAM runs up to six in parallel, queues the rest) and
    /// collects the answers.
    void burst(int count, QList<RawReply> &out)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_server->endpoint() + QStringLiteral("/Users")));
        request.setRawHeader("Authorization", "Bearer " + m_server->token());
        QList<QNetworkReply *> replies;
        for (int i = 0; i < count; ++i)
            replies.append(network.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](const QNetworkReply *reply) { return reply->isFinished(); }),
                                 10000);
        out.clear();
        for (QNetworkReply *reply : std::as_const(replies)) {
            RawReply raw;
            raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            raw.body = reply->readAll();
            raw.json = QJsonDocument::fromJson(raw.body).object();
            raw.headers = reply->rawHeaderPairs();
            out.append(raw);
            delete reply;
        }
    }

private Q_SLOTS:
    void init() { startSandbox(); }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void createReadReplaceDelete()
    {
        const RawReply created = m_client->send("POST", "/Users", Pilot);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        const QJsonObject meta = created.json.value(QLatin1String("meta")).toObject();
        QCOMPARE(meta.value(QLatin1String("resourceType")).toString(), QStringLiteral("User"));
        QCOMPARE(meta.value(QLatin1String("location")).toString(),
                 m_server->endpoint() + QStringLiteral("/Users/") + id);
        QVERIFY(QDateTime::fromString(meta.value(QLatin1String("created")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(!meta.value(QLatin1String("lastModified")).toString().isEmpty());
        QCOMPARE(meta.value(QLatin1String("version")).toString(), QStringLiteral("W/\"1\""));
        QCOMPARE(created.header("Location"), meta.value(QLatin1String("location")).toString().toUtf8());
        QVERIFY(created.header("Content-Type").startsWith("application/scim+json"));

        const RawReply read = m_client->get("/Users/" + id.toUtf8());
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QLatin1String("userName")).toString(), QStringLiteral("pilot@example.com"));

        const RawReply replaced = m_client->send(
            "PUT", "/Users/" + id.toUtf8(),
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"ignored","userName":"pilot@example.com","title":"Pilot","active":false,"groups":[]})");
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.json.value(QLatin1String("id")).toString(), id);
        QCOMPARE(replaced.json.value(QLatin1String("title")).toString(), QStringLiteral("Pilot"));
        QCOMPARE(replaced.json.value(QLatin1String("active")).toBool(true), false);
        QCOMPARE(
            replaced.json.value(QLatin1String("meta")).toObject().value(QLatin1String("version")).toString(),
            QStringLiteral("W/\"2\""));
        QCOMPARE(replaced.json.value(QLatin1String("meta")).toObject().value(QLatin1String("created")),
                 meta.value(QLatin1String("created")));

        QCOMPARE(m_client->send("DELETE", "/Users/" + id.toUtf8()).status, 204);
        const RawReply gone = m_client->get("/Users/" + id.toUtf8());
        QCOMPARE(gone.status, 404);
        QVERIFY(gone.json.value(QLatin1String("schemas"))
                    .toArray()
                    .contains(QLatin1String("urn:ietf:params:scim:api:messages:2.0:Error")));
        QCOMPARE(gone.json.value(QLatin1String("status")).toString(), QStringLiteral("404"));
        QCOMPARE(m_client->send("DELETE", "/Users/" + id.toUtf8()).status, 404);
    }

    void userNameIsUniqueCaseInsensitively()
    {
        QCOMPARE(m_client->send("POST", "/Users", Pilot).status, 201);
        const RawReply duplicate = m_client->send("POST", "/Users", R"({"userName":"PILOT@Example.com"})");
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.json.value(QLatin1String("scimType")).toString(), QStringLiteral("uniqueness"));
        QCOMPARE(m_server->store().count(sandbox::ResourceKind::User), 1);
    }

    void unknownIdsAre404WithAnError_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("GET user") << QByteArray("GET") << QByteArray("/Users/no-such-id");
        QTest::newRow("PATCH user") << QByteArray("PATCH") << QByteArray("/Users/no-such-id");
        QTest::newRow("PUT group") << QByteArray("PUT") << QByteArray("/Groups/no-such-id");
        QTest::newRow("DELETE group") << QByteArray("DELETE") << QByteArray("/Groups/no-such-id");
    }

    void unknownIdsAre404WithAnError()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        const RawReply reply = m_client->send(
            method, target,
            method == "GET" || method == "DELETE"
                ? QByteArray()
                : QByteArray(
                    R"({"userName":"x","displayName":"x","Operations":[{"op":"add","path":"title","value":"t"}]})"));
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.json.value(QLatin1String("schemas"))
                    .toArray()
                    .contains(QLatin1String("urn:ietf:params:scim:api:messages:2.0:Error")));
    }

    void tokenIsRequired_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong") << QByteArray("not-the-token");
    }

    void tokenIsRequired()
    {
        QFETCH(QByteArray, token);
        m_client->setToken(token);
        const RawReply reply = m_client->get("/Users");
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(reply.json.value(QLatin1String("schemas"))
                    .toArray()
                    .contains(QLatin1String("urn:ietf:params:scim:api:messages:2.0:Error")));
        QCOMPARE(m_client->send("POST", "/Users", Pilot).status, 401);
        QCOMPARE(m_server->store().count(sandbox::ResourceKind::User), 0);
    }

    void oktaCreateKeepsPasswordSecret()
    {
        const RawReply created = m_client->send(
            "POST", "/Users",
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"okta@example.com",
            "name":{"givenName":"O","familyName":"K"},"emails":[{"primary":true,"value":"okta@example.com","type":"work"}],
            "displayName":"O K","locale":"en-US","externalId":"00u1","groups":[],"password":"Hunter2!","active":true})");
        QCOMPARE(created.status, 201);
        QVERIFY(!created.body.contains("Hunter2!"));
        QVERIFY(!created.json.contains(QLatin1String("groups")));
        QVERIFY(!m_client->get("/Users/" + created.json.value(QLatin1String("id")).toString().toUtf8())
                     .body.contains("Hunter2!"));
    }

    void entraStringBooleansLenientAndStrict()
    {
        const QByteArray body
            = R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
            "userName":"entra@example.com","active":"True","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"1"}})";
        const RawReply lenient = m_client->send("POST", "/Users", body);
        QCOMPARE(lenient.status, 201);
        QCOMPARE(lenient.json.value(QLatin1String("active")), QJsonValue(true));
        startSandbox(true);
        const RawReply strict = m_client->send("POST", "/Users", body);
        QCOMPARE(strict.status, 400);
        QCOMPARE(strict.json.value(QLatin1String("scimType")).toString(), QStringLiteral("invalidValue"));
        QCOMPARE(m_client->send("POST", "/Users", R"({"userName":"noschemas@example.com"})").status, 400);
    }

    void pagingIsOneBased()
    {
        for (int i = 0; i < 5; ++i)
            m_client->send("POST", "/Users",
                           QStringLiteral(R"({"userName":"u%1@example.com"})").arg(i).toUtf8());
        const RawReply page = m_client->get("/Users?startIndex=2&count=2");
        QCOMPARE(page.json.value(QLatin1String("totalResults")).toInt(), 5);
        QCOMPARE(page.json.value(QLatin1String("startIndex")).toInt(), 2);
        QCOMPARE(page.json.value(QLatin1String("itemsPerPage")).toInt(), 2);
        const QJsonArray resources = page.json.value(QLatin1String("Resources")).toArray();
        QCOMPARE(resources.at(0).toObject().value(QLatin1String("userName")).toString(),
                 QStringLiteral("u1@example.com"));
        QCOMPARE(resources.at(1).toObject().value(QLatin1String("userName")).toString(),
                 QStringLiteral("u2@example.com"));
        QCOMPARE(
            m_client->get("/Users?startIndex=5&count=100").json.value(QLatin1String("itemsPerPage")).toInt(),
            1);
        QCOMPARE(m_client->get("/Users?startIndex=0&count=1").json.value(QLatin1String("startIndex")).toInt(),
                 1);
        QCOMPARE(m_client->get("/Users?count=0").json.value(QLatin1String("Resources")).toArray().size(), 0);
        QCOMPARE(m_client->get("/Users?count=many").status, 400);
    }

    void attributesAndExcludedAttributes()
    {
        m_client->send(
            "POST", "/Users",
            R"({"userName":"p@example.com","title":"T","name":{"givenName":"G","familyName":"F"}})");
        const QJsonObject only = m_client->get("/Users?attributes=userName,name.givenName")
                                     .json.value(QLatin1String("Resources"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QVERIFY(only.contains(QLatin1String("id")));
        QVERIFY(only.contains(QLatin1String("userName")));
        QVERIFY(!only.contains(QLatin1String("title")));
        QCOMPARE(only.value(QLatin1String("name")).toObject().keys(),
                 QStringList {QStringLiteral("givenName")});
        const QJsonObject without = m_client->get("/Users?excludedAttributes=title,name")
                                        .json.value(QLatin1String("Resources"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QVERIFY(without.contains(QLatin1String("userName")));
        QVERIFY(!without.contains(QLatin1String("title")));
        QVERIFY(!without.contains(QLatin1String("name")));
    }

    void deletingAUserLeavesTheGroup()
    {
        const QByteArray id
            = m_client->send("POST", "/Users", Pilot).json.value(QLatin1String("id")).toString().toUtf8();
        const QByteArray group = m_server->seededGroupId().toUtf8();
        QCOMPARE(
            m_client
                ->send(
                    "PATCH", "/Groups/" + group,
                    R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":[{"value":")"
                        + id + R"("}]}]})")
                .status,
            200);
        QCOMPARE(m_client->get("/Groups/" + group).json.value(QLatin1String("members")).toArray().size(), 1);
        m_client->send("DELETE", "/Users/" + id);
        QCOMPARE(m_client->get("/Groups/" + group).json.value(QLatin1String("members")).toArray().size(), 0);
    }

    void groupsAreCreatedAndUnique()
    {
        const RawReply created = m_client->send(
            "POST", "/Groups",
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Pushed","members":[]})");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QLatin1String("members")).toArray().size(), 0);
        QCOMPARE(m_client->send("POST", "/Groups", R"({"displayName":"pushed"})").status, 409);
        QCOMPARE(m_client->send("POST", "/Groups", R"({"members":[]})").status, 400);
    }

    void seededGroupName()
    {
        SandboxServer named(SandboxServer::Config {false, QStringLiteral("Finance Pilot"), {}});
        QVERIFY(named.start());
        QCOMPARE(named.store()
                     .get(sandbox::ResourceKind::Group, named.seededGroupId())
                     .value(QLatin1String("displayName"))
                     .toString(),
                 QStringLiteral("Finance Pilot"));
    }

    void discovery()
    {
        const RawReply config = m_client->get("/ServiceProviderConfig");
        QCOMPARE(config.status, 200);
        QVERIFY(
            config.json.value(QLatin1String("patch")).toObject().value(QLatin1String("supported")).toBool());
        const RawReply types = m_client->get("/ResourceTypes");
        QCOMPARE(types.json.value(QLatin1String("totalResults")).toInt(), 2);
        const RawReply schemas = m_client->get("/Schemas");
        QStringList ids;
        const QJsonArray resources = schemas.json.value(QLatin1String("Resources")).toArray();
        for (const QJsonValue &schema : resources)
            ids.append(schema.toObject().value(QLatin1String("id")).toString());
        QVERIFY(ids.contains(QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")));
        QVERIFY(ids.contains(QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")));
        QVERIFY(ids.contains(QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")));
        QCOMPARE(m_client->get("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User").status, 200);
        QCOMPARE(m_client->get("/ResourceTypes/Group").status, 200);
        QCOMPARE(m_client->get("/Bulk").status, 404);
        QCOMPARE(m_client->send("DELETE", "/ServiceProviderConfig").status, 405);
    }

    void receivedRequestsAreRecordedWithoutTheToken()
    {
        m_client->get("/Users?filter=userName+eq+%22a%2Bb%22");
        QCOMPARE(m_server->received().size(), 1);
        const sandbox::ReceivedRequest &request = m_server->received().constFirst();
        QCOMPARE(request.target, QByteArray("/scim/v2/Users?filter=userName+eq+%22a%2Bb%22"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer ****"));
        QCOMPARE(request.status, 200);
    }

    // Fault knobs ---------------------------------------------------------------------------

    void knobLatencyClientGivesUpServerSurvives()
    {
        m_server->faults().latencyMs = 300;
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        const RawReply impatient = m_client->send("GET", "/Users", {}, 50);
        QCOMPARE(impatient.error, QNetworkReply::TimeoutError);
        QVERIFY(handled.wait()); // the delayed answer meets a closed socket and is dropped
        m_server->faults().latencyMs = 0;
        QCOMPARE(m_client->get("/Users").status, 200);
        m_server->faults().latencyMs = 20;
        QCOMPARE(m_client->get("/Users").status, 200);
    }

    void knobHangAll()
    {
        m_server->faults().hangAll = true;
        QCOMPARE(m_client->send("GET", "/Users", {}, 100).error, QNetworkReply::TimeoutError);
        m_server->faults().hangAll = false;
        QCOMPARE(m_client->get("/Users").status, 200);
    }

    void knobNthRequestStatus()
    {
        QString error;
        m_server->faults().rules.append(*FaultRule::parse(QStringLiteral("POST:/Users:2:503"), &error));
        QCOMPARE(m_client->send("POST", "/Users", R"({"userName":"a@x"})").status, 201);
        QCOMPARE(m_client->get("/Users").status, 200); // GET does not count
        QCOMPARE(m_client->send("POST", "/Users", R"({"userName":"b@x"})").status, 503);
        QCOMPARE(m_client->send("POST", "/Users", R"({"userName":"c@x"})").status, 201);
        QCOMPARE(m_server->store().count(sandbox::ResourceKind::User), 2);
    }

    void knobDropConnection()
    {
        QString error;
        m_server->faults().rules.append(*FaultRule::parse(QStringLiteral("GET:/Groups:0:drop"), &error));
        const RawReply dropped = m_client->get("/Groups");
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QVERIFY(!m_server->received().isEmpty());
        QCOMPARE(m_server->received().constLast().status, 0);
        m_server->faults().rules.clear();
        QCOMPARE(m_client->get("/Groups").status, 200);

        // Dropping only the first: QNAM resends on its own, so the sandbox sees the request twice.
        m_server->clearReceived();
        m_server->faults().rules.append(*FaultRule::parse(QStringLiteral("GET:/Groups:1:drop"), &error));
        QCOMPARE(m_client->get("/Groups").status, 200);
        QCOMPARE(m_server->received().size(), 2);
        QCOMPARE(m_server->received().constFirst().status, 0);
    }

    void knobRuleHang()
    {
        QString error;
        m_server->faults().rules.append(*FaultRule::parse(QStringLiteral("*:/Users:1:hang"), &error));
        QCOMPARE(m_client->send("GET", "/Users", {}, 100).error, QNetworkReply::TimeoutError);
        QCOMPARE(m_client->get("/Users").status, 200);
    }

    void faultRuleMatchesAQueryPrefix()
    {
        QString error;
        m_server->faults().rules.append(
            *FaultRule::parse(QStringLiteral("GET:/Users?startIndex=1&count=2:0:500"), &error));
        QCOMPARE(m_client->get("/Users?startIndex=1&count=2").status, 500);
        QCOMPARE(m_client->get("/Users?startIndex=1&count=1").status, 200);
        QCOMPARE(m_client->get("/Users").status, 200);
    }

    void knobThrottle()
    {
        QString error;
        m_server->faults().rules.append(*FaultRule::parse(QStringLiteral("GET:/Users:1:429=7"), &error));
        const RawReply throttled = m_client->get("/Users");
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Retry-After"), QByteArray("7"));
        QCOMPARE(m_client->get("/Users").status, 200);
    }

    void knobRateLimit()
    {
        m_server->faults().rateLimitPerSecond = 5;
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        QList<RawReply> replies;
        burst(8, replies);
        if (QTest::currentTestFailed())
            return;
        int passed = 0;
        int refused = 0;
        for (const RawReply &reply : std::as_const(replies)) {
            if (reply.status >= 200 && reply.status < 300) {
                ++passed;
                continue;
            }
            QCOMPARE(reply.status, 429);
            ++refused;
            QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
            QVERIFY(reply.json.value(QLatin1String("schemas"))
                        .toArray()
                        .contains(QLatin1String("urn:ietf:params:scim:api:messages:2.0:Error")));
            QCOMPARE(reply.json.value(QLatin1String("status")).toString(), QStringLiteral("429"));
            QVERIFY(!reply.json.contains(QLatin1String("scimType")));
            QVERIFY2(reply.json.value(QLatin1String("detail")).toString().contains(QLatin1String("5")),
                     reply.body.constData());
        }
        QCOMPARE(passed, 5);
        QCOMPARE(refused, 3);
        // Every request is recorded and announced, the refused ones with their 429.
        QCOMPARE(handled.size(), 8);
        QCOMPARE(m_server->received().size(), 8);
        int recorded429 = 0;
        for (const sandbox::ReceivedRequest &request : m_server->received())
            recorded429 += request.status == 429 ? 1 : 0;
        QCOMPARE(recorded429, 3);

        // Refused requests use up no budget: polling gets through once the window has slid on.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get("/Users").status, 200, 5000);
    }

    void knobRateLimitWithoutRetryAfter()
    {
        m_server->faults().rateLimitPerSecond = 1;
        m_server->faults().rateLimitRetryAfterSeconds = std::nullopt;
        QList<RawReply> replies;
        burst(2, replies);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(replies.size(), 2);
        const RawReply &refused = replies.at(0).status == 429 ? replies.at(0) : replies.at(1);
        const RawReply &passed = replies.at(0).status == 429 ? replies.at(1) : replies.at(0);
        QCOMPARE(passed.status, 200);
        QCOMPARE(refused.status, 429);
        for (const auto &[name, value] : refused.headers)
            QVERIFY2(name.compare("Retry-After", Qt::CaseInsensitive) != 0, value.constData());
    }

    void rateLimitSparesTheTokenEndpoint()
    {
        m_server->faults().rateLimitPerSecond = 1;
        SandboxClient origin(m_server->origin(), {});
        // Bearer mode has no token endpoint: 404, never 429, and no budget used.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(origin.send("POST", "/oauth/token", "grant_type=client_credentials").status, 404);
        QCOMPARE(m_client->get("/Users").status, 200);
        QCOMPARE(m_client->get("/Users").status, 429);
    }

    void knobAcceptAnyToken()
    {
        m_server->faults().acceptAnyToken = true;
        m_client->setToken("anything");
        QCOMPARE(m_client->get("/Users").status, 200);
        m_client->setToken({});
        QCOMPARE(m_client->get("/Users").status, 401); // a missing token is a separate knob
        m_server->faults().acceptNoToken = true;
        QCOMPARE(m_client->get("/Users").status, 200);
        m_server->faults().acceptAnyToken = false;
        m_client->setToken("anything");
        QCOMPARE(m_client->get("/Users").status, 401);
    }

    void knobHtml()
    {
        m_server->faults().htmlPages = true;
        const RawReply page = m_client->get("/Users");
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.startsWith("<!DOCTYPE html>"));
    }

    void knobPlainJsonContentType()
    {
        m_server->faults().plainJsonContentType = true;
        QCOMPARE(m_client->get("/Users").header("Content-Type"), QByteArray("application/json"));
    }

    void knobDateSkew()
    {
        m_server->faults().dateSkewSeconds = 3600;
        const QByteArray date = m_client->get("/Users").header("Date");
        const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(date),
                                                       QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        QVERIFY2(when.isValid(), date.constData());
        QDateTime utc = when;
        utc.setTimeSpec(Qt::UTC);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(utc) - 3600) < 120);
    }

    void knobRedirect()
    {
        m_server->faults().redirectTo = QUrl(QStringLiteral("https://elsewhere.example"));
        const RawReply redirected = m_client->get("/Users");
        QCOMPARE(redirected.status, 307);
        QCOMPARE(redirected.header("Location"), QByteArray("https://elsewhere.example/scim/v2/Users"));
    }

    void knobNotFoundOnEmptyFilter()
    {
        m_server->faults().notFoundOnEmptyFilter = true;
        QCOMPARE(m_client->get("/Users?filter=userName+eq+%22nobody%22").status, 404);
        QCOMPARE(m_client->get("/Users").status, 200);
    }

    void faultRuleSyntax_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("status") << "POST:/Users:1:500" << true;
        QTest::newRow("every request") << "*:/Groups:0:502" << true;
        QTest::newRow("throttle with seconds") << "GET:/Users:3:429=2" << true;
        QTest::newRow("drop") << "PATCH:/Groups:1:drop" << true;
        QTest::newRow("with a query prefix") << "GET:/Users?startIndex=1&count=2:0:500" << true;
        QTest::newRow("missing part") << "POST:/Users:500" << false;
        QTest::newRow("not a path") << "POST:Users:1:500" << false;
        QTest::newRow("bad status") << "POST:/Users:1:999" << false;
        QTest::newRow("negative n") << "POST:/Users:-1:500" << false;
        QTest::newRow("bad throttle") << "GET:/Users:1:429x" << false;
    }

    void faultRuleSyntax()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(FaultRule::parse(spec, &error).has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (!valid)
            QVERIFY(error.contains(spec));
    }

    void tls()
    {
        QTemporaryDir directory;
        const auto generated = testsupport::generateCertificate(directory.path());
        QVERIFY(!generated.certificate.isNull());
        SandboxServer secure;
        secure.useTls(generated.certificate, generated.key);
        QVERIFY(secure.start());
        QVERIFY(secure.endpoint().startsWith(QLatin1String("https://127.0.0.1:")));
        SandboxClient untrusting(secure.endpoint(), secure.token());
        QCOMPARE(untrusting.get("/Users").error, QNetworkReply::SslHandshakeFailedError);
        SandboxClient trusting(secure.endpoint(), secure.token());
        trusting.setCaCertificates({generated.certificate});
        QCOMPARE(trusting.get("/Users").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
