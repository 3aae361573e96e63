#include "testhttpserver.h"

#include "process.h"

#include <QFile>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

namespace testsupport {

ScriptedReply ScriptedReply::json(int status, const QByteArray &body)
{
    ScriptedReply reply;
    reply.status = status;
    reply.headers = {{"Content-Type", "application/scim+json"}};
    reply.body = body;
    return reply;
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    m_handler = [this](const RecordedRequest &) {
        if (m_script.isEmpty())
            return ScriptedReply::json(404, R"({"detail":"not scripted"})");
        return m_script.takeFirst();
    };
}

TestHttpServer::~TestHttpServer()
{
    // The sockets are children: silence them before the members their slots use are gone.
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
}

bool TestHttpServer::start(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::baseUrl(const QString &path) const
{
    QUrl url;
    url.setScheme(m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(path);
    return url;
}

void TestHttpServer::script(QList<ScriptedReply> replies)
{
    m_script = std::move(replies);
}

void TestHttpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_certificate.isNull()) {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    } else {
        auto *tls = new QSslSocket(this);
        tls->setSocketDescriptor(descriptor);
        tls->setLocalCertificate(m_certificate);
        tls->setPrivateKey(m_key);
        // A client refusing our certificate aborts the handshake; that is the expected outcome.
        connect(tls, &QSslSocket::sslErrors, tls, [] {});
        tls->startServerEncryption();
        socket = tls;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void TestHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        const ScriptedReply reply = m_handler(request);
        Q_EMIT requestReceived();
        answer(socket, reply);
        if (reply.action != ScriptedReply::Action::Respond || reply.omitContentLength)
            return;
    }
}

void TestHttpServer::answer(QTcpSocket *socket, const ScriptedReply &reply)
{
    switch (reply.action) {
    case ScriptedReply::Action::Hang:
        m_hanging.append(socket);
        return;
    case ScriptedReply::Action::Close:
        socket->abort();
        return;
    case ScriptedReply::Action::Endless: {
        socket->write("HTTP/1.1 200 Scripted\r\nContent-Type: application/scim+json\r\nConnection: "
                      "close\r\n\r\n{\"a\":\"");
        // Refilled whenever the client has taken what was sent; ends only when it hangs up.
        const QByteArray chunk(64 * 1024, 'x');
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket, chunk] {
            if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < chunk.size())
                socket->write(chunk);
        });
        socket->write(chunk);
        return;
    }
    case ScriptedReply::Action::Respond:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.omitContentLength)
        head += "Connection: close\r\n";
    else
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(reply.body);
    if (reply.omitContentLength)
        socket->disconnectFromHost();
}

GeneratedCertificate generateCertificate(const QString &directory, const CertificateSpec &spec)
{
    GeneratedCertificate generated;
    const bool legacyNames = spec.stem == QLatin1String("cert");
    generated.keyPath = directory + QLatin1Char('/')
        + (legacyNames ? QStringLiteral("key") : spec.stem + QStringLiteral("-key")) + QStringLiteral(".pem");
    generated.certificatePath = directory + QLatin1Char('/') + spec.stem + QStringLiteral(".pem");
    QStringList arguments {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           spec.newKey};
    if (spec.newKey == QLatin1String("ec"))
        arguments << QStringLiteral("-pkeyopt") << QStringLiteral("ec_paramgen_curve:prime256v1");
    QString subject = QStringLiteral("/CN=") + spec.commonName;
    if (!spec.organization.isEmpty())
        subject.prepend(QStringLiteral("/O=") + spec.organization);
    arguments << QStringLiteral("-nodes") << QStringLiteral("-keyout") << generated.keyPath
              << QStringLiteral("-out") << generated.certificatePath << QStringLiteral("-days")
              << QString::number(spec.days) << QStringLiteral("-subj") << subject << QStringLiteral("-addext")
              << QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost");
    if (runProcess(QStringLiteral("openssl"), arguments).exitCode != 0)
        return generated;
    generated.certificate = QSslCertificate::fromPath(generated.certificatePath).value(0);
    QFile keyFile(generated.keyPath);
    if (keyFile.open(QIODevice::ReadOnly))
        generated.key = QSslKey(&keyFile, spec.newKey == QLatin1String("ec") ? QSsl::Ec : QSsl::Rsa);
    return generated;
}

OpensslServer::~OpensslServer()
{
    m_process.kill();
    m_process.waitForFinished();
}

bool OpensslServer::start(const GeneratedCertificate &certificate, const QStringList &extraArguments)
{
    QTcpServer portFinder;
    if (!portFinder.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = portFinder.serverPort();
    portFinder.close();
    m_process.start(QStringLiteral("openssl"),
                    QStringList {QStringLiteral("s_server"), QStringLiteral("-accept"),
                                 QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-cert"),
                                 certificate.certificatePath, QStringLiteral("-key"), certificate.keyPath,
                                 QStringLiteral("-www"), QStringLiteral("-quiet"), QStringLiteral("-cipher"),
                                 QStringLiteral("DEFAULT@SECLEVEL=0")}
                        + extraArguments);
    if (!m_process.waitForStarted())
        return false;
    return QTest::qWaitFor(
        [this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            return probe.waitForConnected(200);
        },
        10000);
}

QString OpensslServer::endpoint() const
{
    return QStringLiteral("https://127.0.0.1:%1/scim/v2").arg(m_port);
}

GeneratedCertificate generateCertificate(const QString &directory, const QString &commonName)
{
    CertificateSpec spec;
    spec.commonName = commonName;
    return generateCertificate(directory, spec);
}

} // namespace testsupport
