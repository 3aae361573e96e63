#include "serverconfig.h"

namespace sandbox {

std::optional<TlsOffer::Version> parseTlsVersion(const QString &text)
{
    if (text == QLatin1String("1.2"))
        return TlsOffer::Version::Tls12;
    if (text == QLatin1String("1.3"))
        return TlsOffer::Version::Tls13;
    return std::nullopt;
}

QString tlsVersionName(TlsOffer::Version version)
{
    return version == TlsOffer::Version::Tls12 ? QStringLiteral("1.2") : QStringLiteral("1.3");
}

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QPair<QString, QString>> decodeQuery(const QByteArray &encodedQuery)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> pairs = encodedQuery.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

} // namespace sandbox
