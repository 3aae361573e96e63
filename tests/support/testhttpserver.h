#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace testsupport {

/// A request as it arrived on the wire.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; ///< raw request target: path and query exactly as sent
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;

    QByteArray path() const
    {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
    QByteArray query() const
    {
        return target.indexOf('?') < 0 ? QByteArray() : target.mid(target.indexOf('?') + 1);
    }
};

/// What the server does with one request.
struct ScriptedReply
{
    enum class Action { Respond, Close, Hang, Endless };
    Action action = Action::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool omitContentLength = false; ///< send the body and close instead (HTTP/1.0 style)

    static ScriptedReply json(int status, const QByteArray &body);
    static ScriptedReply close() { return {Action::Close, 0, {}, {}, false}; }
    static ScriptedReply hang() { return {Action::Hang, 0, {}, {}, false}; }
    /// A 200 whose body never ends: JSON-looking bytes until the client gives up.
    static ScriptedReply endless()
    {
        return {Action::Endless, 200, {{"Content-Type", "application/scim+json"}}, {}, true};
    }
};

/// A small HTTP/1.1 server on loopback for the client's tests: a scripted answer per request,
/// every request recorded. Speaks TLS when given a certificate and key. Not a SCIM server; the
/// sandbox is that.
class TestHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedReply(const RecordedRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    /// Starts listening on 127.0.0.1 and a free port; with a certificate, serves https.
    bool start(const QSslCertificate &certificate = QSslCertificate(), const QSslKey &key = QSslKey());
    QUrl baseUrl(const QString &path = QStringLiteral("/scim/v2")) const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Answers the next requests in order with @p replies, then 404.
    void script(QList<ScriptedReply> replies);

    const QList<RecordedRequest> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const ScriptedReply &reply);

    Handler m_handler;
    QList<ScriptedReply> m_script;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QPointer<QTcpSocket>> m_hanging;
};

/// A self-signed certificate for 127.0.0.1 and localhost, made with openssl in @p directory.
struct GeneratedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificatePath;
    QString keyPath;
};

/// What generateCertificate() makes. The default is sound by every IdP's rules: a P-256 key, 90
/// days, and an organisation on Microsoft's published root list (the certificate is its own root).
struct CertificateSpec
{
    QString commonName = QStringLiteral("127.0.0.1");
    QString newKey = QStringLiteral("ec"); ///< openssl req -newkey: "ec" (P-256), "rsa:1024", …
    int days = 90;
    QString organization = QStringLiteral("DigiCert Inc");
    QString stem = QStringLiteral("cert"); ///< files STEM.pem and STEM-key.pem ("cert": key.pem)
};

GeneratedCertificate generateCertificate(const QString &directory, const CertificateSpec &spec);

/// openssl s_server on a free loopback port at OpenSSL's lowest security level, so it speaks what
/// this computer's own TLS library refuses to serve (TLS 1.0, small keys); -www answers every
/// request with a status page. Killed when it goes.
class OpensslServer
{
public:
    ~OpensslServer();
    /// Serves @p certificate with @p extraArguments (e.g. "-tls1"); true once it accepts connections.
    bool start(const GeneratedCertificate &certificate, const QStringList &extraArguments = {});
    QString endpoint() const; ///< https://127.0.0.1:PORT/scim/v2

private:
    QProcess m_process;
    quint16 m_port = 0;
};
GeneratedCertificate generateCertificate(const QString &directory,
                                         const QString &commonName = QStringLiteral("127.0.0.1"));

} // namespace testsupport
