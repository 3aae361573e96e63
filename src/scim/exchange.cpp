#include "exchange.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scim {

namespace {

constexpr qsizetype MaxRecordedText = 64 * 1024;

QByteArray maskSecret(QByteArray text, const QByteArray &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, redact::Mask);
    return text;
}

QJsonValue maskPasswords(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
                it.value() = QLatin1String(redact::Mask);
            else
                it.value() = maskPasswords(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = maskPasswords(array.at(i));
        return array;
    }
    return value;
}

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

namespace redact {

HeaderList headers(const HeaderList &headers, const QByteArray &secret)
{
    HeaderList redacted;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "cookie" || lower == "set-cookie" || lower == "proxy-authorization")
            continue;
        if (lower == "authorization") {
            const qsizetype space = value.indexOf(' ');
            redacted.append({name, space > 0 ? value.left(space + 1) + Mask : QByteArray(Mask)});
            continue;
        }
        redacted.append({name, maskSecret(value, secret)});
    }
    return redacted;
}

QByteArray body(const QByteArray &body, const QByteArray &secret)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return maskSecret(body, secret);
    const QJsonValue masked
        = maskPasswords(document.isObject() ? QJsonValue(document.object()) : document.array());
    const QJsonDocument out
        = masked.isObject() ? QJsonDocument(masked.toObject()) : QJsonDocument(masked.toArray());
    return maskSecret(out.toJson(QJsonDocument::Compact), secret);
}

QUrl url(const QUrl &url, const QByteArray &secret)
{
    if (secret.size() < 4)
        return url;
    const QByteArray encoded = url.toEncoded();
    if (!encoded.contains(secret) && !encoded.contains(QUrl::toPercentEncoding(QString::fromUtf8(secret))))
        return url;
    QByteArray masked = maskSecret(encoded, secret);
    masked = maskSecret(masked, QUrl::toPercentEncoding(QString::fromUtf8(secret)));
    return QUrl::fromEncoded(masked);
}

} // namespace redact

} // namespace scim
