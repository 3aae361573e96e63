// verify's TLS steps and its throughput step against sandboxes (and openssl s_server where the
// sandbox's own TLS library refuses to serve): each weakness gets its own verdict and hint.
#include "engine/verify/verifyrun.h"
#include "sandbox/sandboxserver.h"
#include "support/process.h"
#include "support/steps.h"
#include "support/testhttpserver.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using engine::RunResult;
using engine::StepResult;
using engine::VerifyOptions;
using engine::VerifyRun;
using Outcome = StepResult::Outcome;
using TlsOffer = sandbox::TlsOffer;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(sandbox::TlsOffer)
Q_DECLARE_METATYPE(testsupport::CertificateSpec)

using testsupport::stepById;

class TestVerifyTls : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_directory;

    RunResult verify(const QString &endpoint, const QByteArray &token, const QList<QSslCertificate> &ca,
                     VerifyOptions options = {})
    {
        scim::Connection connection;
        connection.endpoint = scim::EndpointUrl::parse(endpoint);
        connection.auth.secret = common::Secret(token);
        connection.caCertificates = ca;
        connection.timeout = 10s;
        options.endpointAsGiven = endpoint;
        options.groupName = QStringLiteral("SCIM Pilot");
        VerifyRun run(&m_network, std::move(connection), options);
        return QCoro::waitFor(run.run());
    }

    testsupport::GeneratedCertificate certificate(const testsupport::CertificateSpec &spec)
    {
        const testsupport::GeneratedCertificate made
            = testsupport::generateCertificate(m_directory.path(), spec);
        if (made.certificate.isNull())
            qFatal("openssl could not make the test certificate");
        return made;
    }

