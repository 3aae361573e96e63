#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace scim {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// Every secret of a run, masked by value wherever text leaves the engine: the raw bytes, their
/// URL-encoded and JSON-escaped forms, and base64 (standard and URL-safe) at each of the three
/// byte alignments a secret can have inside a longer base64 text (a Basic header, a JWT, a blob).
class SecretMask
{
public:
    static constexpr auto Mask = "****";

    SecretMask() = default;
    explicit SecretMask(QByteArrayView secret) { add(secret); }
    /// The forms it holds are the secrets themselves: overwritten when the mask goes.
    ~SecretMask();
    SecretMask(const SecretMask &) = default;
    SecretMask &operator=(const SecretMask &) = default;
    SecretMask(SecretMask &&) = default;
    SecretMask &operator=(SecretMask &&) = default;

    /// Registers @p secret (ignored when shorter than 4 bytes: too short to mask safely).
    void add(QByteArrayView secret);
    bool isEmpty() const { return m_needles.isEmpty(); }

    QByteArray apply(QByteArray text) const;
    QString apply(const QString &text) const;
    QUrl apply(const QUrl &url) const;

    /// The forms searched for, longest first (for tests).
    const QList<QByteArray> &needles() const { return m_needles; }

private:
    void addNeedle(const QByteArray &needle);
    static quint16 bucketOf(const char *fourBytes);

    QList<QByteArray> m_needles;
    static constexpr int Buckets = 1 << 12;
    /// A few bits of each needle's first four bytes → the needles (indices, longest first) that may
    /// start there: one pass over a text, however many secrets a run has (a pilot of 50 users holds
    /// hundreds of forms). Only 12 bits of a secret's start are kept here, not its bytes. Flat, so
    /// that each byte of a text costs two array reads (an answer may be megabytes): bucket b's
    /// needles are m_bucketNeedles[m_bucketStart[b] .. m_bucketStart[b + 1]).
    QList<qsizetype> m_bucketStart;
    QList<qsizetype> m_bucketNeedles;
};

/// Redaction applied to everything recorded.
namespace redact {

inline constexpr auto Mask = SecretMask::Mask;

/// Authorization keeps its scheme (`Bearer ****`); Cookie, Set-Cookie and Proxy-Authorization
/// are dropped; every secret of @p mask is masked wherever it appears in a value.
HeaderList headers(const HeaderList &headers, const SecretMask &mask);

/// JSON bodies: every member named `password`, `client_secret`, `access_token`, `refresh_token`,
/// `id_token` or `client_assertion` (any case), at any depth, gets the mask; so do form fields of
/// those names in a form body. Any body: every secret of @p mask is masked wherever it appears.
QByteArray body(const QByteArray &body, const SecretMask &mask);

} // namespace redact

} // namespace scim
