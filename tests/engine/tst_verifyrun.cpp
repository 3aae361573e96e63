// VerifyRun against the sandbox: for each step, a row where only that step fails or warns, with
// the hint naming the cause; and rows where everything passes, over http and over TLS.
#include "engine/verify/verifyrun.h"
#include "sandbox/sandboxserver.h"
#include "support/process.h"
#include "support/testhttpserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qcoro/qcorotask.h>

using engine::RunResult;
using engine::StepResult;
using engine::VerifyOptions;
using engine::VerifyRun;
using Outcome = StepResult::Outcome;
using namespace std::chrono_literals;

namespace {

QByteArray jwt(qint64 expiresInSeconds)
{
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + expiresInSeconds;
    return part(R"({"alg":"HS256","typ":"JWT"})") + '.'
        + part("{\"exp\":" + QByteArray::number(exp) + ",\"iss\":\"sandbox\"}") + ".c2ln";
}

const StepResult *stepById(const RunResult &result, const QString &id)
{
    for (const StepResult &step : result.steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

QString describe(const RunResult &result)
{
    QStringList lines;
    for (const StepResult &step : result.steps)
        lines.append(
            QStringLiteral("%1=%2 (%3)").arg(step.id, StepResult::outcomeName(step.outcome), step.detail));
    return lines.join(QLatin1Char('\n'));
}

/// The options, and the connection's parts the engine's target would otherwise make.
struct VerifySetup : VerifyOptions
{
    scim::EndpointUrl endpoint;
    QByteArray token;
    QList<QSslCertificate> caCertificates;
    std::chrono::milliseconds timeout {std::chrono::seconds(30)};

    scim::Connection connection() const
    {
        scim::Connection c;
        c.endpoint = endpoint;
        c.auth.secret = common::Secret(token);
        c.caCertificates = caCertificates;
        c.timeout = timeout;
        return c;
    }
};

} // namespace

class TestVerifyRun : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_directory;
    testsupport::GeneratedCertificate m_certificate;

    RunResult verify(sandbox::SandboxServer &server, VerifySetup options)
    {
        if (!options.endpoint.isValid())
            options.endpoint = scim::EndpointUrl::parse(server.endpoint());
        if (options.endpointAsGiven.isEmpty())
            options.endpointAsGiven = server.endpoint();
        if (options.token.isEmpty())
            options.token = server.token();
        if (options.groupName.isEmpty() && options.groupId.isEmpty())
            options.groupName = QStringLiteral("SCIM Pilot");
        VerifyRun run(&m_network, options.connection(), options);
        return QCoro::waitFor(run.run());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_certificate = testsupport::generateCertificate(m_directory.path());
        QVERIFY(!m_certificate.certificate.isNull());
    }

    void everythingPassesOverHttp()
    {
        sandbox::SandboxServer server(
            sandbox::SandboxServer::Config {false, QStringLiteral("SCIM Pilot"), jwt(365 * 86400)});
        QVERIFY(server.start());
        const RunResult result = verify(server, {});
        QCOMPARE(result.outcome, RunResult::Outcome::Passed);
        QCOMPARE(result.steps.size(), VerifyRun::stepIds().size());
        for (qsizetype i = 0; i < result.steps.size(); ++i) {
            const StepResult &step = result.steps.at(i);
            QCOMPARE(step.id, VerifyRun::stepIds().at(i)); // always in this order
            const Outcome expected
                = step.id.startsWith(QLatin1String("tls-")) ? Outcome::Skipped : Outcome::Passed;
            QVERIFY2(step.outcome == expected, qPrintable(describe(result)));
        }
        QCOMPARE(result.outcome, RunResult::Outcome::Passed);
    }

    void everythingPassesOverTlsWithTheCaFile()
    {
        sandbox::SandboxServer server(
            sandbox::SandboxServer::Config {false, QStringLiteral("SCIM Pilot"), jwt(365 * 86400)});
        server.useTls(m_certificate.certificate, m_certificate.key);
        QVERIFY(server.start());
        VerifySetup options;
        options.caCertificates = {m_certificate.certificate};
        const RunResult result = verify(server, options);
        for (const StepResult &step : result.steps)
            QVERIFY2(step.outcome == Outcome::Passed, qPrintable(describe(result)));
        QVERIFY(
            stepById(result, QStringLiteral("tls-certificate"))->detail.contains(QLatin1String("expires")));
    }

    void onlyThatStep_data()
    {
        QTest::addColumn<QString>("knob");
        QTest::addColumn<QString>("step");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("hint"); // a piece of the hint naming the cause
        QTest::addColumn<bool>("alone"); // every other step passed or skipped
        QTest::newRow("endpoint-url: whitespace")
            << "whitespace"
            << "endpoint-url" << Outcome::Warning << "without them" << true;
        QTest::newRow("endpoint-url: trailing /Users")
            << "users-suffix"
            << "endpoint-url" << Outcome::Failed << "Remove /Users" << false;
        QTest::newRow("reachability: refused")
            << "refused"
            << "reachability" << Outcome::Failed << "host and port" << true;
        QTest::newRow("reachability: hang") << "hang"
                                            << "reachability" << Outcome::Failed << "more time" << true;
        QTest::newRow("tls-certificate: self-signed")
            << "self-signed"
            << "tls-certificate" << Outcome::Failed << "CA file" << true;
        QTest::newRow("auth-rejects-missing-token")
            << "no-token-accepted"
            << "auth-rejects-missing-token" << Outcome::Failed << "anyone" << true;
        QTest::newRow("auth-rejects-bad-token")
            << "any-token"
            << "auth-rejects-bad-token" << Outcome::Failed << "anyone" << true;
        QTest::newRow("auth-accepts-token")
            << "wrong-token"
            << "auth-accepts-token" << Outcome::Failed << "copied whole" << true;
        QTest::newRow("service-provider-config")
            << "GET:/ServiceProviderConfig:0:500"
            << "service-provider-config" << Outcome::Warning << "Neither Entra ID nor Okta" << true;
        QTest::newRow("resource-types")
            << "GET:/ResourceTypes:0:404"
            << "resource-types" << Outcome::Warning << "Neither Entra ID nor Okta" << true;
        QTest::newRow("schemas") << "GET:/Schemas:0:500"
                                 << "schemas" << Outcome::Warning << "Neither Entra ID nor Okta" << true;
        QTest::newRow("entra-test-connection: 404 on an empty filter")
            << "not-found-on-empty"
            << "entra-test-connection" << Outcome::Failed << "quarantined" << true;
        QTest::newRow("entra-test-connection: only a warning for Okta")
            << "not-found-on-empty+okta"
            << "entra-test-connection" << Outcome::Warning << "Only matters if you connect Microsoft Entra ID"
            << true;
        QTest::newRow("okta-test-connection")
            << "GET:/Users?startIndex=1&count=2:0:500"
            << "okta-test-connection" << Outcome::Failed << "Try again later" << true;
        QTest::newRow("groups-list") << "GET:/Groups?excludedAttributes=members&startIndex=1:0:500"
                                     << "groups-list" << Outcome::Failed << "Try again later" << true;
        QTest::newRow("group-details: missing group")
            << "missing-group"
            << "group-details" << Outcome::Failed << "group name you received" << true;
        QTest::newRow("unknown-id-404") << "GET:/Users/:0:200"
                                        << "unknown-id-404" << Outcome::Failed << "deleted user" << true;
        QTest::newRow("content-type: application/json")
            << "plain-json"
            << "content-type" << Outcome::Warning << "application/scim+json" << true;
        QTest::newRow("token-expiry: expired") << "expired-jwt"
                                               << "token-expiry" << Outcome::Failed << "new token" << true;
        QTest::newRow("token-expiry: soon") << "expiring-jwt"
                                            << "token-expiry" << Outcome::Warning << "new token now" << true;
        QTest::newRow("clock-skew") << "skewed-date"
                                    << "clock-skew" << Outcome::Warning << "clock" << true;
        QTest::newRow("an HTML login page") << "html"
                                            << "auth-accepts-token" << Outcome::Failed << "web app" << false;
        QTest::newRow("a redirect to another origin")
            << "redirect"
            << "auth-accepts-token" << Outcome::Failed << "https://login.example" << false;
    }

    void onlyThatStep()
    {
        QFETCH(QString, knob);
        QFETCH(QString, step);
        QFETCH(Outcome, outcome);
        QFETCH(QString, hint);
        QFETCH(bool, alone);

        QByteArray token = jwt(365 * 86400);
        if (knob == QLatin1String("expired-jwt"))
            token = jwt(-86400);
        else if (knob == QLatin1String("expiring-jwt"))
            token = jwt(3 * 86400);
        sandbox::SandboxServer server(
            sandbox::SandboxServer::Config {false, QStringLiteral("SCIM Pilot"), token});
        if (knob == QLatin1String("self-signed"))
            server.useTls(m_certificate.certificate, m_certificate.key);
        QVERIFY(server.start());
        sandbox::Faults &faults = server.faults();
        VerifySetup options;
        if (knob == QLatin1String("whitespace")) {
            options.endpointAsGiven = QStringLiteral("  ") + server.endpoint() + QStringLiteral("\n");
        } else if (knob == QLatin1String("users-suffix")) {
            options.endpoint = scim::EndpointUrl::parse(server.endpoint() + QStringLiteral("/Users"));
        } else if (knob == QLatin1String("refused")) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            options.endpoint = scim::EndpointUrl::parse(
                QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(probe.serverPort()));
        } else if (knob == QLatin1String("hang")) {
            faults.hangAll = true;
            options.timeout = 200ms;
        } else if (knob == QLatin1String("no-token-accepted")) {
            faults.acceptNoToken = true;
        } else if (knob == QLatin1String("any-token")) {
            faults.acceptAnyToken = true;
        } else if (knob == QLatin1String("wrong-token")) {
            options.token = "not-the-token";
        } else if (knob.startsWith(QLatin1String("not-found-on-empty"))) {
            faults.notFoundOnEmptyFilter = true;
            if (knob.endsWith(QLatin1String("+okta")))
                options.idp = common::Idp::Okta;
        } else if (knob == QLatin1String("missing-group")) {
            options.groupName = QStringLiteral("No Such Group");
        } else if (knob == QLatin1String("plain-json")) {
            faults.plainJsonContentType = true;
        } else if (knob == QLatin1String("skewed-date")) {
            faults.dateSkewSeconds = 3600;
        } else if (knob == QLatin1String("html")) {
            faults.htmlPages = true;
        } else if (knob == QLatin1String("redirect")) {
            faults.redirectTo = QUrl(QStringLiteral("https://login.example"));
        } else if (knob.contains(QLatin1Char(':'))) {
            QString error;
            faults.rules.append(*sandbox::FaultRule::parse(knob, &error));
        }

        const RunResult result = verify(server, options);
        const StepResult *target = stepById(result, step);
        QVERIFY(target);
        QVERIFY2(target->outcome == outcome, qPrintable(describe(result)));
        QVERIFY2(target->hint.contains(hint), qPrintable(target->hint));
        QVERIFY(!target->detail.isEmpty());
        if (alone) {
            for (const StepResult &other : result.steps) {
                if (other.id == step || other.id == QLatin1String("tls-certificate"))
                    continue;
                QVERIFY2(other.outcome == Outcome::Passed || other.outcome == Outcome::Skipped,
                         qPrintable(describe(result)));
            }
        }
        const bool gate = step == QLatin1String("reachability") || step == QLatin1String("tls-certificate");
        if (gate) {
            QCOMPARE(result.outcome, RunResult::Outcome::Error);
            QCOMPARE(result.outcome, RunResult::Outcome::Error);
        } else {
            QCOMPARE(result.outcome,
                     outcome == Outcome::Failed ? RunResult::Outcome::Failed : RunResult::Outcome::Passed);
        }
        // What a report would carry never holds the token.
        QVERIFY(!QJsonDocument(result.toJson()).toJson().contains(server.token()));
    }

