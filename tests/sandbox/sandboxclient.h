#pragma once

// A deliberately dumb HTTP helper for the sandbox's tests: raw method, raw encoded path and query,
// literal JSON text. It shares nothing with src/scim/, so the tests check the sandbox alone.
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>

namespace testsupport {

struct RawReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

class SandboxClient
{
public:
    SandboxClient(const QString &endpoint, const QByteArray &token)
        : m_endpoint(endpoint.toUtf8())
        , m_token(token)
    { }

    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_ca = certificates; }
    /// An empty token sends no Authorization header.
    void setToken(const QByteArray &token) { m_token = token; }

    /// @p target is appended to the endpoint as is (already percent-encoded).
    RawReply send(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                  int timeoutMs = 10000);
    RawReply get(const QByteArray &target) { return send("GET", target); }

private:
    QNetworkAccessManager m_network;
    QByteArray m_endpoint;
    QByteArray m_token;
    QList<QSslCertificate> m_ca;
};

} // namespace testsupport
