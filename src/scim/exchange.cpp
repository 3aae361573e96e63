#include "exchange.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scim {

namespace {

constexpr qsizetype MaxRecordedText = 64 * 1024;

QJsonObject headersToJson(const HeaderList &headers)
{
    QJsonObject object;
    for (const auto &[name, value] : headers)
        object.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return object;
}

void insertBody(QJsonObject &exchange, const QString &jsonKey, const QString &textKey, const QByteArray &body)
{
    if (body.isEmpty()) {
        exchange.insert(jsonKey, QJsonValue::Null);
        return;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        exchange.insert(jsonKey,
                        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
        return;
    }
    exchange.insert(jsonKey, QJsonValue::Null);
    exchange.insert(textKey, QString::fromUtf8(body.left(MaxRecordedText)));
}

} // namespace

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::Dns:
        return QStringLiteral("dns");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::Dropped:
        return QStringLiteral("dropped");
    case ErrorKind::Redirect:
        return QStringLiteral("redirect");
    case ErrorKind::TooLarge:
        return QStringLiteral("too-large");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::UnsafeUrl:
        return QStringLiteral("unsafe-url");
    case ErrorKind::TokenEndpoint:
        return QStringLiteral("token-endpoint");
    }
    return {};
}

QJsonObject Exchange::toJson() const
{
    QJsonObject object {
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("status"), status == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(status)},
        {QStringLiteral("error"),
         error == ErrorKind::None ? QJsonValue(QJsonValue::Null) : errorKindName(error)},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("attempt"), attempt},
        {QStringLiteral("requestHeaders"), headersToJson(requestHeaders)},
        {QStringLiteral("responseHeaders"), headersToJson(responseHeaders)},
    };
    if (!errorDetail.isEmpty())
        object.insert(QStringLiteral("errorDetail"), errorDetail);
    insertBody(object, QStringLiteral("requestBody"), QStringLiteral("requestText"), requestBody);
    insertBody(object, QStringLiteral("responseBody"), QStringLiteral("responseText"), responseBody);
    return object;
}

namespace {

HeaderList headersFromJson(const QJsonObject &object)
{
    HeaderList headers;
    for (auto it = object.begin(); it != object.end(); ++it)
        headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    return headers;
}

QByteArray bodyFromJson(const QJsonObject &exchange, const QString &jsonKey, const QString &textKey)
{
    const QJsonValue body = exchange.value(jsonKey);
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return exchange.value(textKey).toString().toUtf8();
}

ErrorKind errorKindFromName(const QString &name)
{
    for (const ErrorKind kind :
         {ErrorKind::Timeout, ErrorKind::Refused, ErrorKind::Dns, ErrorKind::Tls, ErrorKind::Dropped,
          ErrorKind::Redirect, ErrorKind::TooLarge, ErrorKind::Cancelled, ErrorKind::UnsafeUrl}) {
        if (errorKindName(kind) == name)
            return kind;
    }
    return ErrorKind::None;
}

} // namespace

