#include "token.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace credentials {

CleanToken CleanToken::fromPaste(const QByteArray &pasted)
{
    CleanToken clean;
    QByteArray token;
    token.reserve(pasted.size());
    for (const char c : pasted) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            token.append(c);
    }
    // "Bearer abc" became "Bearerabc" above; look at the original for the prefix.
    const QByteArray trimmed = pasted.trimmed();
    const bool bearerPrefix = trimmed.left(6).compare("bearer", Qt::CaseInsensitive) == 0
        && (trimmed.size() == 6 || trimmed.at(6) == ' ' || trimmed.at(6) == '\t');
    if (bearerPrefix)
        token = token.mid(6);
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
    clean.token = token;
    return clean;
}

JwtClaims JwtClaims::decode(const QByteArray &token)
{
    JwtClaims claims;
    const QList<QByteArray> parts = token.split('.');
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
    return claims;
}

} // namespace credentials
