// The console against a SCIM server nobody here wrote (SCIMMY): verify and every pilot dialect,
// through the real executable, with the peer's records read back to prove the cleanup.
// Where the peer legitimately differs from our sandbox, the console must report it as the IdP
// would experience it.
#include "engine/idp/pilotuser.h"
#include "engine/pilot/cleanupjournal.h"
#include "engine/pilot/pilotrun.h"
#include "sandbox/sandboxclient.h"
#include "scim/endpointurl.h"
#include "support/process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using testsupport::runConsole;

class TestInterop : public QObject
{
    Q_OBJECT

private:
    QString m_endpoint;
    QByteArray m_token;

    QProcessEnvironment withToken() const
    {
        auto environment = testsupport::baseEnvironment();
        environment.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QString::fromLatin1(m_token));
        return environment;
    }

    /// The token server in @p variable's state dir: its endpoint.json.
    static QJsonObject tokenServer(const char *variable)
    {
        QFile file(qEnvironmentVariable(variable) + QStringLiteral("/endpoint.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readLine()).object()
                                              : QJsonObject();
    }

    /// The console's flags and environment for OAuth client credentials through @p server.
    static QPair<QStringList, QProcessEnvironment> oauthTarget(const QJsonObject &server)
    {
        auto environment = testsupport::baseEnvironment();
        environment.insert(QStringLiteral("SCIM_CONSOLE_CLIENT_SECRET"),
                           server.value(QLatin1String("clientSecret")).toString());
        return {{QStringLiteral("--endpoint"), server.value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("--auth"), QStringLiteral("oauth-client-credentials"),
                 QStringLiteral("--token-endpoint"), server.value(QLatin1String("tokenEndpoint")).toString(),
                 QStringLiteral("--client-id"), server.value(QLatin1String("clientId")).toString()},
                environment};
    }

    /// Access tokens the token server in @p variable's state dir has issued.
    static int grants(const char *variable)
    {
        QFile file(qEnvironmentVariable(variable) + QStringLiteral("/tokens.log"));
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        return int(file.readAll().count(" grant "));
    }

    static QHash<QString, QString> outcomes(const QJsonObject &result)
    {
        QHash<QString, QString> byId;
        const QJsonArray steps = result.value(QLatin1String("steps")).toArray();
        for (const QJsonValue &step : steps)
            byId.insert(step.toObject().value(QLatin1String("id")).toString(),
                        step.toObject().value(QLatin1String("outcome")).toString());
        return byId;
    }

    /// The requests the peer received since @p from (a line offset), as "METHOD URL UA".
    static QStringList requestsSince(qsizetype from)
    {
        QFile file(qEnvironmentVariable("SCIM_INTEROP_STATE") + QStringLiteral("/requests.log"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(from);
    }
    static qsizetype requestCount() { return requestsSince(0).size(); }

    static QString hintOf(const QJsonObject &result, const QString &id)
    {
        const QJsonArray steps = result.value(QLatin1String("steps")).toArray();
        for (const QJsonValue &step : steps) {
            if (step.toObject().value(QLatin1String("id")).toString() == id)
                return step.toObject().value(QLatin1String("hint")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The console's own application names: its journals are where this test writes one.
        QCoreApplication::setOrganizationName(QStringLiteral("scim-console"));
        QCoreApplication::setApplicationName(QStringLiteral("scim-console"));
        QFile file(qEnvironmentVariable("SCIM_INTEROP_STATE") + QStringLiteral("/endpoint.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the interop-peer fixture did not start the SCIMMY peer");
        const QJsonObject peer = QJsonDocument::fromJson(file.readLine()).object();
        m_endpoint = peer.value(QLatin1String("endpoint")).toString();
        m_token = peer.value(QLatin1String("token")).toString().toLatin1();
        QVERIFY(m_endpoint.startsWith(QLatin1String("http://127.0.0.1:")));
    }

    void verifyPasses()
    {
        const auto run
            = runConsole({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--endpoint"),
                          m_endpoint, QStringLiteral("--group-name"), QStringLiteral("SCIM Pilot")},
                         withToken());
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const auto byId = outcomes(QJsonDocument::fromJson(run.out).object());
        QCOMPARE(byId.size(), 23);
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const bool skippable
                = it.key().startsWith(QLatin1String("tls-")) || it.key() == QLatin1String("token-expiry");
            QVERIFY2(it.value() == (skippable ? QStringLiteral("skipped") : QStringLiteral("passed")),
                     qPrintable(it.key() + QLatin1Char('=') + it.value()));
        }
        // --load against an implementation that is not ours: read-only, within its bounds.
        const auto load = runConsole({QStringLiteral("verify"), QStringLiteral("--json"),
                                      QStringLiteral("--load"), QStringLiteral("--endpoint"), m_endpoint},
                                     withToken());
        QVERIFY2(load.exitCode == 0 || load.exitCode == 1, load.err.constData());
        const QJsonArray steps
            = QJsonDocument::fromJson(load.out).object().value(QLatin1String("steps")).toArray();
        const QJsonObject throughput = steps.last().toObject();
        QCOMPARE(throughput.value(QLatin1String("id")).toString(), QStringLiteral("throughput"));
        QVERIFY2(throughput.value(QLatin1String("outcome")).toString() != QLatin1String("skipped"),
                 qPrintable(throughput.value(QLatin1String("detail")).toString()));
        const int requests = throughput.value(QLatin1String("requests")).toInt();
        QVERIFY2(requests > 0 && requests <= 225, qPrintable(QString::number(requests)));
        for (const char *figure : {"requestsPerSecond", "p50Ms", "p95Ms", "p99Ms", "status429"})
            QVERIFY2(throughput.contains(QLatin1String(figure)), figure);
        // A wrong token is refused by the peer too.
        auto wrong = testsupport::baseEnvironment();
        wrong.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QStringLiteral("not-the-token"));
        QCOMPARE(
            runConsole({QStringLiteral("verify"), QStringLiteral("--endpoint"), m_endpoint}, wrong).exitCode,
            1);
    }

    void verifyPassesWithClientCredentials()
    {
        const QJsonObject server = tokenServer("SCIM_INTEROP_OAUTH_STATE");
        QVERIFY2(!server.isEmpty(), "the interop-oauth fixture did not start the token server");
        const auto [flags, environment] = oauthTarget(server);
        const int before = grants("SCIM_INTEROP_OAUTH_STATE");
        const auto run = runConsole(QStringList {QStringLiteral("verify"), QStringLiteral("--json"),
                                                 QStringLiteral("--idp"), QStringLiteral("entra"),
                                                 QStringLiteral("--group-name"), QStringLiteral("SCIM Pilot")}
                                        + flags,
                                    environment);
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        const auto byId = outcomes(result);
        for (const char *id : {"auth-mode", "oauth-token-endpoint", "oauth-grant", "oauth-rejects-bad-secret",
                               "oauth-token-lifetime", "auth-accepts-token", "auth-rejects-missing-token",
                               "auth-rejects-bad-token", "entra-test-connection", "group-details"})
            QVERIFY2(byId.value(QLatin1String(id)) == QLatin1String("passed"), id);
        QCOMPARE(result.value(QLatin1String("auth")).toObject().value(QLatin1String("clientAuthentication")),
                 QJsonValue(QStringLiteral("basic")));
        QCOMPARE(grants("SCIM_INTEROP_OAUTH_STATE") - before, 1); // one access token for the whole run
        const QByteArray secret = server.value(QLatin1String("clientSecret")).toString().toUtf8();
        QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));

        // A wrong client secret: the grant fails with the token server's own invalid_client.
        auto wrong = environment;
        wrong.insert(QStringLiteral("SCIM_CONSOLE_CLIENT_SECRET"), QStringLiteral("not-the-secret"));
        const auto refused
            = runConsole(QStringList {QStringLiteral("verify"), QStringLiteral("--json")} + flags, wrong);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(outcomes(QJsonDocument::fromJson(refused.out).object()).value(QStringLiteral("oauth-grant")),
                 QStringLiteral("failed"));
        QVERIFY(refused.out.contains("invalid_client"));
    }

    void pilot_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("oauth");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("failed");
        QTest::addColumn<QStringList>("warnings");
        QTest::addColumn<QStringList>("skipped");
        // The peer compares userName case-sensitively: every IdP would see that as a warning.
        const QStringList caseWarning {QStringLiteral("find-user-case-insensitive")};
        const QStringList oktaSkips {QStringLiteral("delete-user"), QStringLiteral("verify-deleted")};
        // The peer rejects Entra's legacy "False" (RFC-correct): entra fails there. Neither of Entra's
        // manager PATCHes gets through (a path outside the core schema; a bare id for a complex
        // attribute): the manager row is the one to fix, in both styles.
        const QStringList manager {
            QStringLiteral("set-manager"),
            QStringLiteral("mapping-urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager")};
        // Each dialect twice: with the peer's bearer token, and with OAuth client credentials through
        // the token server whose access tokens last 2 seconds (renewed mid-run).
        for (const bool oauth : {false, true}) {
            const char *suffix = oauth ? " oauth" : "";
            QTest::newRow(qPrintable(QStringLiteral("entra") + QLatin1String(suffix)))
                << "entra" << oauth << 1 << QStringList {QStringLiteral("deactivate-user")} + manager
                << caseWarning << QStringList {QStringLiteral("verify-deactivated")};
            QTest::newRow(qPrintable(QStringLiteral("entra-rfc") + QLatin1String(suffix)))
                << "entra-rfc" << oauth << 1 << manager << caseWarning << QStringList();
            QTest::newRow(qPrintable(QStringLiteral("okta") + QLatin1String(suffix)))
                << "okta" << oauth << 0 << QStringList() << caseWarning << oktaSkips;
            QTest::newRow(qPrintable(QStringLiteral("okta-aiw") + QLatin1String(suffix)))
                << "okta-aiw" << oauth << 0 << QStringList() << caseWarning << oktaSkips;
        }
    }

    void aBurstOfPeopleEachWithTheirOwnExternalId();
    void aTruncatedUserSchemaDropsWhatItLacks();
    void aCaseVariantTheIdpCannotSeeIsACollision();
    void cleanupIsTimedAndNamedByUserName();
    void aBrokenFileNamesEveryProblemAndSendsNothing();
    void requestsAreShapedAsEachIdpSendsThem();

    void pilot()
    {
        QFETCH(QString, dialect);
        QFETCH(bool, oauth);
        QFETCH(int, exitCode);
        QFETCH(QStringList, failed);
        QFETCH(QStringList, warnings);
        QFETCH(QStringList, skipped);
        const QStringList common {QStringLiteral("pilot"),        QStringLiteral("--json"),
                                  QStringLiteral("--dialect"),    dialect,
                                  QStringLiteral("--group-name"), QStringLiteral("SCIM Pilot")};
        const QJsonObject server = tokenServer("SCIM_INTEROP_OAUTH_SHORT_STATE");
        const auto [flags, environment] = oauth
            ? oauthTarget(server)
            : qMakePair(QStringList {QStringLiteral("--endpoint"), m_endpoint}, withToken());
        const auto run = runConsole(common + flags, environment);
        QVERIFY2(run.exitCode == exitCode, run.out.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        if (oauth) {
            // Each access token lives 2 s: a longer run needed a new one, and no step failed for it.
            const QJsonObject auth = result.value(QLatin1String("auth")).toObject();
            const int tokens = auth.value(QLatin1String("accessTokens")).toInt();
            QVERIFY2(result.value(QLatin1String("durationMs")).toInt() > 2000,
                     "the run fits one token's life");
            QVERIFY2(tokens >= 2, qPrintable(QString::number(tokens)));
            QVERIFY(!run.out.contains(server.value(QLatin1String("clientSecret")).toString().toUtf8()));
        }
        const auto byId = outcomes(result);
        QCOMPARE(byId.size(),
                 engine::PilotRun::stepIdsFor(
                     engine::AttributeMapping::defaults(
                         engine::PilotDialect::create(*engine::PilotDialect::fromName(dialect))->idp()))
                     .size());
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const QString expected = failed.contains(it.key()) ? QStringLiteral("failed")
                : warnings.contains(it.key())                  ? QStringLiteral("warning")
                : skipped.contains(it.key())                   ? QStringLiteral("skipped")
                                                               : QStringLiteral("passed");
            QVERIFY2(it.value() == expected, qPrintable(it.key() + QLatin1Char('=') + it.value()));
        }
        if (dialect == QLatin1String("entra"))
            QVERIFY(hintOf(result, QStringLiteral("deactivate-user"))
                        .contains(QLatin1String("?aadOptscim062020")));
        QVERIFY(hintOf(result, QStringLiteral("find-user-case-insensitive"))
                    .contains(QLatin1String("case-insensitive")));
        QCOMPARE(result.value(QLatin1String("cleanup"))
                     .toObject()
                     .value(QLatin1String("leftovers"))
                     .toArray()
                     .size(),
                 0);

        // Read the peer back: no pilot user, and the group as it was.
        testsupport::SandboxClient peer(m_endpoint, m_token);
        const auto users = peer.get("/Users?filter=userName%20sw%20%22scim-pilot-%22");
        QCOMPARE(users.status, 200);
        QCOMPARE(users.json.value(QLatin1String("totalResults")).toInt(-1), 0);
        const auto groups = peer.get("/Groups?filter=displayName%20eq%20%22SCIM%20Pilot%22");
        QCOMPARE(groups.json.value(QLatin1String("Resources"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("members"))
                     .toArray()
                     .size(),
                 0);
    }
};

void TestInterop::aBurstOfPeopleEachWithTheirOwnExternalId()
{
    // The peer keeps externalId unique, as some services do: every person of a burst gets in.
    const auto run
        = runConsole({QStringLiteral("pilot"), QStringLiteral("--json"), QStringLiteral("--dialect"),
                      QStringLiteral("entra-rfc"), QStringLiteral("--count"), QStringLiteral("3"),
                      QStringLiteral("--concurrency"), QStringLiteral("3"), QStringLiteral("--endpoint"),
                      m_endpoint, QStringLiteral("--group-name"), QStringLiteral("SCIM Pilot")},
                     withToken());
    const QJsonArray steps
        = QJsonDocument::fromJson(run.out).object().value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 3 * 39);
    for (const QJsonValue &step : steps) {
        const QString id = step.toObject().value(QLatin1String("id")).toString();
        const QString outcome = step.toObject().value(QLatin1String("outcome")).toString();
        if (id == QLatin1String("create-user"))
            QCOMPARE(outcome, QStringLiteral("passed"));
        if (outcome == QLatin1String("failed")) // the peer takes no manager PATCH (see pilot())
            QVERIFY2(id == QLatin1String("set-manager") || id.endsWith(QLatin1String(":manager")),
                     qPrintable(id));
    }
}

void TestInterop::aCaseVariantTheIdpCannotSeeIsACollision()
{
    // The peer compares userName exactly: the IdP's own lookup misses "Ann.Lee", only the
    // console's lower-cased one finds "ann.lee" — a real collision.
    testsupport::SandboxClient peer(m_endpoint, m_token);
    const auto created = peer.send("POST", "/Users",
                                   R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],)"
                                   R"("userName":"ann.lee@interop.example","active":true})");
    QCOMPARE(created.status, 201);
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("pilot.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("userName\nAnn.Lee@interop.example\nnew.person@interop.example\n");
    csv.close();
    const auto run
        = runConsole({QStringLiteral("group-preview"), QStringLiteral("--json"), QStringLiteral("--users"),
                      csv.fileName(), QStringLiteral("--endpoint"), m_endpoint},
                     withToken());
    peer.send("DELETE", "/Users/" + created.json.value(QLatin1String("id")).toString().toUtf8());
    QCOMPARE(run.exitCode, 1);
    const QJsonArray steps
        = QJsonDocument::fromJson(run.out).object().value(QLatin1String("steps")).toArray();
    QStringList verdicts;
    for (const QJsonValue &step : steps) {
        if (step.toObject().value(QLatin1String("id")).toString() == QLatin1String("match"))
            verdicts.append(step.toObject().value(QLatin1String("verdict")).toString());
    }
    QCOMPARE(verdicts, (QStringList {QStringLiteral("would-collide"), QStringLiteral("would-create")}));
}

