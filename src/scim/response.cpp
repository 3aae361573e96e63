#include "response.h"

#include <QCoreApplication>

namespace scim {

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void classifyBody(Response &response)
{
    const QByteArray trimmed = response.body.trimmed();
    if (trimmed.isEmpty()) {
        response.bodyKind = BodyKind::Empty;
        return;
    }
    const QByteArray type = response.contentType().toLower();
    const QByteArray start = trimmed.left(64).toLower();
    if (type.contains("text/html") || start.startsWith("<!doctype html") || start.startsWith("<html")) {
        response.bodyKind = BodyKind::Html;
        return;
    }
    QJsonParseError error {};
    response.json = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::NoError) {
        response.bodyKind = BodyKind::Json;
        if (response.json.isObject() && response.status >= 400)
            response.scimError = ScimError::fromJson(response.json.object());
        return;
    }
    const bool looksJson = type.contains("json") || trimmed.startsWith('{') || trimmed.startsWith('[');
    response.bodyKind = looksJson ? BodyKind::MalformedJson : BodyKind::Text;
    if (looksJson)
        response.jsonError
            //: %1 is the JSON parser's error message, %2 the byte offset in the answer
            = QCoreApplication::translate("scim", "%1 at byte %2").arg(error.errorString()).arg(error.offset);
}

QString Response::describeUnexpectedBody() const
{
    switch (bodyKind) {
    case BodyKind::Json:
        return json.isObject() ? QString()
                               : QCoreApplication::translate("scim", "The answer is JSON but not an object.");
    case BodyKind::Empty:
        return QCoreApplication::translate(
            "scim", "The answer has an empty body where a SCIM resource was expected.");
    case BodyKind::Html:
        return QCoreApplication::translate("scim",
                                           "The answer is an HTML page, not SCIM JSON — this URL is probably "
                                           "a web page or a login screen, not the SCIM API.");
    case BodyKind::MalformedJson:
        //: %1 is the JSON error and where it is, e.g. "unterminated string at byte 120"
        return QCoreApplication::translate("scim", "The answer is malformed JSON (%1).").arg(jsonError);
    case BodyKind::Text:
        //: %1 is the start of the answer's text, at most 120 characters
        return QCoreApplication::translate("scim", "The answer is plain text, not SCIM JSON: “%1”.")
            .arg(QString::fromUtf8(body.trimmed().left(120)));
    }
    return {};
}

QString Response::describeError() const
{
    switch (error) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Timeout:
        return QCoreApplication::translate("scim", "No answer within the time limit (timeout).");
    case ErrorKind::Refused:
        return proxyProblem ? QCoreApplication::translate("scim", "The proxy refused the connection.")
                            : QCoreApplication::translate("scim",
                                                          "The server refused the connection: nothing "
                                                          "listens on that host and port.");
    case ErrorKind::Dns:
        return proxyProblem ? QCoreApplication::translate("scim", "The proxy's host name could not be found.")
                            : QCoreApplication::translate("scim", "The host name could not be found (DNS).");
    case ErrorKind::Tls:
        //: %1 is the TLS error names or details, e.g. CertificateExpired
        return QCoreApplication::translate("scim", "The TLS handshake failed: %1.")
            .arg(tls.errorNames.isEmpty() ? errorDetail : tls.errorNames.join(QLatin1String(", ")));
    case ErrorKind::Dropped:
        return QCoreApplication::translate("scim", "The connection closed before a complete answer arrived.");
    case ErrorKind::Redirect:
        //: %1 is the HTTP status code, e.g. 302, %2 the URL it redirects to; "token" is the SCIM secret
        return QCoreApplication::translate("scim",
                                           "The server answered with a redirect (%1) to %2; redirects are "
                                           "never followed with the token.")
            .arg(status)
            .arg(redirectTarget.toString());
    case ErrorKind::TooLarge:
        if (headersTooLarge)
            //: %1 describes the headers' size, e.g. "response headers of 70000 bytes; at most 65536 are read"
            return QCoreApplication::translate("scim",
                                               "The answer's headers were larger than the limit (%1).")
                .arg(errorDetail);
        return QCoreApplication::translate("scim",
                                           "The answer was larger than the size limit; it was cut off.");
    case ErrorKind::Cancelled:
        return QCoreApplication::translate("scim", "The request was cancelled.");
    case ErrorKind::UnsafeUrl:
        //: %1 is why the request was not sent, e.g. the URL would leave the endpoint
        return QCoreApplication::translate("scim", "The request was not sent: %1.").arg(errorDetail);
    case ErrorKind::TokenEndpoint:
        //: %1 says why the token endpoint gave no access token
        return QCoreApplication::translate("scim", "Not sent: no access token could be obtained. %1")
            .arg(errorDetail);
    }
    return {};
}

} // namespace scim
