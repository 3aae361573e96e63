#include "tlsprobe.h"

#include <QPointer>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>
#include <qcoro/qcorosignal.h>

#include <memory>

namespace scim {

namespace {

/// One probe's socket and the first thing that ends it.
class Probe : public QObject
{
    Q_OBJECT

public:
    Probe(QSsl::SslProtocol protocol, const QStringList &ciphers, std::chrono::milliseconds timeout)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(protocol);
        if (!ciphers.isEmpty()) {
            QList<QSslCipher> offered;
            for (const QString &name : ciphers) {
                const QSslCipher cipher(name);
                if (!cipher.isNull())
                    offered.append(cipher);
            }
            tls.setCiphers(offered);
            if (offered.isEmpty())
                m_result.refusedLocally = true;
        }
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        if (protocol == QSsl::TlsV1_0 || protocol == QSsl::TlsV1_1) {
            // OpenSSL 3 offers these only at its lowest security level. Nothing is ever sent
            // over a probe, so asking whether the server still accepts them is safe.
            const QByteArray version = protocol == QSsl::TlsV1_0 ? "TLSv1" : "TLSv1.1";
            tls.setBackendConfigurationOption(QByteArrayLiteral("MinProtocol"), version);
            tls.setBackendConfigurationOption(QByteArrayLiteral("MaxProtocol"), version);
            tls.setBackendConfigurationOption(QByteArrayLiteral("CipherString"),
                                              QByteArrayLiteral("DEFAULT@SECLEVEL=0"));
        }
        QT_WARNING_POP
        // Read the chain without judging it: nothing is sent over this socket.
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        m_socket.setSslConfiguration(tls);
        connect(&m_socket, &QSslSocket::encrypted, this, [this, protocol] {
            m_result.protocol = m_socket.sessionProtocol();
            m_result.negotiated = m_result.protocol == protocol;
            if (!m_result.negotiated)
                m_result.error = tr("The server chose another TLS version.");
            m_result.cipher = m_socket.sessionCipher().name();
            m_result.chain = m_socket.peerCertificateChain();
            finish();
        });
        connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            m_result.error = m_socket.errorString();
            // OpenSSL names no reason when it would not even offer what was asked (TLS 1.0 and
            // 1.1 below its security level); a server's refusal always has one.
            // ("Error during SSL handshake: " with nothing after the colon, in any language).
            const QString reason = m_result.error.trimmed().toLower();
            m_result.refusedLocally = error == QAbstractSocket::SslInvalidUserDataError
                || (error == QAbstractSocket::SslHandshakeFailedError && reason.endsWith(QLatin1Char(':')))
                || reason.contains(QLatin1String("no protocols available"))
                || reason.contains(QLatin1String("no ciphers available"));
            finish();
        });
        m_timer.setSingleShot(true);
        m_timer.setInterval(timeout);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_result.error = tr("No TLS handshake within the time allowed.");
            finish();
        });
    }

    void start(const QString &host, quint16 port)
    {
        if (m_result.refusedLocally) {
            m_result.error = QStringLiteral("no ciphers available");
            m_done = true;
            return;
        }
        m_timer.start();
        m_socket.connectToHostEncrypted(host, port);
    }

    bool isDone() const { return m_done; }
    const TlsProbeResult &result() const { return m_result; }

Q_SIGNALS:
    void done();

private:
    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_timer.stop();
        m_socket.abort();
        Q_EMIT done();
    }

    QSslSocket m_socket;
    QTimer m_timer;
    TlsProbeResult m_result;
    bool m_done = false;
};

} // namespace

QCoro::Task<TlsProbeResult> probeTls(QString host, quint16 port, QSsl::SslProtocol protocol,
                                     QStringList ciphers, std::chrono::milliseconds timeout)
{
    auto probe = std::make_unique<Probe>(protocol, ciphers, timeout);
    probe->start(host, port);
    if (!probe->isDone())
        co_await qCoro(probe.get(), &Probe::done);
    TlsProbeResult result = probe->result();
    // The socket may still be inside its own signal: let the event loop delete it.
    probe.release()->deleteLater();
    co_return result;
}

bool canOffer(QSsl::SslProtocol protocol)
{
    return QSslSocket::isProtocolSupported(protocol);
}

} // namespace scim

#include "tlsprobe.moc"