void TestInterop::cleanupIsTimedAndNamedByUserName()
{
    // A pilot killed after its create left a journal and a user behind.
    testsupport::SandboxClient peer(m_endpoint, m_token);
    const QString runId = QStringLiteral("interop-run-11");
    const QString userName = QStringLiteral("scim-pilot-left@interop.example");
    const auto created
        = peer.send("POST", "/Users",
                    QStringLiteral(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],)"
                                   R"("userName":"%1","externalId":"%2","active":true})")
                        .arg(userName, engine::PilotUser::marker(runId) + QStringLiteral(":1"))
                        .toUtf8());
    QCOMPARE(created.status, 201);
    engine::CleanupJournal journal(scim::EndpointUrl::parse(m_endpoint).toString(), runId);
    QVERIFY(QCoro::waitFor(journal.intendToCreate(userName)));
    journal.created(userName, created.json.value(QLatin1String("id")).toString());
    QVERIFY(QCoro::waitFor(journal.flush()));
    const auto run = runConsole(
        {QStringLiteral("cleanup"), QStringLiteral("--json"), QStringLiteral("--endpoint"), m_endpoint},
        withToken());
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    const QJsonArray steps = result.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 1);
    const QJsonObject step = steps.at(0).toObject();
    QCOMPARE(step.value(QLatin1String("user")).toString(), userName);
    qint64 exchangeTime = 0;
    const QJsonArray exchanges = step.value(QLatin1String("exchanges")).toArray();
    for (const QJsonValue &exchange : exchanges)
        exchangeTime += exchange.toObject().value(QLatin1String("durationMs")).toInteger();
    QVERIFY(exchanges.size() >= 3); // read, delete, read back
    // The step's time covers its requests (each rounded to a millisecond on its own) and the
    // client's own work around them, and lies within the run's.
    const qint64 stepTime = step.value(QLatin1String("durationMs")).toInteger();
    const qint64 runTime = result.value(QLatin1String("durationMs")).toInteger();
    QVERIFY2(
        stepTime > 0 && stepTime >= exchangeTime - exchanges.size() && stepTime <= runTime,
        qPrintable(
            QStringLiteral("step %1, requests %2, run %3").arg(stepTime).arg(exchangeTime).arg(runTime)));
    QCOMPARE(peer.get("/Users?filter=userName%20eq%20%22" + userName.toUtf8() + "%22")
                 .json.value(QLatin1String("totalResults"))
                 .toInt(-1),
             0);
}