Exchange Exchange::fromJson(const QJsonObject &json)
{
    Exchange exchange;
    exchange.method = json.value(QLatin1String("method")).toString().toLatin1();
    exchange.url = QUrl::fromEncoded(json.value(QLatin1String("url")).toString().toUtf8());
    exchange.attempt = json.value(QLatin1String("attempt")).toInt(1);
    exchange.status = json.value(QLatin1String("status")).toInt(0);
    exchange.error = errorKindFromName(json.value(QLatin1String("error")).toString());
    exchange.errorDetail = json.value(QLatin1String("errorDetail")).toString();
    exchange.startedAt
        = QDateTime::fromString(json.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    exchange.durationMs = json.value(QLatin1String("durationMs")).toInteger();
    exchange.requestHeaders = headersFromJson(json.value(QLatin1String("requestHeaders")).toObject());
    exchange.responseHeaders = headersFromJson(json.value(QLatin1String("responseHeaders")).toObject());
    exchange.requestBody = bodyFromJson(json, QStringLiteral("requestBody"), QStringLiteral("requestText"));
    exchange.responseBody
        = bodyFromJson(json, QStringLiteral("responseBody"), QStringLiteral("responseText"));
    return exchange;
}

void Exchange::mask(const SecretMask &secrets)
{
    if (secrets.isEmpty())
        return;
    url = secrets.apply(url);
    errorDetail = secrets.apply(errorDetail);
    requestHeaders = redact::headers(requestHeaders, secrets);
    responseHeaders = redact::headers(responseHeaders, secrets);
    requestBody = secrets.apply(requestBody);
    responseBody = secrets.apply(responseBody);
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

namespace {

/// A shell pipeline stage that prints the client secret's token request to curl's standard
/// input as config (Basic) or as the urlencoded secret field (form), then the curl arguments.
QString tokenRequest(const CurlAuth &auth)
{
    QStringList parts;
    const bool form = auth.clientAuthentication == QLatin1String("form");
    if (form)
        parts << QStringLiteral("printf '%s' \"$SCIM_CONSOLE_CLIENT_SECRET\" | curl -sS")
              << QStringLiteral("--data-urlencode ")
                + shellQuote(QStringLiteral("client_id=") + auth.clientId)
              << QStringLiteral("--data-urlencode client_secret@-");
    else
        parts << QStringLiteral("printf 'user = \"%s:%s\"\\n' ") + shellQuote(auth.clientId)
                + QStringLiteral(" \"$SCIM_CONSOLE_CLIENT_SECRET\" | curl -sS -K -");
    parts << QStringLiteral("-d grant_type=client_credentials");
    if (!auth.scope.isEmpty())
        parts << QStringLiteral("--data-urlencode ") + shellQuote(QStringLiteral("scope=") + auth.scope);
    parts << shellQuote(auth.tokenEndpoint);
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString curlCommand(const Exchange &exchange, const CurlAuth &auth)
{
    static const QList<QByteArray> skipped {"authorization", "content-length",     "host",
                                            "connection",    "accept-encoding",    "accept-language",
                                            "cookie",        "proxy-authorization"};
    const bool oauth = auth.mode == QLatin1String("oauth-client-credentials");
    if (oauth && exchange.url.toString(QUrl::RemoveQuery) == auth.tokenEndpoint)
        return tokenRequest(auth); // the token request itself
    bool authorized = false;
    for (const auto &[name, value] : exchange.requestHeaders)
        authorized = authorized || name.compare("authorization", Qt::CaseInsensitive) == 0;
    QStringList parts;
    if (oauth)
        parts << QStringLiteral("SCIM_CONSOLE_ACCESS_TOKEN=$(") + tokenRequest(auth)
                + QStringLiteral(" | sed -n 's/.*\"access_token\" *: *\"\\([^\"]*\\)\".*/\\1/p') &&");
    if (!authorized)
        parts << QStringLiteral("curl -sS -i -X ") + shellQuote(QString::fromLatin1(exchange.method));
    else if (oauth)
        parts << QStringLiteral("printf 'Authorization: Bearer %s\\n' \"$SCIM_CONSOLE_ACCESS_TOKEN\" |");
    else if (auth.mode == QLatin1String("header"))
        parts << QStringLiteral("printf 'Authorization: %s\\n' \"$SCIM_CONSOLE_TOKEN\" |");
    else if (auth.mode == QLatin1String("basic"))
        parts << QStringLiteral("printf 'Authorization: Basic %s\\n' \"$(printf '%s:%s' ")
                + shellQuote(auth.username) + QStringLiteral(" \"$SCIM_CONSOLE_PASSWORD\" | base64 -w0)\" |");
    else
        parts << QStringLiteral("printf 'Authorization: Bearer %s\\n' \"$SCIM_CONSOLE_TOKEN\" |");
    if (authorized)
        parts << QStringLiteral("curl -sS -i -X ") + shellQuote(QString::fromLatin1(exchange.method));
    for (const auto &[name, value] : exchange.requestHeaders) {
        if (!skipped.contains(name.toLower()))
            parts.append(
                QStringLiteral("-H ")
                + shellQuote(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)));
    }
    if (authorized)
        parts.append(QStringLiteral("-H @-"));
    if (!exchange.requestBody.isEmpty())
        parts.append(QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(exchange.requestBody)));
    parts.append(shellQuote(exchange.url.toString(QUrl::FullyEncoded)));
    return parts.join(QLatin1Char(' '));
}

} // namespace scim