    void tlsFailuresAreNamed_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("hint");
        QTest::newRow("TLS 1.0 only") << "tls1"
                                      << "only TLS versions this computer refuses"
                                      << "Entra ID requires TLS 1.2";
        QTest::newRow("TLS 1.1 only") << "tls1_1"
                                      << "only TLS versions this computer refuses"
                                      << "Entra ID requires TLS 1.2";
        QTest::newRow("1024-bit RSA key") << "rsa1024"
                                          << "1024-bit RSA key"
                                          << "2048 bits or more";
        QTest::newRow("plain http behind an https URL") << "plain"
                                                        << "did not answer with TLS"
                                                        << "speaks plain http";
    }

    void tlsFailuresAreNamed()
    {
        QFETCH(QString, server);
        QFETCH(QString, detail);
        QFETCH(QString, hint);
        testsupport::OpensslServer openssl;
        QTcpServer plain; // answers anything in plain text, as a web server on the wrong port does
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write(
                        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        VerifySetup options;
        if (server == QLatin1String("plain")) {
            QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
            options.endpoint = scim::EndpointUrl::parse(
                QStringLiteral("https://127.0.0.1:%1/scim/v2").arg(plain.serverPort()));
        } else {
            testsupport::GeneratedCertificate served = m_certificate;
            if (server == QLatin1String("rsa1024")) {
                testsupport::CertificateSpec spec;
                spec.stem = QStringLiteral("rsa1024");
                spec.newKey = QStringLiteral("rsa:1024");
                served = testsupport::generateCertificate(m_directory.path(), spec);
                QVERIFY(!served.certificate.isNull());
            }
            options.caCertificates = {served.certificate};
            QVERIFY(openssl.start(served,
                                  server.startsWith(QLatin1String("tls1"))
                                      ? QStringList {QLatin1Char('-') + server}
                                      : QStringList {}));
            options.endpoint = scim::EndpointUrl::parse(openssl.endpoint());
        }
        options.endpointAsGiven = options.endpoint.toString();
        options.token = "tls-test-token";
        options.timeout = 5s;
        VerifyRun run(&m_network, options.connection(), options);
        const RunResult result = QCoro::waitFor(run.run());
        const StepResult *tls = stepById(result, QStringLiteral("tls-certificate"));
        QCOMPARE(tls->outcome, Outcome::Failed);
        QVERIFY2(tls->detail.contains(detail), qPrintable(describe(result)));
        QVERIFY2(tls->hint.contains(hint), qPrintable(tls->hint));
        QVERIFY(!tls->detail.contains(QLatin1String("Subject ,")));
        QCOMPARE(result.outcome, RunResult::Outcome::Error);
        // The version probes still say what the server accepts (their handshakes send nothing).
        const StepResult *protocols = stepById(result, QStringLiteral("tls-protocols"));
        if (server.startsWith(QLatin1String("tls1"))) {
            const QString version
                = server == QLatin1String("tls1") ? QStringLiteral("1.0") : QStringLiteral("1.1");
            QVERIFY2(protocols->outcome == Outcome::Failed, qPrintable(describe(result)));
            QVERIFY2(protocols->detail.startsWith(QStringLiteral("Accepts TLS %1;").arg(version)),
                     qPrintable(protocols->detail));
        } else if (server == QLatin1String("rsa1024")) {
            // OpenSSL at its lowest security level still speaks TLS 1.0 and 1.1.
            QVERIFY2(protocols->outcome == Outcome::Warning, qPrintable(describe(result)));
            QVERIFY2(protocols->hint.contains(QLatin1String("RFC 8996")), qPrintable(protocols->hint));
        }
    }

    void noTlsSessionNoCertificateVerdict()
    {
        // An https URL to a server that closes at once: reachability fails, and the certificate
        // step says there was no TLS session instead of "established".
        QTcpServer closing;
        QVERIFY(closing.listen(QHostAddress::LocalHost, 0));
        connect(&closing, &QTcpServer::newConnection, &closing, [&closing] {
            while (QTcpSocket *socket = closing.nextPendingConnection())
                socket->abort();
        });
        VerifySetup options;
        options.endpoint = scim::EndpointUrl::parse(
            QStringLiteral("https://127.0.0.1:%1/scim/v2").arg(closing.serverPort()));
        options.endpointAsGiven = options.endpoint.toString();
        options.token = "tls-test-token";
        options.timeout = 5s;
        VerifyRun run(&m_network, options.connection(), options);
        const RunResult result = QCoro::waitFor(run.run());
        const StepResult *tls = stepById(result, QStringLiteral("tls-certificate"));
        QVERIFY2(stepById(result, QStringLiteral("reachability"))->outcome == Outcome::Failed,
                 qPrintable(describe(result)));
        QVERIFY2(tls->outcome == Outcome::Skipped, qPrintable(describe(result)));
        QVERIFY2(tls->detail.contains(QLatin1String("No TLS session")), qPrintable(tls->detail));
    }

    void cancelEndsTheRun()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        server.faults().hangAll = true;
        VerifySetup options;
        options.endpoint = scim::EndpointUrl::parse(server.endpoint());
        options.token = server.token();
        VerifyRun run(&m_network, options.connection(), options);
        QTimer::singleShot(100, &run, &VerifyRun::cancel);
        const RunResult result = QCoro::waitFor(run.run());
        QCOMPARE(result.outcome, RunResult::Outcome::Cancelled);
        QCOMPARE(result.outcome, RunResult::Outcome::Cancelled);
        QCOMPARE(result.steps.size(), VerifyRun::stepIds().size());
    }
};

QTEST_GUILESS_MAIN(TestVerifyRun)
#include "tst_verifyrun.moc"
