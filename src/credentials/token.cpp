#include "token.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace credentials {

CleanToken CleanToken::fromPaste(QByteArrayView pasted)
{
    CleanToken clean;
    QByteArray inner = pasted.trimmed().toByteArray();
    // A pasted "Bearer abc" is the header, not the token.
    if (inner.compare("bearer", Qt::CaseInsensitive) == 0)
        inner.clear();
    else if (inner.left(6).compare("bearer", Qt::CaseInsensitive) == 0
             && (inner.at(6) == ' ' || inner.at(6) == '\t'))
        inner = inner.mid(7).trimmed();
    QByteArray token;
    token.reserve(inner.size());
    int spaces = 0;
    int breaks = 0;
    for (const char c : std::as_const(inner)) {
        if (c == ' ' || c == '\t')
            ++spaces;
        else if (c == '\r' || c == '\n')
            breaks += c == '\n' ? 1 : 0;
        else
            token.append(c);
    }
    if (spaces > 0 || breaks > 0)
        //: a mail client wrapped the pasted token; %1 and %2 are counts
        clean.notice
            = tr("Removed %1 and %2 from inside the token (a wrapped paste); tokens hold none. Check "
                 "it was copied whole.")
                  .arg(tr("%n space(s)", nullptr, spaces), tr("%n line break(s)", nullptr, breaks));
    if (token.isEmpty()) {
        clean.error = tr("The token is empty. Paste the secret token you received.");
        return clean;
    }
    for (const char c : std::as_const(token)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            clean.error
                = tr("The token contains an invisible control character; copy it again from the message "
                     "you received.");
            return clean;
        }
    }
    clean.token = common::Secret(std::move(token));
    common::Secret::wipe(inner);
    return clean;
}

JwtClaims JwtClaims::decode(QByteArrayView token)
{
    JwtClaims claims;
    const QList<QByteArray> parts = token.toByteArray().split('.');
    if (parts.size() != 3)
        return claims;
    const auto decodePart = [](const QByteArray &part) {
        const auto decoded = QByteArray::fromBase64Encoding(
            part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        return decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
    };
    const QJsonObject header = decodePart(parts.at(0));
    const QJsonObject payload = decodePart(parts.at(1));
    if (!header.contains(QLatin1String("alg")) || payload.isEmpty())
        return claims;
    claims.isJwt = true;
    const auto time = [&payload](const char *name) -> std::optional<QDateTime> {
        const QJsonValue value = payload.value(QLatin1String(name));
        if (!value.isDouble())
            return std::nullopt;
        return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    };
    claims.expiresAt = time("exp");
    claims.issuedAt = time("iat");
    claims.issuer = payload.value(QLatin1String("iss")).toString();
    const QJsonValue audience = payload.value(QLatin1String("aud"));
    if (audience.isArray()) {
        QStringList audiences;
        const QJsonArray all = audience.toArray();
        for (const QJsonValue &one : all)
            audiences.append(one.toString());
        claims.audience = audiences.join(QLatin1String(", "));
    } else {
        claims.audience = audience.toString();
    }
    return claims;
}

} // namespace credentials