void TestInterop::aBrokenFileNamesEveryProblemAndSendsNothing()
{
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("pilot.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("userName,givenName\nann@x.org,Ann\n,Bob\n\"carl@x.org,Carl\n");
    csv.close();
    const qsizetype before = requestCount();
    const auto run = runConsole({QStringLiteral("group-preview"), QStringLiteral("--users"), csv.fileName(),
                                 QStringLiteral("--endpoint"), m_endpoint},
                                withToken());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("line 3, column 1 (userName): userName is empty"), run.err.constData());
    QVERIFY2(run.err.contains("never closed"), run.err.constData());
    QCOMPARE(requestCount(), before);
}

void TestInterop::requestsAreShapedAsEachIdpSendsThem()
{
    qsizetype before = requestCount();
    QCOMPARE(runConsole({QStringLiteral("pilot"), QStringLiteral("--dialect"), QStringLiteral("okta"),
                         QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--group-name"),
                         QStringLiteral("SCIM Pilot")},
                        withToken())
                 .exitCode,
             0);
    const QStringList okta = requestsSince(before);
    // O9: Okta looks the group up with its paging, as Okta.
    QVERIFY2(okta.contains(QStringLiteral("GET /scim/v2/Groups?filter=displayName%20eq%20%22SCIM%20Pilot%22&"
                                          "startIndex=1&count=100 Okta SCIM Client 1.0.0")),
             qPrintable(okta.join(QLatin1Char('\n'))));
    // The membership read-back is the console's own request, and says so.
    bool ownMembershipCheck = false;
    for (const QString &line : okta) {
        if (line.startsWith(QLatin1String("GET /scim/v2/Groups?filter=id")))
            ownMembershipCheck = line.contains(QLatin1String(" scim-console/"));
        QVERIFY2(!line.startsWith(QLatin1String("GET /scim/v2/Groups?filter=id"))
                     || line.contains(QLatin1String(" scim-console/")),
                 qPrintable(line));
    }
    QVERIFY(ownMembershipCheck);

    before = requestCount();
    runConsole({QStringLiteral("verify"), QStringLiteral("--endpoint"), m_endpoint}, withToken());
    // E1: Entra's Test Connection also looks up a random group, without its members.
    bool randomGroup = false;
    for (const QString &line : requestsSince(before))
        randomGroup = randomGroup
            || (line.startsWith(
                    QLatin1String("GET /scim/v2/Groups?excludedAttributes=members&filter=displayName+eq+%22"))
                && !line.contains(QLatin1String("SCIM+Pilot")));
    QVERIFY(randomGroup);
}

