#include "token.h"

#include "common/translations.h"

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
    // A mail client wrapped the pasted token. A sentence per kind, each with its own plural forms.
    if (spaces > 0 || breaks > 0)
        clean.notice = common::sentences(
            //: %n is the number of spaces removed; "token" is the SCIM secret pasted by the admin
            {spaces > 0 ? tr("Removed %n space(s) from inside the token.", nullptr, spaces) : QString(),
             //: %n is the number of line breaks removed; "token" is the SCIM secret pasted by the admin
             breaks > 0 ? tr("Removed %n line break(s) from inside the token.", nullptr, breaks) : QString(),
             tr("It was a wrapped paste: tokens hold none. Check it was copied whole.")});
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
