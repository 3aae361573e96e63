// The console against hostile and merely unusual services: server-given ids that would be paths,
// a token echoed back in every encoding, headers and bodies without end, absurd Retry-After
// values. Asserts what must never happen: a request that leaves the user's path, a secret in any
// output, a leftover hidden, an unclear message.
#include "engine/group/grouprun.h"
#include "engine/pilot/pilotrun.h"
#include "engine/verify/verifyrun.h"
#include "reports/report.h"
#include "sandbox/sandboxserver.h"
#include "scim/resourcepath.h"
#include "support/connection.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

#include <cstdio>

using engine::RunResult;
using engine::StepResult;
using namespace std::chrono_literals;

namespace {

QString describe(const RunResult &result)
{
    QStringList lines;
    for (const StepResult &step : result.steps)
        lines.append(
            QStringLiteral("%1=%2 (%3)").arg(step.id, StepResult::outcomeName(step.outcome), step.detail));
    if (result.cleanup)
        lines.append(QStringLiteral("cleanup=%1 leftovers=%2")
                         .arg(StepResult::outcomeName(result.cleanup->outcome),
                              result.cleanup->leftovers.join(QLatin1Char(','))));
    return lines.join(QLatin1Char('\n'));
}

/// The path of a request target, split into percent-decoded segments.
QStringList segmentsOf(const QByteArray &target)
{
    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    QStringList segments;
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &part : parts.mid(1))
        segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(part)));
    return segments;
}

const QByteArray HostileToken = "hostile/tok+en=with\"quote\"&more-0123456789";

/// Every way the token could come back through the console's output.
QList<QByteArray> encodingsOf(const QByteArray &token)
{
    QList<QByteArray> forms {token,
                             QUrl::toPercentEncoding(QString::fromUtf8(token)),
                             QUrl::toPercentEncoding(QString::fromUtf8(token)).toLower(),
                             QByteArray(token).replace("\"", "\\\""),
                             token.toBase64(),
                             QByteArray("sandbox:" + token).toBase64()};
    return forms;
}

