#include "redaction.h"

#include "common/secret.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace scim {

namespace {

/// Shorter encoded forms would mask innocent text; the raw secret itself is masked from 4 bytes.
constexpr qsizetype MinEncodedNeedle = 6;

/// JSON members and form fields that hold a secret whatever its value: a user's password, and
/// what OAuth 2.0 token endpoints send and receive (RFC 6749 §2.3.1, §5.1).
bool isSecretName(QAnyStringView name)
{
    for (const char *secret :
         {"password", "client_secret", "access_token", "refresh_token", "id_token", "client_assertion"}) {
        if (QAnyStringView::compare(name, QLatin1String(secret), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// An application/x-www-form-urlencoded body with every secret field's value masked.
QByteArray maskFormFields(const QByteArray &body)
{
    QList<QByteArray> fields = body.split('&');
    for (QByteArray &field : fields) {
        const qsizetype equals = field.indexOf('=');
        if (equals > 0 && isSecretName(QLatin1String(field.left(equals))))
            field = field.left(equals + 1) + SecretMask::Mask;
    }
    return fields.join('&');
}

QJsonValue maskPasswords(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretName(it.key()))
                it.value() = QLatin1String(SecretMask::Mask);
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

/// The part of base64(@p offset filler bytes + @p secret) that depends on the secret alone.
QByteArray base64Core(const QByteArray &secret, int offset, QByteArray::Base64Options options)
{
    const QByteArray encoded = QByteArray(QByteArray(offset, '\0') + secret).toBase64(options);
    const qsizetype first = (8 * offset + 5) / 6; // the first character holding no filler bit
    const qsizetype end = (8 * (offset + secret.size())) / 6; // characters fully inside the secret
    return end > first ? encoded.mid(first, end - first) : QByteArray();
}

QByteArray jsonEscaped(const QByteArray &secret)
{
    const QByteArray quoted
        = QJsonDocument(QJsonArray {QString::fromUtf8(secret)}).toJson(QJsonDocument::Compact);
    return quoted.mid(2, quoted.size() - 4); // ["…"]
}

} // namespace

void SecretMask::addNeedle(const QByteArray &needle)
{
    if (needle.isEmpty() || m_needles.contains(needle))
        return;
    m_needles.append(needle);
}

SecretMask::~SecretMask()
{
    for (QByteArray &needle : m_needles) {
        if (needle.isDetached())
            common::Secret::wipe(needle);
    }
}

void SecretMask::add(QByteArrayView view)
{
    if (view.size() < 4)
        return;
    const QByteArray secret = view.toByteArray();
    addNeedle(secret);
    QList<QByteArray> encoded;
    const QByteArray percent = QUrl::toPercentEncoding(QString::fromUtf8(secret));
    encoded << percent << percent.toLower();
    QByteArray form = QUrl::toPercentEncoding(QString::fromUtf8(secret), " ");
    encoded << form.replace(' ', '+');
    const QByteArray json = jsonEscaped(secret);
    encoded << json << QByteArray(json).replace("/", "\\/");
    for (int offset = 0; offset < 3; ++offset) {
        encoded << base64Core(secret, offset, QByteArray::Base64Encoding)
                << base64Core(secret, offset, QByteArray::Base64UrlEncoding);
    }
    for (const QByteArray &needle : std::as_const(encoded)) {
        if (needle.size() >= MinEncodedNeedle)
            addNeedle(needle);
    }
    std::sort(m_needles.begin(), m_needles.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    // Counting sort by bucket; within a bucket the needles stay longest first.
    m_bucketStart.fill(0, Buckets + 1);
    for (const QByteArray &needle : std::as_const(m_needles))
        ++m_bucketStart[bucketOf(needle.constData()) + 1];
    for (int bucket = 0; bucket < Buckets; ++bucket)
        m_bucketStart[bucket + 1] += m_bucketStart[bucket];
    QList<qsizetype> next(m_bucketStart.cbegin(), m_bucketStart.cend() - 1);
    m_bucketNeedles.resize(m_needles.size());
    for (qsizetype i = 0; i < m_needles.size(); ++i)
        m_bucketNeedles[next[bucketOf(m_needles.at(i).constData())]++] = i;
}

quint16 SecretMask::bucketOf(const char *fourBytes)
{
    quint32 word = 0;
    std::memcpy(&word, fourBytes, sizeof word);
    return quint16((word * 2654435761U) >> 20); // Knuth's multiplicative hash, 12 bits
}

QByteArray SecretMask::apply(QByteArray text) const
{
    if (m_bucketNeedles.isEmpty() || text.size() < 4)
        return text;
    // Every occurrence of every needle in the original text is masked: overlapping ones become one
    // mask, as if the longer had been replaced first; ones that merely touch stay two.
    QByteArray masked;
    qsizetype copied = 0;
    qsizetype start = -1;
    qsizetype end = -1;
    const char *data = text.constData();
    const qsizetype *starts = m_bucketStart.constData();
    const qsizetype *indices = m_bucketNeedles.constData();
    for (qsizetype i = 0; i + 4 <= text.size(); ++i) {
        const quint16 bucket = bucketOf(data + i);
        const qsizetype first = starts[bucket];
        const qsizetype last = starts[bucket + 1];
        if (first == last)
            continue;
        qsizetype length = 0;
        for (qsizetype n = first; n < last; ++n) {
            const QByteArray &needle = m_needles.at(indices[n]);
            if (needle.size() <= text.size() - i
                && std::memcmp(data + i, needle.constData(), needle.size()) == 0) {
                length = needle.size(); // the longest that starts here
                break;
            }
        }
        if (length == 0)
            continue;
        if (i < end) {
            end = std::max(end, i + length);
            continue;
        }
        if (start >= 0) {
            masked += QByteArrayView(data + copied, start - copied);
            masked += Mask;
            copied = end;
        }
        start = i;
        end = i + length;
    }
    if (start < 0)
        return text;
    masked += QByteArrayView(data + copied, start - copied);
    masked += Mask;
    masked += QByteArrayView(data + end, text.size() - end);
    return masked;
}

QString SecretMask::apply(const QString &text) const
{
    if (m_needles.isEmpty() || text.isEmpty())
        return text;
    const QByteArray bytes = text.toUtf8();
    const QByteArray masked = apply(bytes);
    return masked.size() == bytes.size() && masked == bytes ? text : QString::fromUtf8(masked);
}

QUrl SecretMask::apply(const QUrl &url) const
{
    if (m_needles.isEmpty())
        return url;
    const QByteArray encoded = url.toEncoded();
    const QByteArray masked = apply(encoded);
    return masked == encoded ? url : QUrl::fromEncoded(masked);
}

namespace redact {

HeaderList headers(const HeaderList &headers, const SecretMask &mask)
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
        redacted.append({name, mask.apply(value)});
    }
    return redacted;
}

QByteArray body(const QByteArray &body, const SecretMask &mask)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        // Not JSON (cut short, or with trailing bytes): a secret member is still masked by name.
        static const QRegularExpression member(
            QStringLiteral(
                "(\"(?:password|client_secret|access_token|refresh_token|id_token|client_assertion)"
                "\"\\s*:\\s*\")[^\"]*"),
            QRegularExpression::CaseInsensitiveOption);
        QByteArray masked = body.contains('=') && !body.contains('\n') ? maskFormFields(body) : body;
        const QByteArray lower = masked.toLower();
        // Only where such a member may be is the text rewritten; other bytes stay as they are.
        if (lower.contains("token") || lower.contains("secret") || lower.contains("password")
            || lower.contains("assertion")) {
            QString text = QString::fromUtf8(masked);
            text.replace(member, QStringLiteral("\\1") + QLatin1String(SecretMask::Mask));
            masked = text.toUtf8();
        }
        return mask.apply(masked);
    }
    const QJsonValue masked
        = maskPasswords(document.isObject() ? QJsonValue(document.object()) : document.array());
    const QJsonDocument out
        = masked.isObject() ? QJsonDocument(masked.toObject()) : QJsonDocument(masked.toArray());
    return mask.apply(out.toJson(QJsonDocument::Compact));
}

} // namespace redact

} // namespace scim
