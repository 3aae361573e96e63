#include "sandboxclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTimer>

namespace testsupport {

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawReply SandboxClient::send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                             int timeoutMs)
{
    QNetworkRequest request(QUrl::fromEncoded(m_endpoint + target));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/scim+json; charset=utf-8");
    if (!m_ca.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_ca);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    RawReply out;
    if (!finished.wait(timeoutMs)) {
        reply->abort();
        out.error = QNetworkReply::TimeoutError;
    } else {
        out.error = reply->error();
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

} // namespace testsupport
