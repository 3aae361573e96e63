#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace app {

/// Puts a secret on the clipboard for pasting into the IdP: marked for clipboard managers
/// (x-kde-passwordManagerHint: secret) so they do not keep it, cleared after a while if it is
/// still ours — never what the admin copied since — and when the application quits.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    explicit SecretClipboard(std::chrono::milliseconds clearAfter = std::chrono::seconds(30),
                             QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copySecret(const QByteArray &secret);
    /// From the next copy on (tests shorten it).
    void setClearAfter(std::chrono::milliseconds clearAfter) { m_timer.setInterval(clearAfter); }
    /// Clears the clipboard now if it still holds our secret.
    void clearIfOurs();

Q_SIGNALS:
    /// The timeout passed (whether or not the clipboard still held the secret).
    void expired();

private:
    bool holdsOurSecret() const;

    QTimer m_timer;
    QByteArray m_fingerprint; ///< a hash of what we put there; the secret itself is not kept
};

} // namespace app
