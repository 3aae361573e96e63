// The command line's secret and input hygiene, as processes: a token never on argv, gone from
// /proc/<pid>/environ while the console runs, never in any output even when the service echoes it;
// files read only when regular and never past their limit; nothing journaled that was never sent.
#include "sandbox/sandboxserver.h"
#include "support/process.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runConsole;

namespace {

const QByteArray Token = "cli/secret+tok=en\"with&odd-chars-0123456789";

QProcessEnvironment withToken(const QByteArray &token = Token)
{
    auto environment = testsupport::baseEnvironment();
    environment.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QString::fromLatin1(token));
    return environment;
}

QList<QByteArray> encodingsOf(const QByteArray &token)
{
    return {token,
            QUrl::toPercentEncoding(QString::fromUtf8(token)),
            QUrl::toPercentEncoding(QString::fromUtf8(token)).toLower(),
            QByteArray(token).replace("\"", "\\\""),
            token.toBase64(),
            QByteArray("sandbox:" + token).toBase64()};
}

} // namespace

class TestCliSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTokenOnTheCommandLineIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const char *command : {"verify", "pilot", "cleanup", "group-preview"}) {
            QTest::addRow("%s --token X", command)
                << QStringList {QString::fromLatin1(command),
                                QStringLiteral("--endpoint"),
                                QStringLiteral("https://h.example.com/scim/v2"),
                                QStringLiteral("--token"),
                                QStringLiteral("abc123"),
                                QStringLiteral("--users"),
                                QStringLiteral("x.csv")};
            QTest::addRow("%s --token=X", command)
                << QStringList {QString::fromLatin1(command), QStringLiteral("--token=abc123"),
                                QStringLiteral("--endpoint"), QStringLiteral("https://h.example.com/scim/v2"),
                                QStringLiteral("--users"),    QStringLiteral("x.csv")};
        }
    }

    void aTokenOnTheCommandLineIsRefused()
    {
        QFETCH(QStringList, arguments);
        if (!arguments.constFirst().startsWith(QLatin1String("group")))
            arguments = arguments.mid(0, arguments.indexOf(QStringLiteral("--users")));
        const auto result = runConsole(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("A token never goes on the command line: use SCIM_CONSOLE_TOKEN or "
                                     "--token-stdin."),
                 result.err.constData());
        QVERIFY(!result.err.contains("abc123"));
        QVERIFY(!result.out.contains("abc123"));
    }

    void theTokenLeavesTheEnvironmentAtOnce()
    {
        if (!QFile::exists(QStringLiteral("/proc/self/environ")))
            QSKIP("No /proc on this system.");
        sandbox::SandboxServer server(
            sandbox::SandboxServer::Config {false, QStringLiteral("SCIM Pilot"), Token});
        QVERIFY(server.start());
        server.faults().hangAll = true; // the console sits in its first request while we look
        QSignalSpy received(&server, &sandbox::SandboxServer::requestHandled);
        QProcess console;
        console.setProcessEnvironment(withToken());
        console.start(testsupport::consoleExecutable(),
                      {QStringLiteral("verify"), QStringLiteral("--endpoint"), server.endpoint(),
                       QStringLiteral("--timeout-ms"), QStringLiteral("20000")});
        QVERIFY(console.waitForStarted());
        QVERIFY(received.wait(15000));
        QFile environment(QStringLiteral("/proc/%1/environ").arg(console.processId()));
        // The console is not dumpable, so only root (CI) may look; that is the point of the check.
        if (!environment.open(QIODevice::ReadOnly)) {
            console.kill();
            console.waitForFinished();
            QSKIP("Reading another process's environment needs root here.");
        }
        const QByteArray bytes = environment.readAll();
        console.kill();
        console.waitForFinished();
        QVERIFY(bytes.contains("HOME=")); // we did read its environment
        QVERIFY2(!bytes.contains(Token), "the token is still in /proc/<pid>/environ");
        QVERIFY(!bytes.contains(QByteArray("SCIM_CONSOLE_TOKEN=" + Token.left(8))));
    }

    void noSecretOfAnyModeReachesAnyOutput_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("header") << QStringLiteral("header");
        QTest::newRow("basic") << QStringLiteral("basic");
        QTest::newRow("oauth") << QStringLiteral("oauth-client-credentials");
        QTest::newRow("oauth with JWTs") << QStringLiteral("oauth-jwt");
    }

    void noSecretOfAnyModeReachesAnyOutput()
    {
        QFETCH(QString, mode);
        sandbox::SandboxServer::Config config;
        const bool jwt = mode == QLatin1String("oauth-jwt");
        config.auth = *sandbox::parseAuthMode(jwt ? QStringLiteral("oauth-client-credentials") : mode);
        config.jwtAccessTokens = jwt;
        config.oauthLifetimeSeconds = 1; // several access tokens in one run
        sandbox::SandboxServer server(config);
        QVERIFY(server.start());
        server.faults().latencyMs = 60;
        auto environment = testsupport::baseEnvironment();
        QStringList flags {QStringLiteral("--endpoint"), server.endpoint(), QStringLiteral("--auth"),
                           jwt ? QStringLiteral("oauth-client-credentials") : mode};
        QList<QByteArray> secrets;
        if (config.auth == sandbox::AuthMode::Basic) {
            flags << QStringLiteral("--username") << server.username();
            environment.insert(QStringLiteral("SCIM_CONSOLE_PASSWORD"),
                               QString::fromLatin1(server.password()));
            secrets << server.password()
                    << QByteArray(server.username().toUtf8() + ':' + server.password()).toBase64();
        } else if (config.auth == sandbox::AuthMode::OAuthClientCredentials) {
            flags << QStringLiteral("--token-endpoint") << server.tokenEndpoint()
                  << QStringLiteral("--client-id") << server.clientId();
            environment.insert(QStringLiteral("SCIM_CONSOLE_CLIENT_SECRET"),
                               QString::fromLatin1(server.clientSecret()));
            secrets << server.clientSecret()
                    << QByteArray(server.clientId().toUtf8() + ':' + server.clientSecret()).toBase64();
        } else {
            environment.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QString::fromLatin1(server.token()));
            secrets << server.token();
        }
        QTemporaryDir dir;
        QList<QByteArray> outputs;
        int run = 0;
        for (const QStringList &command : {QStringList {QStringLiteral("verify"), QStringLiteral("--json")},
                                           QStringList {QStringLiteral("pilot"), QStringLiteral("--dialect"),
                                                        QStringLiteral("okta"), QStringLiteral("--json")}}) {
            for (const char *extension : {"json", "html"}) {
                const QString report
                    = dir.filePath(QStringLiteral("report%1.%2").arg(run++).arg(QLatin1String(extension)));
                const auto result = runConsole(command + flags
                                                   + QStringList {QStringLiteral("--group-name"),
                                                                  QStringLiteral("SCIM Pilot"),
                                                                  QStringLiteral("--report"), report},
                                               environment);
                QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
                outputs << result.out << result.err;
                QFile file(report);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(report));
                outputs << file.readAll();
            }
        }
        if (config.auth == sandbox::AuthMode::OAuthClientCredentials)
            QVERIFY2(server.grantsIssued() >= 4, qPrintable(QString::number(server.grantsIssued())));
        for (const QByteArray &output : std::as_const(outputs)) {
            for (const QByteArray &secret : std::as_const(secrets)) {
                for (const QByteArray &form : encodingsOf(secret))
                    QVERIFY2(!output.contains(form), form.constData());
            }
            // Access tokens: opaque ones start sandbox-at-, a JWT's header is always the same.
            QVERIFY(!output.contains("sandbox-at-"));
            QVERIFY(!output.contains(
                QByteArray(R"({"alg":"HS256","typ":"JWT"})")
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        }
    }

    void anEchoedTokenNeverReachesAnyOutput()
    {
        sandbox::SandboxServer server(
            sandbox::SandboxServer::Config {false, QStringLiteral("SCIM Pilot"), Token});
        QVERIFY(server.start());
        server.faults().echoToken = true;
        QTemporaryDir dir;
        QList<QByteArray> outputs;
        int run = 0;
        for (const QStringList &command :
             {QStringList {QStringLiteral("verify")},
              QStringList {QStringLiteral("pilot"), QStringLiteral("--dialect"), QStringLiteral("okta")},
              QStringList {QStringLiteral("pilot"), QStringLiteral("--dialect"), QStringLiteral("entra")}}) {
            for (const char *extension : {"json", "xml", "html", "pdf"}) {
                const QString report
                    = dir.filePath(QStringLiteral("report%1.%2").arg(run++).arg(QLatin1String(extension)));
                for (const bool json : {false, true}) {
                    QStringList arguments = command;
                    arguments << QStringLiteral("--endpoint") << server.endpoint()
                              << QStringLiteral("--group-name") << QStringLiteral("SCIM Pilot")
                              << QStringLiteral("--report") << report;
                    if (json)
                        arguments << QStringLiteral("--json");
                    const auto result = runConsole(arguments, withToken());
                    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
                    outputs << result.out << result.err;
                }
                QFile file(report);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(report));
                QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
                const QByteArray bytes = file.readAll();
                outputs << bytes;
                if (report.endsWith(QLatin1String(".pdf"))) {
                    const auto text
                        = testsupport::runProcess(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
                    outputs << text.out;
                }
            }
        }
        // The service did echo it (the masked echo is in the JSON).
        bool echoed = false;
        for (const QByteArray &output : std::as_const(outputs))
            echoed = echoed || output.contains("(token “****”");
        QVERIFY(echoed);
        for (const QByteArray &output : std::as_const(outputs)) {
            for (const QByteArray &form : encodingsOf(Token))
                QVERIFY2(!output.contains(form), form.constData());
        }
    }

    void onlyRegularFilesAreRead_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QStringList target {QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9/scim/v2")};
        QTest::newRow("--users /dev/zero")
            << (QStringList {QStringLiteral("group-preview"), QStringLiteral("--users"),
                             QStringLiteral("/dev/zero")}
                + target)
            << QByteArray("/dev/zero is not a regular file");
        QTest::newRow("--from /dev/zero")
            << QStringList {QStringLiteral("request"), QStringLiteral("--from"), QStringLiteral("/dev/zero")}
            << QByteArray("/dev/zero is not a regular file");
        QTest::newRow("--ca-file /dev/zero")
            << (QStringList {QStringLiteral("verify"), QStringLiteral("--ca-file"),
                             QStringLiteral("/dev/zero")}
                + target)
            << QByteArray("/dev/zero is not a regular file");
        QTest::newRow("--users a folder") << (QStringList {QStringLiteral("group-confirm"),
                                                           QStringLiteral("--users"), QStringLiteral("/tmp")}
                                              + target)
                                          << QByteArray("/tmp is a folder");
    }

    void onlyRegularFilesAreRead()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const auto result = runConsole(arguments, withToken("any-token-for-this"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
    }

    void aCreateThatWasNeverSentIsNotJournaled()
    {
        // Nothing listens: the pilot sends nothing, leaves nothing, and blocks nothing.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString endpoint = QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(closed.serverPort());
        closed.close();
        const QStringList pilot {
            QStringLiteral("pilot"),        QStringLiteral("--endpoint"), endpoint,
            QStringLiteral("--timeout-ms"), QStringLiteral("2000"),       QStringLiteral("--json")};
        const auto first = runConsole(pilot, withToken("unreachable-token"));
        QCOMPARE(first.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(json.value(QLatin1String("cleanup")).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("passed"));
        const auto second = runConsole(pilot, withToken("unreachable-token"));
        QVERIFY2(!second.err.contains("did not finish its cleanup"), second.err.constData());
        QCOMPARE(second.exitCode, 1);
    }

    void aSecretInTheEndpointQueryIsRefused()
    {
        const auto result
            = runConsole({QStringLiteral("verify"), QStringLiteral("--endpoint"),
                          QStringLiteral("https://h.example.com/scim/v2?access_token=s3cr3tValue")},
                         withToken("some-token"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("access_token=…"));
        QVERIFY(!result.err.contains("s3cr3tValue"));
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
