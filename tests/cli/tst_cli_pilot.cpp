// `scim-console pilot` and `cleanup` as processes: exit codes, Ctrl+C, and a pilot killed with
// SIGKILL whose journal `cleanup` empties.
#include "sandbox/sandboxserver.h"
#include "support/process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using testsupport::runConsole;

class TestCliPilot : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;

    QProcessEnvironment withToken() const
    {
        auto environment = testsupport::baseEnvironment();
        environment.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QString::fromLatin1(m_server->token()));
        return environment;
    }

    QStringList target() const { return {QStringLiteral("--endpoint"), m_server->endpoint()}; }

    void start(bool strict = false)
    {
        m_server = std::make_unique<sandbox::SandboxServer>(
            sandbox::SandboxServer::Config {strict, QStringLiteral("SCIM Pilot"), {}});
        QVERIFY(m_server->start());
    }

private Q_SLOTS:
    void init() { start(); }

    void theMappingCheckNamesTheRowsToFix()
    {
        m_server->setDropAttributes({QStringLiteral("title")});
        m_server->setRejectAttributes({QStringLiteral("addresses")});
        const auto run = runConsole(QStringList {QStringLiteral("pilot"), QStringLiteral("--json"),
                                                 QStringLiteral("--dialect"), QStringLiteral("entra"),
                                                 QStringLiteral("--group-name"), QStringLiteral("SCIM Pilot")}
                                        + target(),
                                    withToken());
        QCOMPARE(run.exitCode, 1);
        QHash<QString, QString> verdicts;
        for (const QJsonValue &step :
             QJsonDocument::fromJson(run.out).object().value(QLatin1String("steps")).toArray()) {
            const QJsonObject object = step.toObject();
            if (object.contains(QLatin1String("verdict")))
                verdicts.insert(object.value(QLatin1String("id")).toString(),
                                object.value(QLatin1String("verdict")).toString());
            if (object.value(QLatin1String("id")) == QLatin1String("mapping-title"))
                QVERIFY(object.value(QLatin1String("hint"))
                            .toString()
                            .contains(QStringLiteral("“jobTitle → title”")));
        }
        QCOMPARE(verdicts.size(), 22);
        QCOMPARE(verdicts.value(QStringLiteral("mapping-title")), QStringLiteral("dropped"));
        QCOMPARE(verdicts.value(QStringLiteral("mapping-addresses[type eq \"work\"].locality")),
                 QStringLiteral("rejected"));
        QCOMPARE(verdicts.values().count(QStringLiteral("stored")), 22 - 1 - 6);
        QCOMPARE(m_server->store().count(sandbox::ResourceKind::User), 0);
    }

    void everyRequestSentIsInTheJsonTheCleanupsToo()
    {
        const auto run = runConsole(QStringList {QStringLiteral("pilot"), QStringLiteral("--json"),
                                                 QStringLiteral("--dialect"), QStringLiteral("entra")}
                                        + target(),
                                    withToken());
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const auto exchangesOf = [](const QJsonArray &steps) {
            qsizetype count = 0;
            for (const QJsonValue &step : steps)
                count += step.toObject().value(QLatin1String("exchanges")).toArray().size();
            return count;
        };
        const QJsonArray cleanupSteps
            = json.value(QLatin1String("cleanup")).toObject().value(QLatin1String("steps")).toArray();
        // The pilot user deletes itself as its leaver; its manager is the cleanup's to remove.
        QCOMPARE(cleanupSteps.size(), 1);
        const QJsonObject removal = cleanupSteps.at(0).toObject();
        QCOMPARE(removal.value(QLatin1String("id")).toString(), QStringLiteral("cleanup-delete"));
        QStringList methods;
        for (const QJsonValue &exchange : removal.value(QLatin1String("exchanges")).toArray())
            methods.append(exchange.toObject().value(QLatin1String("method")).toString());
        QCOMPARE(methods,
                 (QStringList {QStringLiteral("GET"), QStringLiteral("DELETE"), QStringLiteral("GET")}));
        QCOMPARE(exchangesOf(json.value(QLatin1String("steps")).toArray()) + exchangesOf(cleanupSteps),
                 m_server->received().size());
        QCOMPARE(m_server->store().count(sandbox::ResourceKind::User), 0);
    }

    void mappingsPrintsTheTableAndNamesABrokenFilesPath()
    {
        const auto table = runConsole({QStringLiteral("mappings"), QStringLiteral("--json")});
        QCOMPARE(table.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(table.out).object();
        QCOMPARE(json.value(QLatin1String("idp")).toString(), QStringLiteral("entra"));
        QCOMPARE(json.value(QLatin1String("user")).toArray().size(), 22);
        QCOMPARE(json.value(QLatin1String("user"))
                     .toArray()
                     .at(3)
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("SCIM Pilot Tester"));
        const auto okta
            = runConsole({QStringLiteral("mappings"), QStringLiteral("--idp"), QStringLiteral("okta"),
                          QStringLiteral("--enable"), QStringLiteral("title")});
        QCOMPARE(okta.exitCode, 0);
        QVERIFY(okta.out.contains("user.title → title"));
        QVERIFY(!okta.out.contains("user.title → title [off]"));
        const auto imported
            = runConsole({QStringLiteral("mappings"), QStringLiteral("--json"), QStringLiteral("--import"),
                          QStringLiteral(SCIM_TEST_FIXTURES "/mapping/entra-schema-customised.json")});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.contains("\"Employee\""));
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("schema.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(
            "{\"synchronizationRules\":[{\"objectMappings\":[{\"sourceObjectName\":\"User\",\"enabled\":true,"
            "\"attributeMappings\":[{\"source\":{\"type\":\"Attribute\",\"name\":\"mail\"}}]}]}]}");
        broken.close();
        const auto refused = runConsole(
            QStringList {QStringLiteral("pilot"), QStringLiteral("--mappings"), broken.fileName()} + target(),
            withToken());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("$.synchronizationRules[0].objectMappings[0].attributeMappings[0]"),
                 refused.err.constData());
        QVERIFY(m_server->received().isEmpty()); // nothing was sent
    }

    void passesAndFailsAsTheDialectWould()
    {
        const auto passed
            = runConsole(QStringList {QStringLiteral("pilot"), QStringLiteral("--json"),
                                      QStringLiteral("--dialect"), QStringLiteral("entra"),
                                      QStringLiteral("--group-name"), QStringLiteral("SCIM Pilot")}
                             + target(),
                         withToken());
        QCOMPARE(passed.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(passed.out).object();
        QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("pilot"));
        QCOMPARE(json.value(QLatin1String("dialect")).toString(), QStringLiteral("entra"));
        // The 15 steps of a life, the manager's two, and one per row of Entra's 22-row mapping.
        QCOMPARE(json.value(QLatin1String("steps")).toArray().size(), 15 + 2 + 22);
        QCOMPARE(json.value(QLatin1String("cleanup")).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("passed"));
        QCOMPARE(m_server->store().count(sandbox::ResourceKind::User), 0);

        start(true);
        const auto failed = runConsole(
            QStringList {QStringLiteral("pilot"), QStringLiteral("--dialect"), QStringLiteral("entra")}
                + target(),
            withToken());
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.out.contains("?aadOptscim062020"));
        // With the flag, only the manager's bare id is refused by a strict service.
        const auto rfc = runConsole(QStringList {QStringLiteral("pilot"), QStringLiteral("--json"),
                                                 QStringLiteral("--dialect"), QStringLiteral("entra-rfc")}
                                        + target(),
                                    withToken());
        QCOMPARE(rfc.exitCode, 1);
        for (const QJsonValue &step :
             QJsonDocument::fromJson(rfc.out).object().value(QLatin1String("steps")).toArray()) {
            const QString id = step.toObject().value(QLatin1String("id")).toString();
            if (step.toObject().value(QLatin1String("outcome")).toString() == QLatin1String("failed"))
                QVERIFY2(id == QLatin1String("set-manager") || id.endsWith(QLatin1String(":manager")),
                         qPrintable(id));
        }
        QCOMPARE(m_server->store().count(sandbox::ResourceKind::User), 0);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown dialect")
            << QStringList {QStringLiteral("--dialect"), QStringLiteral("onelogin")}
            << QByteArray("entra-rfc");
        QTest::newRow("count zero") << QStringList {QStringLiteral("--count"), QStringLiteral("0")}
                                    << QByteArray("--count");
        QTest::newRow("too much concurrency")
            << QStringList {QStringLiteral("--concurrency"), QStringLiteral("17")}
            << QByteArray("--concurrency");
        QTest::newRow("bad domain") << QStringList {QStringLiteral("--user-domain"),
                                                    QStringLiteral("not a domain")}
                                    << QByteArray("--user-domain");
        QTest::newRow("both group options")
            << QStringList {QStringLiteral("--group-id"), QStringLiteral("x"), QStringLiteral("--group-name"),
                            QStringLiteral("y")}
            << QByteArray("not both");
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const auto result
            = runConsole(QStringList {QStringLiteral("pilot")} + target() + arguments, withToken());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QCOMPARE(m_server->received().size(), 0); // nothing was sent
    }

    void killedMidRunThenCleanedUp_data()
    {
        QTest::addColumn<bool>("beforeTheAnswer");
        QTest::newRow("after the create answer") << false;
        QTest::newRow("before the create answer arrived") << true;
    }

    void killedMidRunThenCleanedUp()
    {
        QFETCH(bool, beforeTheAnswer);
        QProcess process;
        process.setProcessEnvironment(withToken());
        if (beforeTheAnswer)
            m_server->faults().latencyMs = 3000; // the user is stored at once; its answer comes too late
        process.start(testsupport::consoleExecutable(),
                      QStringList {QStringLiteral("pilot"), QStringLiteral("--dialect"),
                                   QStringLiteral("okta"), QStringLiteral("--group-name"),
                                   QStringLiteral("SCIM Pilot")}
                          + target());
        if (beforeTheAnswer) {
            QTRY_COMPARE_WITH_TIMEOUT(m_server->store().count(sandbox::ResourceKind::User), 1, 30000);
        } else {
            // Once the pilot reads its new user back, the create answer (and its id) is journaled.
            QTRY_VERIFY_WITH_TIMEOUT(m_server->received().size() >= 4, 30000);
        }
        QSignalSpy finished(&process, &QProcess::finished);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QCOMPARE(m_server->store().count(sandbox::ResourceKind::User), 1);
        m_server->faults().latencyMs = 0;

        // The journal is pending: another pilot is refused before it sends anything.
        const qsizetype before = m_server->received().size();
        const auto refused = runConsole(QStringList {QStringLiteral("pilot")} + target(), withToken());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("cleanup"));
        QCOMPARE(m_server->received().size(), before);

        const auto cleaned = runConsole(
            QStringList {QStringLiteral("cleanup"), QStringLiteral("--json")} + target(), withToken());
        QVERIFY2(cleaned.exitCode == 0, cleaned.out.constData());
        QCOMPARE(QJsonDocument::fromJson(cleaned.out)
                     .object()
                     .value(QLatin1String("cleanup"))
                     .toObject()
                     .value(QLatin1String("leftovers"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(m_server->store().count(sandbox::ResourceKind::User), 0);
        const auto nothing = runConsole(QStringList {QStringLiteral("cleanup")} + target(), withToken());
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY(nothing.out.contains("Nothing to clean up"));
    }

    void ctrlCCleansUpAndExits130()
    {
        m_server->faults().latencyMs = 200;
        QProcess process;
        process.setProcessEnvironment(withToken());
        process.start(
            testsupport::consoleExecutable(),
            QStringList {QStringLiteral("pilot"), QStringLiteral("--dialect"), QStringLiteral("okta")}
                + target());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->store().count(sandbox::ResourceKind::User), 1, 30000);
        ::kill(pid_t(process.processId()), SIGINT);
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitCode(), 130);
        QCOMPARE(m_server->store().count(sandbox::ResourceKind::User), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPilot)
#include "tst_cli_pilot.moc"
