// `scim-console verify` as a process against an in-process sandbox: JSON, reports, every exit
// code, a stored profile through the keychain, and Ctrl+C.
#include "sandbox/sandboxserver.h"
#include "support/process.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>

using testsupport::runConsole;

class TestCliVerify : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_directory;

    QProcessEnvironment withToken(const QByteArray &token) const
    {
        auto environment = testsupport::baseEnvironment();
        environment.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QString::fromLatin1(token));
        return environment;
    }

    QStringList endpoint() const { return {QStringLiteral("--endpoint"), m_server->endpoint()}; }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_server->start());
    }

    void passesWithJson()
    {
        const auto result
            = runConsole(QStringList {QStringLiteral("verify"), QStringLiteral("--json"),
                                      QStringLiteral("--group-name"), QStringLiteral("SCIM Pilot")}
                             + endpoint(),
                         withToken(m_server->token()));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(QLatin1String("tool")).toString(), QStringLiteral("scim-console"));
        QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("verify"));
        QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("passed"));
        QCOMPARE(json.value(QLatin1String("endpoint")).toString(), m_server->endpoint());
        QVERIFY(json.value(QLatin1String("dialect")).isNull());
        QVERIFY(!json.contains(QLatin1String("cleanup")));
        const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), 23);
        QCOMPARE(steps.at(0).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("endpoint-url"));
        QCOMPARE(steps.at(22).toObject().value(QLatin1String("id")).toString(), QStringLiteral("clock-skew"));
        const QJsonObject accepts = steps.at(11).toObject();
        QCOMPARE(accepts.value(QLatin1String("id")).toString(), QStringLiteral("auth-accepts-token"));
        const QJsonObject exchange = accepts.value(QLatin1String("exchanges")).toArray().at(0).toObject();
        QCOMPARE(exchange.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(exchange.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(exchange.value(QLatin1String("requestHeaders"))
                     .toObject()
                     .value(QLatin1String("Authorization"))
                     .toString(),
                 QStringLiteral("Bearer ****"));
        QVERIFY(!result.out.contains(m_server->token()));
        QVERIFY(!result.err.contains(m_server->token()));
        // English plurals come from the English catalogue: "1 group.", not "1 group(s).".
        for (const QJsonValue &step : steps) {
            if (step.toObject().value(QLatin1String("id")).toString() == QLatin1String("groups-list"))
                QVERIFY2(step.toObject()
                             .value(QLatin1String("detail"))
                             .toString()
                             .startsWith(QLatin1String("1 group.")),
                         qPrintable(step.toObject().value(QLatin1String("detail")).toString()));
        }
    }

    void tableOnATerminalIsReadable()
    {
        const auto result
            = runConsole(QStringList {QStringLiteral("verify")} + endpoint(), withToken(m_server->token()));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("✓ The token is accepted"));
        QVERIFY2(result.out.contains("Verify passed: "), result.out.constData());
        QVERIFY(!result.out.contains("PASSED"));
        QVERIFY(!result.out.contains("\x1b[")); // not a terminal: no colour
    }

    void failedIsExitOne()
    {
        const auto result
            = runConsole(QStringList {QStringLiteral("verify"), QStringLiteral("--json")} + endpoint(),
                         withToken("wrong-token"));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("failed"));
    }

    void unreachableIsExitThree()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const auto result
            = runConsole({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--timeout-ms"),
                          QStringLiteral("1500"), QStringLiteral("--endpoint"),
                          QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(probe.serverPort())},
                         withToken("x"));
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("error"));
    }

    void usageIsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no target") << QStringList {} << QByteArray("x")
                                   << QByteArray("--profile NAME or --endpoint URL");
        QTest::newRow("no token") << QStringList {QStringLiteral("--endpoint"),
                                                  QStringLiteral("https://acme.surecloud.com/scim/v2")}
                                  << QByteArray() << QByteArray("SCIM_CONSOLE_TOKEN");
        QTest::newRow("bad idp") << QStringList {QStringLiteral("--idp"), QStringLiteral("onelogin")}
                                 << QByteArray("x") << QByteArray("onelogin");
        QTest::newRow("bad report") << QStringList {QStringLiteral("--report"), QStringLiteral("out.txt")}
                                    << QByteArray("x") << QByteArray(".html, .pdf, .json or .xml");
        QTest::newRow("bad timeout") << QStringList {QStringLiteral("--timeout-ms"), QStringLiteral("soon")}
                                     << QByteArray("x") << QByteArray("--timeout-ms");
        QTest::newRow("token on the command line")
            << QStringList {QStringLiteral("--token"), QStringLiteral("abc")} << QByteArray("x")
            << QByteArray("token");
        QTest::newRow("http to a remote host")
            << QStringList {QStringLiteral("--endpoint"), QStringLiteral("http://acme.surecloud.com/scim/v2")}
            << QByteArray("x") << QByteArray("unencrypted");
        QTest::newRow("unknown profile") << QStringList {QStringLiteral("--profile"), QStringLiteral("Nope")}
                                         << QByteArray() << QByteArray("Nope");
        QTest::newRow("missing CA file")
            << QStringList {QStringLiteral("--ca-file"), QStringLiteral("/nonexistent.pem")}
            << QByteArray("x") << QByteArray("/nonexistent.pem");
    }

    void usageIsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, message);
        QStringList full {QStringLiteral("verify")};
        if (!arguments.contains(QStringLiteral("--endpoint"))
            && !arguments.contains(QStringLiteral("--profile")) && !token.isEmpty()
            && QTest::currentDataTag() != QByteArray("no target"))
            full += endpoint();
        const auto result = runConsole(full + arguments,
                                       token.isEmpty() ? testsupport::baseEnvironment() : withToken(token));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
    }

    void reportsAsHtmlAndPdf()
    {
        const QString html = m_directory.filePath(QStringLiteral("verify.html"));
        const QString pdf = m_directory.filePath(QStringLiteral("verify.pdf"));
        const auto htmlRun = runConsole(
            QStringList {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--report"), html}
                + endpoint(),
            withToken(m_server->token()));
        QCOMPARE(htmlRun.exitCode, 0);
        // No platform named: the process picks the offscreen one for the PDF by itself.
        QProcessEnvironment noPlatform = withToken(m_server->token());
        noPlatform.remove(QStringLiteral("QT_QPA_PLATFORM"));
        noPlatform.remove(QStringLiteral("DISPLAY"));
        const auto pdfRun = runConsole(
            QStringList {QStringLiteral("verify"), QStringLiteral("--report"), pdf} + endpoint(), noPlatform);
        QCOMPARE(pdfRun.exitCode, 0);
        const auto text = testsupport::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray htmlText = htmlFile.readAll();
        // NFKC: the PDF may carry typographic ligatures (ﬁ).
        const QString pdfText
            = QString::fromUtf8(text.out).normalized(QString::NormalizationForm_KC).simplified();
        const QJsonArray steps
            = QJsonDocument::fromJson(htmlRun.out).object().value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), 23);
        for (const QJsonValue &step : steps) {
            const QString title = step.toObject().value(QLatin1String("title")).toString();
            QVERIFY2(htmlText.contains(title.toHtmlEscaped().toUtf8()), qPrintable(title));
            QVERIFY2(pdfText.contains(title.simplified()), qPrintable(title));
        }
        QVERIFY(!htmlText.contains(m_server->token()));
    }

    void reportsAsJsonAndJUnit()
    {
        const QString json = m_directory.filePath(QStringLiteral("verify.json"));
        const QString xml = m_directory.filePath(QStringLiteral("verify.xml"));
        QCOMPARE(
            runConsole(QStringList {QStringLiteral("verify"), QStringLiteral("--report"), json} + endpoint(),
                       withToken(m_server->token()))
                .exitCode,
            0);
        QCOMPARE(
            runConsole(QStringList {QStringLiteral("verify"), QStringLiteral("--report"), xml} + endpoint(),
                       withToken("wrong"))
                .exitCode,
            1);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QByteArray jsonText = jsonFile.readAll();
        QCOMPARE(QJsonDocument::fromJson(jsonText).object().value(QLatin1String("steps")).toArray().size(),
                 23);
        QVERIFY(!jsonText.contains(m_server->token()));
        QFile xmlFile(xml);
        QVERIFY(xmlFile.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xmlFile);
        int testcases = 0;
        int failures = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("testcase"))
                ++testcases;
            if (reader.isStartElement() && reader.name() == QLatin1String("failure"))
                ++failures;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(testcases, 23);
        QVERIFY(failures >= 1);
    }

    void storedProfilesOfEveryModeThroughTheKeychain_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("fromEnvironment");
        QTest::newRow("oauth, secret on stdin") << QStringLiteral("oauth-client-credentials") << false;
        QTest::newRow("basic, password from the environment") << QStringLiteral("basic") << true;
        QTest::newRow("header, token on stdin") << QStringLiteral("header") << false;
    }

    void storedProfilesOfEveryModeThroughTheKeychain()
    {
        QFETCH(QString, mode);
        QFETCH(bool, fromEnvironment);
        sandbox::SandboxServer::Config config;
        config.auth = *sandbox::parseAuthMode(mode);
        sandbox::SandboxServer server(config);
        QVERIFY(server.start());
        QStringList add {QStringLiteral("profile"),    QStringLiteral("add"),    QStringLiteral("Modes"),
                         QStringLiteral("--endpoint"), server.endpoint(),        QStringLiteral("--idp"),
                         QStringLiteral("okta"),       QStringLiteral("--auth"), mode};
        QByteArray secret = server.token();
        QString variable = QStringLiteral("SCIM_CONSOLE_TOKEN");
        if (mode == QLatin1String("oauth-client-credentials")) {
            add << QStringLiteral("--idp") << QStringLiteral("entra") << QStringLiteral("--token-endpoint")
                << server.tokenEndpoint() << QStringLiteral("--client-id") << server.clientId();
            secret = server.clientSecret();
            variable = QStringLiteral("SCIM_CONSOLE_CLIENT_SECRET");
        } else if (mode == QLatin1String("basic")) {
            add << QStringLiteral("--username") << server.username();
            secret = server.password();
            variable = QStringLiteral("SCIM_CONSOLE_PASSWORD");
        }
        auto environment = testsupport::baseEnvironment();
        if (fromEnvironment)
            environment.insert(variable, QString::fromLatin1(secret));
        const auto added = runConsole(add, environment, fromEnvironment ? QByteArray() : secret);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(!added.out.contains(secret) && !added.err.contains(secret));
        const auto result = runConsole({QStringLiteral("verify"), QStringLiteral("--profile"),
                                        QStringLiteral("modes"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.out.constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(QLatin1String("auth")).toObject().value(QLatin1String("mode")).toString(), mode);
        QVERIFY(!result.out.contains(secret));
        const auto listed
            = runConsole({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject auth = QJsonDocument::fromJson(listed.out)
                                     .array()
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("auth"))
                                     .toObject();
        QCOMPARE(auth.value(QLatin1String("mode")).toString(), mode);
        QVERIFY(!listed.out.contains(secret));
        // The settings file holds the mode but never the secret.
        QDirIterator settings(
            qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config")),
            {QStringLiteral("profiles.ini")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(settings.hasNext());
        QFile file(settings.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains(mode.toLatin1()));
        QVERIFY(!ini.contains(secret));
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Modes")})
                     .exitCode,
                 0);
    }

    void changingTheModeAsksForItsSecret()
    {
        QVERIFY(runConsole({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Switch"),
                            QStringLiteral("--endpoint"), m_server->endpoint()},
                           testsupport::baseEnvironment(), m_server->token())
                    .exitCode
                == 0);
        const QStringList edit {
            QStringLiteral("profile"), QStringLiteral("edit"),       QStringLiteral("Switch"),
            QStringLiteral("--idp"),   QStringLiteral("okta"),       QStringLiteral("--auth"),
            QStringLiteral("basic"),   QStringLiteral("--username"), QStringLiteral("u")};
        // No password given: the edit is refused, and the old token is never reused as one.
        const auto refused = runConsole(edit);
        QCOMPARE(refused.exitCode, 2);
        const auto mode = [] {
            const auto listed
                = runConsole({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
            return QJsonDocument::fromJson(listed.out)
                .array()
                .at(0)
                .toObject()
                .value(QLatin1String("auth"))
                .toObject()
                .value(QLatin1String("mode"))
                .toString();
        };
        QCOMPARE(mode(), QStringLiteral("bearer"));
        const auto changed = runConsole(edit, testsupport::baseEnvironment(), "the-new-password");
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QCOMPARE(mode(), QStringLiteral("basic"));
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Switch")})
                     .exitCode,
                 0);
    }

    void aFlagOfAnotherModeIsAUsageError()
    {
        const auto result
            = runConsole({QStringLiteral("verify"), QStringLiteral("--endpoint"), m_server->endpoint(),
                          QStringLiteral("--client-id"), QStringLiteral("x")},
                         withToken(m_server->token()));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--client-id does not apply to --auth bearer"), result.err.constData());
        const auto unknown
            = runConsole({QStringLiteral("verify"), QStringLiteral("--endpoint"), m_server->endpoint(),
                          QStringLiteral("--auth"), QStringLiteral("kerberos")},
                         withToken(m_server->token()));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("oauth-client-credentials"));
        const auto noSecret
            = runConsole({QStringLiteral("verify"), QStringLiteral("--endpoint"), m_server->endpoint(),
                          QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--username"),
                          QStringLiteral("u")});
        QCOMPARE(noSecret.exitCode, 2);
        QVERIFY2(noSecret.err.contains("SCIM_CONSOLE_PASSWORD"), noSecret.err.constData());
    }

    void storedProfileThroughTheKeychain()
    {
        const auto added
            = runConsole({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Sandbox"),
                          QStringLiteral("--endpoint"), m_server->endpoint(), QStringLiteral("--group-name"),
                          QStringLiteral("SCIM Pilot")},
                         testsupport::baseEnvironment(), m_server->token());
        QCOMPARE(added.exitCode, 0);
        const auto result = runConsole({QStringLiteral("verify"), QStringLiteral("--profile"),
                                        QStringLiteral("sandbox"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonArray steps
            = QJsonDocument::fromJson(result.out).object().value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.at(18).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("group-details"));
        QCOMPARE(steps.at(18).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("passed"));
        const auto listed
            = runConsole({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out)
                     .array()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("lastVerify"))
                     .toObject()
                     .value(QLatin1String("outcome"))
                     .toString(),
                 QStringLiteral("passed"));
        // …and the run is in the profile's history, private to the user.
        QDirIterator kept(
            qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath() + QStringLiteral("/.local/share")),
            {QStringLiteral("*_verify_passed_*.json")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(kept.hasNext());
        const QString historyFile = kept.next();
        QVERIFY(historyFile.contains(QLatin1String("/history/")));
        QCOMPARE(QFile::permissions(historyFile) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        QFile history(historyFile);
        QVERIFY(history.open(QIODevice::ReadOnly));
        QVERIFY(!history.readAll().contains(m_server->token()));
        history.close();
        // Edited on the command line: the group changes, the token stays.
        const auto edited
            = runConsole({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Sandbox"),
                          QStringLiteral("--group-name"), QStringLiteral("No Such Group")});
        QCOMPARE(edited.exitCode, 0);
        const auto again = runConsole({QStringLiteral("verify"), QStringLiteral("--profile"),
                                       QStringLiteral("Sandbox"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 1); // the token still works; the group is now wrong
        QVERIFY(again.out.contains("No Such Group"));
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Sandbox")})
                     .exitCode,
                 2);
        // Removing the profile removes its kept runs too.
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Sandbox")})
                     .exitCode,
                 0);
        QVERIFY(!QFile::exists(historyFile));
        QVERIFY(!QFileInfo::exists(QFileInfo(historyFile).absolutePath()));
    }

    void loadMeetsTheRateLimit()
    {
        // The sandbox allows 10 requests per second: verify --load finds the limit, says so and exits 1.
        m_server->faults().rateLimitPerSecond = 10;
        const auto result = runConsole(
            QStringList {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--load")}
                + endpoint(),
            withToken(m_server->token()));
        QCOMPARE(result.exitCode, 1);
        const QJsonArray steps
            = QJsonDocument::fromJson(result.out).object().value(QLatin1String("steps")).toArray();
        const QJsonObject load = steps.last().toObject();
        QCOMPARE(load.value(QLatin1String("id")).toString(), QStringLiteral("throughput"));
        QCOMPARE(load.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY(load.value(QLatin1String("status429")).toInt() >= 1);
        QVERIFY(load.value(QLatin1String("requestsPerSecond")).toDouble() <= 10);
        for (const char *figure : {"p50Ms", "p95Ms", "p99Ms", "requests"})
            QVERIFY2(load.contains(QLatin1String(figure)), figure);
        for (const sandbox::ReceivedRequest &request : m_server->received())
            QCOMPARE(request.method, QByteArray("GET"));
    }

    void ctrlCIsExit130()
    {
        m_server->faults().hangAll = true;
        QProcess process;
        process.setProcessEnvironment(withToken(m_server->token()));
        QSignalSpy handled(m_server.get(), &sandbox::SandboxServer::requestHandled);
        process.start(testsupport::consoleExecutable(), QStringList {QStringLiteral("verify")} + endpoint());
        QVERIFY(handled.wait(10000)); // the first request is hanging now
        QSignalSpy finished(&process, &QProcess::finished);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
