// `scim-console sandbox` as a process: the JSON line, the request log, signals, usage errors.
#include "sandbox/sandboxclient.h"
#include "support/process.h"
#include "support/testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
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

    /// POSTs a form to a token endpoint and returns the JSON answer.
    static QJsonObject post(const QUrl &url, const QByteArray &form)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = network.post(request, form);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool answered = finished.wait(10000);
        const QJsonObject json
            = answered ? QJsonDocument::fromJson(reply->readAll()).object() : QJsonObject();
        delete reply;
        return json;
    }

    static int getStatus(const QUrl &url, const QByteArray &authorization)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const int status
            = finished.wait(10000) ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        delete reply;
        return status;
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

    void tlsOfferFromTheCommandLine()
    {
        QTemporaryDir directory;
        const auto generated = testsupport::generateCertificate(directory.path());
        QVERIFY(!generated.certificate.isNull());
        QProcess process;
        const QJsonObject line = start(
            process,
            {QStringLiteral("--tls"), QStringLiteral("--cert"), generated.certificatePath,
             QStringLiteral("--key"), directory.filePath(QStringLiteral("key.pem")),
             QStringLiteral("--tls-max-version"), QStringLiteral("1.2"), QStringLiteral("--tls-ciphers"),
             QStringLiteral("ECDHE-ECDSA-AES128-SHA256, ECDHE-ECDSA-AES256-SHA384")});
        const QUrl endpoint(line.value(QLatin1String("endpoint")).toString());
        QCOMPARE(endpoint.scheme(), QStringLiteral("https"));

        QSslSocket socket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates({generated.certificate});
        socket.setSslConfiguration(configuration);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(endpoint.port()));
        QVERIFY2(encrypted.wait(10000), qPrintable(socket.errorString()));
        QCOMPARE(socket.sessionProtocol(), QSsl::TlsV1_2);
        QCOMPARE(socket.sessionCipher().name(), QStringLiteral("ECDHE-ECDSA-AES128-SHA256"));
        socket.abort();

        process.terminate();
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(10000));
    }

    void rateLimitFromTheCommandLine()
    {
        QProcess process;
        const QJsonObject line = start(process,
                                       {QStringLiteral("--rate-limit"), QStringLiteral("1"),
                                        QStringLiteral("--retry-after"), QStringLiteral("7")});
        SandboxClient client(line.value(QLatin1String("endpoint")).toString(),
                             line.value(QLatin1String("token")).toString().toLatin1());
        QCOMPARE(client.get("/Users").status, 200);
        const auto refused = client.get("/Users");
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("7"));
        QVERIFY(waitForLine(process, "GET /scim/v2/Users 429"));
        process.terminate();
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(10000));
    }

    void authModesFromTheCommandLine_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("keys"); ///< credentials the start-up line names
        QTest::newRow("default") << QString() << QStringList {QStringLiteral("token")};
        QTest::newRow("bearer") << QStringLiteral("bearer") << QStringList {QStringLiteral("token")};
        QTest::newRow("header") << QStringLiteral("header") << QStringList {QStringLiteral("token")};
        QTest::newRow("basic") << QStringLiteral("basic")
                               << QStringList {QStringLiteral("username"), QStringLiteral("password")};
        QTest::newRow("oauth-client-credentials")
            << QStringLiteral("oauth-client-credentials")
            << QStringList {QStringLiteral("tokenEndpoint"), QStringLiteral("clientId"),
                            QStringLiteral("clientSecret")};
    }

    void authModesFromTheCommandLine()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, keys);
        QProcess process;
        const QJsonObject line
            = start(process, mode.isEmpty() ? QStringList() : QStringList {QStringLiteral("--auth"), mode});
        QCOMPARE(line.value(QLatin1String("auth")).toString(),
                 mode.isEmpty() ? QStringLiteral("bearer") : mode);
        QStringList expected = keys + QStringList {QStringLiteral("auth"), QStringLiteral("endpoint")};
        expected.sort();
        QCOMPARE(line.keys(), expected);
        for (const QString &key : std::as_const(keys))
            QVERIFY2(!line.value(key).toString().isEmpty(), qPrintable(key));

        // What the SCIM endpoint takes in the Authorization header, per mode.
        QByteArray authorization;
        if (line.contains(QLatin1String("username"))) {
            authorization = "Basic "
                + QString(line.value(QLatin1String("username")).toString() + QLatin1Char(':')
                          + line.value(QLatin1String("password")).toString())
                      .toUtf8()
                      .toBase64();
        } else if (line.contains(QLatin1String("clientId"))) {
            const QUrl tokenEndpoint(line.value(QLatin1String("tokenEndpoint")).toString());
            QCOMPARE(tokenEndpoint.path(), QStringLiteral("/oauth/token"));
            const QByteArray form = "grant_type=client_credentials&client_id="
                + QUrl::toPercentEncoding(line.value(QLatin1String("clientId")).toString())
                + "&client_secret="
                + QUrl::toPercentEncoding(line.value(QLatin1String("clientSecret")).toString());
            const QJsonObject granted = post(tokenEndpoint, form);
            QCOMPARE(granted.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
            authorization = "Bearer " + granted.value(QLatin1String("access_token")).toString().toLatin1();
        } else {
            authorization = (mode == QLatin1String("header") ? QByteArray() : QByteArray("Bearer "))
                + line.value(QLatin1String("token")).toString().toLatin1();
        }
        const QUrl users(line.value(QLatin1String("endpoint")).toString() + QStringLiteral("/Users"));
        QCOMPARE(getStatus(users, authorization), 200);
        QCOMPARE(getStatus(users, "Bearer wrong"), 401);
        process.terminate();
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(10000));
    }

    void oauthKnobsFromTheCommandLine()
    {
        QProcess process;
        const QJsonObject line
            = start(process,
                    {QStringLiteral("--auth"), QStringLiteral("oauth-client-credentials"),
                     QStringLiteral("--oauth-lifetime"), QStringLiteral("120"), QStringLiteral("--oauth-jwt"),
                     QStringLiteral("--oauth-accept-any-secret"), QStringLiteral("--oauth-client-auth"),
                     QStringLiteral("form"), QStringLiteral("--oauth-scopes"),
                     QStringLiteral("scim.read,scim.write")});
        const QUrl tokenEndpoint(line.value(QLatin1String("tokenEndpoint")).toString());
        const QByteArray form = "grant_type=client_credentials&client_id="
            + QUrl::toPercentEncoding(line.value(QLatin1String("clientId")).toString())
            + "&client_secret=not-the-secret";
        const QJsonObject granted = post(tokenEndpoint, form + "&scope=scim.write");
        QCOMPARE(granted.value(QLatin1String("expires_in")).toInt(), 120);
        QCOMPARE(granted.value(QLatin1String("scope")).toString(), QStringLiteral("scim.write"));
        QCOMPARE(granted.value(QLatin1String("access_token")).toString().count(QLatin1Char('.')), 2); // a JWT
        QCOMPARE(post(tokenEndpoint, form + "&scope=admin").value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_scope"));
        process.terminate();
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(10000));

        QProcess failing;
        const QJsonObject failingLine
            = start(failing,
                    {QStringLiteral("--auth"), QStringLiteral("oauth-client-credentials"),
                     QStringLiteral("--oauth-fail"), QStringLiteral("503")});
        QCOMPARE(post(QUrl(failingLine.value(QLatin1String("tokenEndpoint")).toString()), form)
                     .value(QLatin1String("error"))
                     .toString(),
                 QStringLiteral("server_error"));
        failing.terminate();
        QSignalSpy failingFinished(&failing, &QProcess::finished);
        QVERIFY(failingFinished.wait(10000));
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
        QTest::newRow("unknown auth mode")
            << QStringList {QStringLiteral("--auth"), QStringLiteral("oauth")}
            << QByteArray(
                   "--auth must be one of bearer, header, basic, oauth-client-credentials, not “oauth”.");
        QTest::newRow("oauth knob without oauth")
            << QStringList {QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--oauth-jwt")}
            << QByteArray("--oauth-jwt needs --auth oauth-client-credentials");
        QTest::newRow("lifetime of zero")
            << QStringList {QStringLiteral("--auth"), QStringLiteral("oauth-client-credentials"),
                            QStringLiteral("--oauth-lifetime"), QStringLiteral("0")}
            << QByteArray("--oauth-lifetime must be a whole number from 1 to 86400");
        QTest::newRow("token endpoint status not an error")
            << QStringList {QStringLiteral("--auth"), QStringLiteral("oauth-client-credentials"),
                            QStringLiteral("--oauth-fail"), QStringLiteral("200")}
            << QByteArray("--oauth-fail");
        QTest::newRow("unknown client authentication")
            << QStringList {QStringLiteral("--auth"), QStringLiteral("oauth-client-credentials"),
                            QStringLiteral("--oauth-client-auth"), QStringLiteral("jwt")}
            << QByteArray("--oauth-client-auth must be basic, form or both");
        QTest::newRow("no scopes") << QStringList {QStringLiteral("--auth"),
                                                   QStringLiteral("oauth-client-credentials"),
                                                   QStringLiteral("--oauth-scopes"), QStringLiteral(",")}
                                   << QByteArray("--oauth-scopes");
        QTest::newRow("relative token redirect")
            << QStringList {QStringLiteral("--auth"), QStringLiteral("oauth-client-credentials"),
                            QStringLiteral("--oauth-redirect"), QStringLiteral("elsewhere")}
            << QByteArray("--oauth-redirect needs an absolute URL");
        QTest::newRow("unknown cipher")
            << QStringList {QStringLiteral("--tls"), QStringLiteral("--tls-ciphers"),
                            QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256:NOT-A-CIPHER")}
            << QByteArray("--tls-ciphers: “NOT-A-CIPHER” is not a TLS 1.2 cipher suite this build supports; "
                          "it supports these");
        QTest::newRow("unknown cipher lists the valid ones")
            << QStringList {QStringLiteral("--tls"), QStringLiteral("--tls-ciphers"), QStringLiteral("AES")}
            << QByteArray("ECDHE-ECDSA-AES128-GCM-SHA256");
        QTest::newRow("TLS 1.3 suite as a cipher")
            << QStringList {QStringLiteral("--tls"), QStringLiteral("--tls-ciphers"),
                            QStringLiteral("TLS_AES_128_GCM_SHA256")}
            << QByteArray("--tls-ciphers: “TLS_AES_128_GCM_SHA256” is a TLS 1.3 suite");
        QTest::newRow("PSK suite as a cipher")
            << QStringList {QStringLiteral("--tls"), QStringLiteral("--tls-ciphers"),
                            QStringLiteral("PSK-AES128-GCM-SHA256")}
            << QByteArray("--tls-ciphers: “PSK-AES128-GCM-SHA256” authenticates with a pre-shared key");
        QTest::newRow("no ciphers") << QStringList {QStringLiteral("--tls"), QStringLiteral("--tls-ciphers"),
                                                    QStringLiteral(":,")}
                                    << QByteArray("--tls-ciphers needs a colon- or comma-separated list");
        QTest::newRow("ciphers without tls")
            << QStringList {QStringLiteral("--tls-ciphers"), QStringLiteral("ECDHE-ECDSA-AES128-SHA256")}
            << QByteArray("--tls-ciphers needs --tls.");
        QTest::newRow("max version without tls")
            << QStringList {QStringLiteral("--tls-max-version"), QStringLiteral("1.2")}
            << QByteArray("--tls-max-version needs --tls.");
        QTest::newRow("unknown version")
            << QStringList {QStringLiteral("--tls"), QStringLiteral("--tls-min-version"),
                            QStringLiteral("1.1")}
            << QByteArray("--tls-min-version must be 1.2 or 1.3, not “1.1”.");
        QTest::newRow("min above max")
            << QStringList {QStringLiteral("--tls"), QStringLiteral("--tls-min-version"),
                            QStringLiteral("1.3"), QStringLiteral("--tls-max-version"), QStringLiteral("1.2")}
            << QByteArray("--tls-min-version 1.3 is above --tls-max-version 1.2.");
        QTest::newRow("rate limit of zero")
            << QStringList {QStringLiteral("--rate-limit"), QStringLiteral("0")}
            << QByteArray("--rate-limit must be a whole number from 1 to 10000, not “0”.");
        QTest::newRow("retry after not a number")
            << QStringList {QStringLiteral("--rate-limit"), QStringLiteral("5"),
                            QStringLiteral("--retry-after"), QStringLiteral("abc")}
            << QByteArray("--retry-after must be a whole number from 0 to 86400 or none, not “abc”.");
        QTest::newRow("retry after too long")
            << QStringList {QStringLiteral("--rate-limit"), QStringLiteral("5"),
                            QStringLiteral("--retry-after"), QStringLiteral("86401")}
            << QByteArray("not “86401”");
        QTest::newRow("retry after without rate limit")
            << QStringList {QStringLiteral("--retry-after"), QStringLiteral("none")}
            << QByteArray("--retry-after needs --rate-limit.");
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
        QVERIFY(result.out.contains("--auth <MODE>"));
        QVERIFY(result.out.contains("--oauth-client-auth <WAY>"));
        QVERIFY(result.out.contains("--tls-min-version <VERSION>"));
        QVERIFY(result.out.contains("--tls-max-version <VERSION>"));
        QVERIFY(result.out.contains("--tls-ciphers <LIST>"));
        QVERIFY(result.out.contains("--rate-limit <N>"));
        QVERIFY(result.out.contains("--retry-after <SECONDS|none>"));
        QVERIFY(runConsole({QStringLiteral("--help")}).out.contains("sandbox"));
    }
};

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "tst_cli_sandbox.moc"
