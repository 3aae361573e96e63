// `scim-console sandbox` as a process: the JSON line, the request log, signals, usage errors.
#include "sandbox/sandboxclient.h"
#include "support/process.h"
#include "support/testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using testsupport::runConsole;
using testsupport::SandboxClient;

class TestCliSandbox : public QObject
{
    Q_OBJECT

private:
    /// Starts the sandbox and returns its first line as JSON.
    static QJsonObject start(QProcess &process, const QStringList &arguments)
    {
        process.start(testsupport::consoleExecutable(), QStringList {QStringLiteral("sandbox")} + arguments);
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        while (!process.canReadLine()) {
            if (!output.wait(10000))
                return {};
        }
        return QJsonDocument::fromJson(process.readLine()).object();
    }

    static bool waitForLine(QProcess &process, const QByteArray &needle)
    {
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        QByteArray seen;
        for (;;) {
            seen += process.readAll();
            if (seen.contains(needle))
                return true;
            if (!output.wait(10000))
                return false;
        }
    }

private Q_SLOTS:
    void printsEndpointLogsAndStopsOnSignals_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void printsEndpointLogsAndStopsOnSignals()
    {
        QFETCH(int, signalNumber);
        QProcess process;
        const QJsonObject line = start(process, {QStringLiteral("--group"), QStringLiteral("Finance Pilot")});
        const QString endpoint = line.value(QLatin1String("endpoint")).toString();
        const QString token = line.value(QLatin1String("token")).toString();
        QVERIFY2(endpoint.startsWith(QLatin1String("http://127.0.0.1:"))
                     && endpoint.endsWith(QLatin1String("/scim/v2")),
                 qPrintable(endpoint));
        QVERIFY(token.size() >= 32);

        SandboxClient client(endpoint, token.toLatin1());
        const auto groups = client.get("/Groups?filter=displayName+eq+%22Finance+Pilot%22");
        QCOMPARE(groups.status, 200);
        QCOMPARE(groups.json.value(QLatin1String("totalResults")).toInt(), 1);
        QVERIFY(waitForLine(process, "GET /scim/v2/Groups?filter=displayName+eq+%22Finance+Pilot%22 200"));

        QSignalSpy finished(&process, &QProcess::finished);
        ::kill(pid_t(process.processId()), signalNumber);
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!process.readAllStandardError().contains(token.toLatin1()));
    }

    void strictAndFaultsFromTheCommandLine()
    {
        QProcess process;
        const QJsonObject line = start(
            process,
            {QStringLiteral("--strict"), QStringLiteral("--fail"), QStringLiteral("GET:/Groups:0:503")});
        SandboxClient client(line.value(QLatin1String("endpoint")).toString(),
                             line.value(QLatin1String("token")).toString().toLatin1());
        QCOMPARE(
            client
                .send(
                    "POST", "/Users",
                    R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"x@y","active":"False"})")
                .status,
            400);
        QCOMPARE(client.get("/Groups").status, 503);
        process.terminate();
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(10000));
    }

    void attributesDroppedAndRejectedFromTheCommandLine()
    {
        QProcess process;
        const QJsonObject line = start(process,
                                       {QStringLiteral("--drop-attribute"), QStringLiteral("title"),
                                        QStringLiteral("--reject-attribute"), QStringLiteral("addresses")});
        SandboxClient client(line.value(QLatin1String("endpoint")).toString(),
                             line.value(QLatin1String("token")).toString().toLatin1());
        const auto created = client.send(
            "POST", "/Users", R"({"userName":"ann@example.com","title":"Pilot","nickName":"Ann"})");
        QCOMPARE(created.status, 201);
        const auto read = client.get("/Users/" + created.json.value(QLatin1String("id")).toString().toUtf8());
        QCOMPARE(read.status, 200);
        QVERIFY2(!read.json.contains(QLatin1String("title")), read.body.constData());
        QCOMPARE(read.json.value(QLatin1String("nickName")).toString(), QStringLiteral("Ann"));

        const auto refused
            = client.send("POST", "/Users",
                          R"({"userName":"bo@example.com","addresses":[{"type":"work","locality":"Bonn"}]})");
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(QLatin1String("scimType")).toString(), QStringLiteral("invalidValue"));
        QCOMPARE(refused.json.value(QLatin1String("detail")).toString(),
                 QStringLiteral("Attribute 'addresses' is not supported by this service."));
        QCOMPARE(client.get("/Users?filter=userName+eq+%22bo@example.com%22")
                     .json.value(QLatin1String("totalResults"))
                     .toInt(-1),
                 0);
        process.terminate();
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(10000));
    }

    void rejectQuietlyNamesNoAttribute()
    {
        QProcess process;
        const QJsonObject line = start(process,
                                       {QStringLiteral("--reject-attribute"), QStringLiteral("addresses"),
                                        QStringLiteral("--reject-quietly")});
        SandboxClient client(line.value(QLatin1String("endpoint")).toString(),
                             line.value(QLatin1String("token")).toString().toLatin1());
        const auto refused
            = client.send("POST", "/Users",
                          R"({"userName":"bo@example.com","addresses":[{"type":"work","locality":"Bonn"}]})");
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(QLatin1String("scimType")).toString(), QStringLiteral("invalidValue"));
        QCOMPARE(refused.json.value(QLatin1String("detail")).toString(),
                 QStringLiteral("An attribute is not supported by this service."));
        QCOMPARE(client.send("POST", "/Users", R"({"userName":"bo@example.com"})").status, 201);
        process.terminate();
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(10000));
    }

    void tlsWithAGivenCertificate()
    {
        QTemporaryDir directory;
        const auto generated = testsupport::generateCertificate(directory.path());
        QVERIFY(!generated.certificate.isNull());
        QProcess process;
        const QJsonObject line
            = start(process,
                    {QStringLiteral("--tls"), QStringLiteral("--cert"), generated.certificatePath,
                     QStringLiteral("--key"), directory.filePath(QStringLiteral("key.pem"))});
        const QString endpoint = line.value(QLatin1String("endpoint")).toString();
        QVERIFY2(endpoint.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(endpoint));
        SandboxClient client(endpoint, line.value(QLatin1String("token")).toString().toLatin1());
        client.setCaCertificates({generated.certificate});
        QCOMPARE(client.get("/ServiceProviderConfig").status, 200);
        process.terminate();
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(10000));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--frobnicate")} << QByteArray("frobnicate");
        QTest::newRow("bad port") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")}
                                  << QByteArray("--port");
        QTest::newRow("bad fault rule") << QStringList {QStringLiteral("--fail"), QStringLiteral("nonsense")}
                                        << QByteArray("METHOD:PATH:N:ACTION");
        QTest::newRow("tls without certificate")
            << QStringList {QStringLiteral("--tls")} << QByteArray("--cert");
        QTest::newRow("tls with a missing file")
            << QStringList {QStringLiteral("--tls"), QStringLiteral("--cert"),
                            QStringLiteral("/nonexistent.pem"), QStringLiteral("--key"),
                            QStringLiteral("/nonexistent.key")}
            << QByteArray("/nonexistent.pem");
        QTest::newRow("relative redirect")
            << QStringList {QStringLiteral("--redirect"), QStringLiteral("elsewhere")}
            << QByteArray("--redirect");
        QTest::newRow("empty attribute to reject")
            << QStringList {QStringLiteral("--reject-attribute"), QString()}
            << QByteArray("--reject-attribute needs a SCIM attribute path");
        QTest::newRow("attribute to drop with a space")
            << QStringList {QStringLiteral("--drop-attribute"), QStringLiteral("title"),
                            QStringLiteral("--drop-attribute"), QStringLiteral("job title")}
            << QByteArray(
                   "--drop-attribute needs a SCIM attribute path such as title, name.formatted or "
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department, not “job title”.");
        QTest::newRow("stray argument") << QStringList {QStringLiteral("extra")} << QByteArray("extra");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const auto result = runConsole(QStringList {QStringLiteral("sandbox")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void help()
    {
        const auto result = runConsole({QStringLiteral("sandbox"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("--strict"));
        QVERIFY(result.out.contains("--drop-attribute <PATH>"));
        QVERIFY(result.out.contains("--reject-attribute <PATH>"));
        QVERIFY(result.out.contains("--reject-quietly"));
        QVERIFY(runConsole({QStringLiteral("--help")}).out.contains("sandbox"));
    }
};

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "tst_cli_sandbox.moc"
