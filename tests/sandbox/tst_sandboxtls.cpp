// The https sandbox's TlsOffer, proven by handshakes of QSslSocket clients that offer less than
// the defaults: the versions it refuses, and the TLS 1.2 suite it negotiates.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"
#include "support/testhttpserver.h"

#include <QSignalSpy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using sandbox::SandboxServer;
using sandbox::TlsOffer;

namespace {

/// How a handshake with the sandbox ended.
struct Handshake
{
    bool encrypted = false;
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;
    QString cipher;
    QString error;
};

} // namespace

class TestSandboxTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    testsupport::GeneratedCertificate m_generated;

    /// A handshake with @p server by a client offering @p protocol and, if any, only @p ciphers.
    void handshake(const SandboxServer &server, QSsl::SslProtocol protocol, const QStringList &ciphers,
                   Handshake &out)
    {
        QSslSocket socket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setProtocol(protocol);
        configuration.setCaCertificates({m_generated.certificate});
        if (!ciphers.isEmpty()) {
            QList<QSslCipher> suites;
            for (const QString &name : ciphers) {
                suites.append(QSslCipher(name));
                QVERIFY2(!suites.constLast().isNull(), qPrintable(name));
            }
            configuration.setCiphers(suites);
        }
        socket.setSslConfiguration(configuration);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QSignalSpy failed(&socket, &QAbstractSocket::errorOccurred);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), QUrl(server.origin()).port());
        QTRY_VERIFY_WITH_TIMEOUT(!encrypted.isEmpty() || !failed.isEmpty(), 10000);
        out.encrypted = !encrypted.isEmpty() && failed.isEmpty();
        out.protocol = socket.sessionProtocol();
        out.cipher = socket.sessionCipher().name();
        out.error = socket.errorString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_generated = testsupport::generateCertificate(m_directory.path());
        QVERIFY(!m_generated.certificate.isNull());
        QVERIFY(!m_generated.key.isNull());
    }

    void versionParsing()
    {
        QVERIFY(sandbox::parseTlsVersion(QStringLiteral("1.2")) == TlsOffer::Version::Tls12);
        QVERIFY(sandbox::parseTlsVersion(QStringLiteral("1.3")) == TlsOffer::Version::Tls13);
        QVERIFY(!sandbox::parseTlsVersion(QStringLiteral("1.1")));
        QVERIFY(!sandbox::parseTlsVersion(QStringLiteral("TLSv1.3")));
        QVERIFY(!sandbox::parseTlsVersion(QString()));
        QCOMPARE(sandbox::tlsVersionName(TlsOffer::Version::Tls12), QStringLiteral("1.2"));
        QCOMPARE(sandbox::tlsVersionName(TlsOffer::Version::Tls13), QStringLiteral("1.3"));
    }

    void offer_data()
    {
        QTest::addColumn<int>("minVersion"); ///< TlsOffer::Version
        QTest::addColumn<int>("maxVersion");
        QTest::addColumn<QStringList>("serverCiphers");
        QTest::addColumn<int>("clientProtocol"); ///< QSsl::SslProtocol
        QTest::addColumn<QStringList>("clientCiphers");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("negotiatedProtocol");
        QTest::addColumn<QString>("negotiatedCipher"); ///< empty: any

        const int v12 = int(TlsOffer::Version::Tls12);
        const int v13 = int(TlsOffer::Version::Tls13);
        const QStringList cbc {QStringLiteral("ECDHE-ECDSA-AES128-SHA256")};
        const QStringList gcm {QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")};
        QTest::newRow("default offer, default client: TLS 1.3")
            << v12 << v13 << QStringList() << int(QSsl::SecureProtocols) << QStringList() << true
            << int(QSsl::TlsV1_3) << QString();
        QTest::newRow("default offer, TLS 1.2 client")
            << v12 << v13 << QStringList() << int(QSsl::TlsV1_2) << QStringList() << true
            << int(QSsl::TlsV1_2) << QString();
        QTest::newRow("1.3 only refuses a TLS 1.2 client")
            << v13 << v13 << QStringList() << int(QSsl::TlsV1_2) << QStringList() << false
            << int(QSsl::UnknownProtocol) << QString();
        QTest::newRow("1.3 only accepts a TLS 1.3 client")
            << v13 << v13 << QStringList() << int(QSsl::TlsV1_3) << QStringList() << true
            << int(QSsl::TlsV1_3) << QString();
        QTest::newRow("1.3 only, default client: TLS 1.3")
            << v13 << v13 << QStringList() << int(QSsl::SecureProtocols) << QStringList() << true
            << int(QSsl::TlsV1_3) << QString();
        QTest::newRow("1.2 only refuses a TLS 1.3 client")
            << v12 << v12 << QStringList() << int(QSsl::TlsV1_3) << QStringList() << false
            << int(QSsl::UnknownProtocol) << QString();
        QTest::newRow("1.2 only, default client: TLS 1.2")
            << v12 << v12 << QStringList() << int(QSsl::SecureProtocols) << QStringList() << true
            << int(QSsl::TlsV1_2) << QString();
        QTest::newRow("1.2 only, one suite: a default client gets it")
            << v12 << v12 << cbc << int(QSsl::SecureProtocols) << QStringList() << true << int(QSsl::TlsV1_2)
            << cbc.constFirst();
        QTest::newRow("1.2 only, one suite: a client without it is refused")
            << v12 << v12 << cbc << int(QSsl::SecureProtocols) << gcm << false << int(QSsl::UnknownProtocol)
            << QString();
        QTest::newRow("1.2 only, no suite list: that client is accepted")
            << v12 << v12 << QStringList() << int(QSsl::SecureProtocols) << gcm << true << int(QSsl::TlsV1_2)
            << gcm.constFirst();
        QTest::newRow("1.2 or 1.3, one 1.2 suite: TLS 1.3 suites are untouched")
            << v12 << v13 << cbc << int(QSsl::SecureProtocols) << QStringList() << true << int(QSsl::TlsV1_3)
            << QString();
        QTest::newRow("1.2 or 1.3, a TLS 1.3 name too: it restricts TLS 1.3")
            << v12 << v13 << (cbc + QStringList {QStringLiteral("TLS_AES_128_GCM_SHA256")})
            << int(QSsl::SecureProtocols) << QStringList() << true << int(QSsl::TlsV1_3)
            << QStringLiteral("TLS_AES_128_GCM_SHA256");
        QTest::newRow("1.2 or 1.3, one 1.2 suite: a TLS 1.2 client gets it")
            << v12 << v13 << cbc << int(QSsl::TlsV1_2) << QStringList() << true << int(QSsl::TlsV1_2)
            << cbc.constFirst();
    }

    void offer()
    {
        QFETCH(int, minVersion);
        QFETCH(int, maxVersion);
        QFETCH(QStringList, serverCiphers);
        QFETCH(int, clientProtocol);
        QFETCH(QStringList, clientCiphers);
        QFETCH(bool, accepted);
        QFETCH(int, negotiatedProtocol);
        QFETCH(QString, negotiatedCipher);

        SandboxServer server;
        server.useTls(m_generated.certificate, m_generated.key,
                      TlsOffer {TlsOffer::Version(minVersion), TlsOffer::Version(maxVersion), serverCiphers});
        QVERIFY(server.start());
        Handshake result;
        handshake(server, QSsl::SslProtocol(clientProtocol), clientCiphers, result);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(result.encrypted == accepted, qPrintable(result.error));
        if (!accepted)
            return;
        QCOMPARE(int(result.protocol), negotiatedProtocol);
        if (!negotiatedCipher.isEmpty())
            QCOMPARE(result.cipher, negotiatedCipher);
        if (negotiatedProtocol == int(QSsl::TlsV1_3))
            QVERIFY2(result.cipher.startsWith(QLatin1String("TLS_")), qPrintable(result.cipher));

        // The sandbox still serves SCIM over what it offers.
        testsupport::SandboxClient client(server.endpoint(), server.token());
        client.setCaCertificates({m_generated.certificate});
        QCOMPARE(client.get("/ServiceProviderConfig").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandboxtls.moc"