/// The child process of hostileTransportsGetTheirOwnMessage: serves one kind of hostility and
/// prints its endpoint.
int serveHostile(const QString &kind)
{
    testsupport::TestHttpServer server;
    if (!server.start())
        return 1;
    server.setHandler([kind](const testsupport::RecordedRequest &) {
        if (kind == QLatin1String("endless"))
            return testsupport::ScriptedReply::endless();
        testsupport::ScriptedReply reply = testsupport::ScriptedReply::json(
            kind == QLatin1String("retry") ? 429 : 200, R"({"detail":"x"})");
        if (kind == QLatin1String("retry"))
            reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("999999999")));
        for (int i = 0; kind == QLatin1String("headers") && i < 200; ++i)
            reply.headers.append(qMakePair("X-Filler-" + QByteArray::number(i), QByteArray(1000, 'a')));
        return reply;
    });
    std::printf("%s\n", server.baseUrl().toEncoded().constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

/// The options, and the connection's parts the engine's target would otherwise make.
struct PilotSetup : engine::PilotOptions
{
    QString endpoint;
    QByteArray token;
    std::chrono::milliseconds timeout {std::chrono::seconds(10)};
};

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    PilotSetup pilotOptions(const sandbox::SandboxServer &server, const QString &dialect) const
    {
        PilotSetup options;
        options.endpoint = server.endpoint();
        options.token = server.token();
        options.dialect = *engine::PilotDialect::fromName(dialect);
        options.groupName = QStringLiteral("SCIM Pilot");
        return options;
    }

    RunResult pilot(const PilotSetup &options)
    {
        engine::PilotRun run(
            &m_network, testsupport::connectionTo(options.endpoint, options.token, options.timeout), options);
        return QCoro::waitFor(run.run());
    }

    RunResult verify(const QUrl &endpoint, const QByteArray &token, std::chrono::milliseconds timeout = 10s)
    {
        engine::VerifyOptions options;
        options.endpointAsGiven = endpoint.toString();
        engine::VerifyRun run(&m_network, testsupport::connectionTo(endpoint.toString(), token, timeout),
                              options);
        return QCoro::waitFor(run.run());
    }

    static const StepResult *stepOf(const RunResult &result, const QString &id)
    {
        for (const StepResult &step : result.steps) {
            if (step.id == id)
                return &step;
        }
        return nullptr;
    }

private Q_SLOTS:
    void serverIdsAreDataNeverPaths_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("usable");
        const QStringList usable {QStringLiteral("../Groups/{gid}"),
                                  QStringLiteral("%2e%2e/Groups/{gid}"),
                                  QStringLiteral("u/../../Groups/{gid}"),
                                  QStringLiteral("a b"),
                                  QStringLiteral("a|b"),
                                  QStringLiteral("%2F"),
                                  QStringLiteral("%00"),
                                  QStringLiteral("a?b"),
                                  QStringLiteral("a#b"),
                                  QStringLiteral("a\\b")};
        const QStringList unusable {QStringLiteral("."), QStringLiteral(".."), QString()};
        for (const char *dialect : {"entra", "entra-rfc", "okta", "okta-aiw"}) {
            for (const QString &id : usable)
                QTest::addRow("%s, id %s", dialect, qPrintable(id))
                    << QString::fromLatin1(dialect) << id << true;
            for (const QString &id : unusable)
                QTest::addRow("%s, id \"%s\"", dialect, qPrintable(id))
                    << QString::fromLatin1(dialect) << id << false;
        }
    }

    void serverIdsAreDataNeverPaths()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, id);
        QFETCH(bool, usable);
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        const QString gid = server.seededGroupId();
        id.replace(QStringLiteral("{gid}"), gid);
        // The pilot user and its would-be duplicate both get the hostile id's shape.
        server.store().setNextUserIds({id, id + QStringLiteral("-dup")});
        const QJsonObject groupBefore = server.store().get(sandbox::ResourceKind::Group, gid);

        const RunResult result = pilot(pilotOptions(server, dialect));

        // No request reached any resource but the collections, that user, and the group.
        for (const sandbox::ReceivedRequest &request : server.received()) {
            const QStringList segments = segmentsOf(request.target);
            const QString what = QString::fromLatin1(request.method + ' ' + request.target);
            QVERIFY2(segments.size() >= 3 && segments.at(0) == QLatin1String("scim")
                         && segments.at(1) == QLatin1String("v2"),
                     qPrintable(what));
            const QStringList rest = segments.mid(2);
            // The second id goes to the second object the run creates (Entra's manager, or the
            // would-be duplicate); /Schemas is the console's one read of what the service stores.
            const bool users = rest == QStringList {QStringLiteral("Users")}
                || rest == QStringList {QStringLiteral("Users"), id}
                || rest == QStringList {QStringLiteral("Users"), QString(id + QStringLiteral("-dup"))}
                || rest == QStringList {QStringLiteral("Schemas")};
            const bool groups = rest == QStringList {QStringLiteral("Groups")}
                || rest == QStringList {QStringLiteral("Groups"), gid};
            QVERIFY2(users || groups, qPrintable(what));
            if (groups && request.method != "GET") {
                // The group is only ever told about this user's membership (and Okta's rename).
                QVERIFY2(request.method == "PATCH" || request.method == "PUT", qPrintable(what));
                QVERIFY2(request.body.contains("members")
                             || request.body.contains("\"displayName\":\"SCIM Pilot\""),
                         request.body.constData());
            }
        }
        const QJsonObject groupAfter = server.store().get(sandbox::ResourceKind::Group, gid);
        QCOMPARE(groupAfter.value(QLatin1String("displayName")),
                 groupBefore.value(QLatin1String("displayName")));
        QCOMPARE(groupAfter.value(QLatin1String("members")).toArray().size(), 0);

        if (usable) {
            // A server whose ids need encoding is served properly: nothing is left behind.
            QVERIFY2(result.cleanup && result.cleanup->leftovers.isEmpty(), qPrintable(describe(result)));
            QCOMPARE(server.store().count(sandbox::ResourceKind::User), 0);
            QCOMPARE(stepOf(result, QStringLiteral("create-user"))->outcome, StepResult::Outcome::Passed);
            QCOMPARE(stepOf(result, QStringLiteral("deactivate-user"))->outcome, StepResult::Outcome::Passed);
        } else {
            // An id that cannot name one user stops the run, and the user is reported, not hidden.
            const StepResult *create = stepOf(result, QStringLiteral("create-user"));
            QCOMPARE(create->outcome, StepResult::Outcome::Failed);
            QVERIFY2(create->detail.contains(QLatin1String("cannot name one user"))
                         || create->detail.contains(QLatin1String("without the new user's id")),
                     qPrintable(create->detail));
            QCOMPARE(stepOf(result, QStringLiteral("update-user"))->outcome, StepResult::Outcome::Skipped);
            QCOMPARE(server.store().count(sandbox::ResourceKind::User), 1);
            QVERIFY2(result.cleanup && result.cleanup->leftovers.size() == 1, qPrintable(describe(result)));
            QCOMPARE(result.cleanup->outcome, StepResult::Outcome::Failed);
            QVERIFY(result.leftSomethingBehind());
            for (const sandbox::ReceivedRequest &request : server.received())
                QVERIFY2(request.method == "GET" || request.method == "POST", request.target.constData());
        }
        QFile::remove(engine::CleanupJournal::pathFor(result.endpoint));
    }

    void anIdThatChangesStopsTheRun()
    {
        // The create says one id, the read-back another: the console changes nothing.
        testsupport::TestHttpServer front;
        QVERIFY(front.start());
        front.setHandler([&](const testsupport::RecordedRequest &request) {
            if (request.method == "POST")
                return testsupport::ScriptedReply::json(
                    201, R"({"id":"first","userName":"x","externalId":"y","schemas":[]})");
            if (request.path().endsWith("/Users/first"))
                return testsupport::ScriptedReply::json(200,
                                                        R"({"id":"second","userName":"x","externalId":"y"})");
            return testsupport::ScriptedReply::json(
                200,
                R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"Resources":[]})");
        });
        PilotSetup options;
        options.endpoint = front.baseUrl().toString();
        options.token = "t0ken-for-the-front";
        options.dialect = engine::DialectId::Entra;
        options.timeout = 5s;
        const RunResult result = pilot(options);
        const StepResult *read = stepOf(result, QStringLiteral("read-user"));
        QCOMPARE(read->outcome, StepResult::Outcome::Failed);
        QVERIFY2(read->detail.contains(QStringLiteral("“second”")), qPrintable(read->detail));
        for (const testsupport::RecordedRequest &request : front.requests())
            QVERIFY2(request.method == "GET" || request.method == "POST", request.target.constData());
        QFile::remove(engine::CleanupJournal::pathFor(result.endpoint));
    }

    void anEchoedTokenNeverReachesAnyOutput()
    {
        sandbox::SandboxServer server(
            sandbox::SandboxServer::Config {false, QStringLiteral("SCIM Pilot"), HostileToken});
        QVERIFY(server.start());
        server.faults().echoToken = true;
        QList<RunResult> results;
        results.append(verify(QUrl(server.endpoint()), server.token()));
        for (const char *dialect : {"entra", "okta"})
            results.append(pilot(pilotOptions(server, QString::fromLatin1(dialect))));
        engine::GroupOptions group;
        group.groupName = QStringLiteral("SCIM Pilot");
        group.members = {engine::GroupMember {2, QStringLiteral("Ann@Example.com"), {}}};
        engine::GroupRun preview(&m_network, testsupport::connectionTo(server.endpoint(), server.token()),
                                 engine::GroupRun::Kind::Preview, group);
        results.append(QCoro::waitFor(preview.run()));

        // The service really echoed it: in the 401s, the 409 and every answer's header.
        bool echoed = false;
        for (const RunResult &result : std::as_const(results)) {
            for (const StepResult &step : result.steps) {
                for (const scim::Exchange &exchange : step.exchanges)
                    echoed = echoed || exchange.responseBody.contains("token “****”");
            }
        }
        QVERIFY(echoed);

        QTemporaryDir dir;
        for (qsizetype i = 0; i < results.size(); ++i) {
            for (const char *extension : {"json", "xml", "html"}) {
                const QString path
                    = dir.filePath(QStringLiteral("run%1.%2").arg(i).arg(QLatin1String(extension)));
                QVERIFY2(reports::Report::write(results.at(i), path).isEmpty(), qPrintable(path));
                QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
                         QFile::Permissions());
            }
        }
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), results.size() * 3);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            for (const QByteArray &form : encodingsOf(HostileToken))
                QVERIFY2(!text.contains(form),
                         qPrintable(name + QStringLiteral(" holds ") + QString::fromUtf8(form)));
            // And not the echoed header value a decoder could read it from.
            QVERIFY2(!text.contains(QByteArray("Basic " + QByteArray("sandbox:" + HostileToken).toBase64())),
                     qPrintable(name));
        }
    }

    void hostileTransportsGetTheirOwnMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("detail");
        QTest::newRow("huge headers") << "headers"
                                      << "headers were larger than the limit";
        QTest::newRow("endless body") << "endless"
                                      << "larger than the size limit";
        QTest::newRow("absurd Retry-After") << "retry"
                                            << "asked to wait 11574 day";
    }

    void hostileTransportsGetTheirOwnMessage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, detail);
        // The hostile server runs in a process of its own, as a real one would (Qt's client stalls
        // on very large headers from a server in its own thread, which no real server is).
        QProcess server;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SCIM_HOSTILE_SERVE"), kind);
        server.setProcessEnvironment(environment);
        server.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 10000);
        const QUrl endpoint(QString::fromLatin1(server.readLine().trimmed()));
        QVERIFY2(endpoint.isValid() && endpoint.port() > 0, qPrintable(endpoint.toString()));
        QElapsedTimer clock;
        clock.start();
        const RunResult result = verify(endpoint, "hostile-transport-token");
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        server.kill();
        server.waitForFinished();
        QStringList details;
        for (const StepResult &step : result.steps)
            details.append(step.detail);
        QVERIFY2(details.join(QLatin1Char('\n')).contains(detail), qPrintable(describe(result)));
        QVERIFY(!details.join(QLatin1Char('\n')).contains(QLatin1String("timeout")));
        QVERIFY(result.outcome != RunResult::Outcome::Passed);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString kind = qEnvironmentVariable("SCIM_HOSTILE_SERVE"); !kind.isEmpty())
        return serveHostile(kind);
    TestHostileServer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostileserver.moc"