void TestInterop::aTruncatedUserSchemaDropsWhatItLacks()
{
    // A second peer whose User schema lacks title and addresses: it takes Entra's create and keeps
    // neither, and its /Schemas does not list them. Every other row of the default mapping arrives.
    QFile file(qEnvironmentVariable("SCIM_INTEROP_TRUNCATED_STATE") + QStringLiteral("/endpoint.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "the interop-truncated fixture did not start the peer");
    const QString endpoint
        = QJsonDocument::fromJson(file.readLine()).object().value(QLatin1String("endpoint")).toString();
    const auto run
        = runConsole({QStringLiteral("pilot"), QStringLiteral("--json"), QStringLiteral("--dialect"),
                      QStringLiteral("entra-rfc"), QStringLiteral("--endpoint"), endpoint,
                      QStringLiteral("--group-name"), QStringLiteral("SCIM Pilot")},
                     withToken());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    int dropped = 0;
    for (const QJsonValue &value : result.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        const QString id = step.value(QLatin1String("id")).toString();
        if (!id.startsWith(QLatin1String("mapping-")))
            continue;
        const QString verdict = step.value(QLatin1String("verdict")).toString();
        if (id == QLatin1String("mapping-title") || id.startsWith(QLatin1String("mapping-addresses"))) {
            ++dropped;
            QCOMPARE(verdict, QStringLiteral("dropped"));
            QVERIFY(step.value(QLatin1String("detail"))
                        .toString()
                        .contains(QLatin1String("/Schemas does not list it")));
        } else if (id.endsWith(QLatin1String(":manager"))) {
            QCOMPARE(verdict, QStringLiteral("rejected")); // a bare id for a complex attribute
        } else {
            QVERIFY2(verdict == QLatin1String("stored"), qPrintable(id + QLatin1Char(' ') + verdict));
        }
    }
    QCOMPARE(dropped, 7);
    QCOMPARE(
        result.value(QLatin1String("cleanup")).toObject().value(QLatin1String("leftovers")).toArray().size(),
        0);
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
