#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace common {

/// A secret in memory (a token, a client secret, a password): move-only, so it is never copied by
/// accident, and its bytes are overwritten when it goes. It is handed on by move — keychain →
/// target → client — and read through view() only where it must go out (a request header, the
/// mask that keeps it out of every record).
class Secret
{
public:
    Secret() = default;
    /// Takes @p bytes; when the caller held the only reference, no other copy is left behind.
    explicit Secret(QByteArray bytes);
    ~Secret();
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes); }
    /// Overwrites the bytes now and empties the secret.
    void clear();

    /// Overwrites @p bytes in place (after detaching it, so another owner's copy is untouched).
    static void wipe(QByteArray &bytes);

private:
    QByteArray m_bytes;
};

} // namespace common