private Q_SLOTS:
    void eachWeaknessHasItsVerdict_data()
    {
        QTest::addColumn<testsupport::CertificateSpec>("spec");
        QTest::addColumn<TlsOffer>("offer");
        QTest::addColumn<QString>("idp");
        QTest::addColumn<QString>("step");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("hint");

        testsupport::CertificateSpec sound;
        sound.stem = QStringLiteral("sound");
        QTest::newRow("sound") << sound << TlsOffer {} << QString() << QString() << Outcome::Passed
                               << QString() << QString();
        QTest::newRow("TLS 1.3 only")
            << sound << TlsOffer {TlsOffer::Version::Tls13, TlsOffer::Version::Tls13} << QString()
            << "tls-protocols" << Outcome::Failed << "Accepts TLS 1.3;"
            << "TLS 1.2 only";
        QTest::newRow("TLS 1.3 only, Okta")
            << sound << TlsOffer {TlsOffer::Version::Tls13, TlsOffer::Version::Tls13} << "okta"
            << "tls-protocols" << Outcome::Warning << "Accepts TLS 1.3;"
            << "Only matters if you connect Microsoft Entra ID";
        QTest::newRow("only CBC suites")
            << sound
            << TlsOffer {TlsOffer::Version::Tls12,
                         TlsOffer::Version::Tls12,
                         {QStringLiteral("ECDHE-ECDSA-AES128-SHA256"),
                          QStringLiteral("ECDHE-ECDSA-AES256-SHA384")}}
            << QString() << "tls-cipher-suites" << Outcome::Warning
            << "only CBC suites of Entra ID's list: TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, "
               "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384"
            << "AES-GCM";
        QTest::newRow("none of Entra's suites")
            << sound
            << TlsOffer {TlsOffer::Version::Tls12,
                         TlsOffer::Version::Tls12,
                         {QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")}}
            << QString() << "tls-cipher-suites" << Outcome::Failed << "none of the eight"
            << "cannot connect";
        testsupport::CertificateSpec expiring = sound;
        expiring.stem = QStringLiteral("expiring");
        expiring.days = 10;
        QTest::newRow("expires in 10 days")
            << expiring << TlsOffer {} << QString() << "tls-expiry" << Outcome::Warning << "day"
            << "Under 30 days";
        testsupport::CertificateSpec unlisted = sound;
        unlisted.stem = QStringLiteral("unlisted");
        unlisted.organization = QStringLiteral("Example Private CA");
        QTest::newRow("root not on Microsoft's list")
            << unlisted << TlsOffer {} << QString() << "tls-root" << Outcome::Warning << "Example Private CA"
            << "DigiCert";
        QTest::newRow("root not on Microsoft's list, Okta")
            << unlisted << TlsOffer {} << "okta"
            << "tls-root" << Outcome::Passed << "Okta publishes no list" << QString();
        testsupport::CertificateSpec rsa = sound;
        rsa.stem = QStringLiteral("rsa2048");
        rsa.newKey = QStringLiteral("rsa:2048");
        QTest::newRow("RSA 2048") << rsa << TlsOffer {} << QString() << "tls-key" << Outcome::Passed
                                  << "2048-bit RSA" << QString();
    }

    void eachWeaknessHasItsVerdict()
    {
        QFETCH(testsupport::CertificateSpec, spec);
        QFETCH(TlsOffer, offer);
        QFETCH(QString, idp);
        QFETCH(QString, step);
        QFETCH(Outcome, outcome);
        QFETCH(QString, detail);
        QFETCH(QString, hint);
        const testsupport::GeneratedCertificate made = certificate(spec);
        sandbox::SandboxServer server;
        server.useTls(made.certificate, made.key, offer);
        QVERIFY(server.start());
        VerifyOptions options;
        options.idp = common::idpFromName(idp);
        const RunResult result = verify(server.endpoint(), server.token(), {made.certificate}, options);
        const QStringList tlsSteps {QStringLiteral("tls-protocols"), QStringLiteral("tls-cipher-suites"),
                                    QStringLiteral("tls-key"), QStringLiteral("tls-root"),
                                    QStringLiteral("tls-expiry")};
        for (const QString &id : tlsSteps) {
            const StepResult &s = stepById(result, id);
            QCOMPARE(s.id, id);
            if (id == step) {
                QVERIFY2(s.outcome == outcome, qPrintable(testsupport::describeSteps(result.steps)));
                QVERIFY2(s.detail.contains(detail, Qt::CaseInsensitive), qPrintable(s.detail));
                QVERIFY2(s.hint.contains(hint), qPrintable(s.hint));
            } else if (!(id == QLatin1String("tls-cipher-suites")
                         && step == QLatin1String("tls-protocols"))) {
                // Only the weakness is flagged: every other TLS step passes.
                QVERIFY2(s.outcome == Outcome::Passed, qPrintable(testsupport::describeSteps(result.steps)));
            }
        }
        // The probes never change what the rest of verify sees: the token still works.
        QVERIFY2(stepById(result, QStringLiteral("auth-accepts-token")).outcome == Outcome::Passed,
                 qPrintable(testsupport::describeSteps(result.steps)));
        if (step == QLatin1String("tls-protocols"))
            QCOMPARE(stepById(result, QStringLiteral("tls-cipher-suites")).outcome, Outcome::Skipped);
    }

    void smallKeyIsJudgedEvenThoughRefused()
    {
        // This computer's TLS library refuses to serve a 1024-bit key, so openssl s_server at its
        // lowest security level plays the server.
        testsupport::CertificateSpec spec;
        spec.stem = QStringLiteral("rsa1024");
        spec.newKey = QStringLiteral("rsa:1024");
        const testsupport::GeneratedCertificate made = certificate(spec);
        testsupport::OpensslServer openssl;
        QVERIFY(openssl.start(made));
        const RunResult result = verify(openssl.endpoint(), "tls-test-token", {made.certificate});
        const StepResult &key = stepById(result, QStringLiteral("tls-key"));
        QVERIFY2(key.outcome == Outcome::Failed, qPrintable(testsupport::describeSteps(result.steps)));
        QVERIFY2(key.detail.contains(QLatin1String("1024-bit RSA")), qPrintable(key.detail));
        QVERIFY2(key.hint.contains(QLatin1String("2048 bits or more")), qPrintable(key.hint));
        QCOMPARE(stepById(result, QStringLiteral("tls-certificate")).outcome, Outcome::Failed);
        // Nothing that needs the token ran over a connection this computer refuses.
        QCOMPARE(stepById(result, QStringLiteral("auth-accepts-token")).outcome, Outcome::Skipped);
        QCOMPARE(result.outcome, RunResult::Outcome::Error);
    }

    void plainHttpSkipsEveryTlsStep()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        const RunResult result = verify(server.endpoint(), server.token(), {});
        for (const QString &id : VerifyRun::stepIds()) {
            if (id.startsWith(QLatin1String("tls-")))
                QVERIFY2(stepById(result, id).outcome == Outcome::Skipped,
                         qPrintable(testsupport::describeSteps(result.steps)));
        }
        QVERIFY(!VerifyRun::stepIds().contains(QLatin1String("throughput")));
    }
};

QTEST_GUILESS_MAIN(TestVerifyTls)
#include "tst_verifytls.moc"
