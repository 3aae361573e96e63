#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <memory>

namespace QKeychain {
class Job;
}

namespace credentials {

/// What a keychain operation came to. Each state has a plain explanation and what to do.
struct VaultResult
{
    Q_DECLARE_TR_FUNCTIONS(credentials::VaultResult)

public:
    enum class State {
        Ok,
        NotFound, ///< no token stored under that key
        NoService, ///< no Secret Service, or no session bus at all
        Locked, ///< the keyring is locked, or there is no default keyring to write to
        AccessDenied, ///< the keychain refused this application
        TimedOut, ///< no answer in time (a password prompt may be waiting)
        TooLarge, ///< the platform's keychain cannot hold a secret this long
        Failed, ///< anything else the backend reported
    };

    State state = State::Failed;
    QByteArray secret; ///< read(): the token
    QString detail; ///< the backend's own message, for the curious

    bool ok() const { return state == State::Ok; }
    /// What happened and what to do, for the admin.
    QString explanation() const;
    static QString stateName(State state);
};

/// The only owner of QtKeychain: service "scim-console", one entry per profile id, the insecure
/// fallback off — nothing is ever written in plaintext instead. Every job is timed out (15 s by
/// default) and reports completion exactly once.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    explicit TokenVault(QObject *parent = nullptr, const QString &service = QStringLiteral("scim-console"));

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// The largest secret the platform keychain takes (Windows Credential Manager: 2,560 bytes).
    void setMaxSecretBytes(qsizetype bytes) { m_maxSecretBytes = bytes; }
    static qsizetype platformMaxSecretBytes();

    QCoro::Task<VaultResult> store(QString key, QByteArray secret);
    /// NotFound is checked with a probe write: a locked keyring also answers reads with "not found".
    QCoro::Task<VaultResult> read(QString key);
    /// A missing entry counts as removed.
    QCoro::Task<VaultResult> remove(QString key);
    /// Whether a token could be stored now (writes and deletes a probe entry).
    QCoro::Task<VaultResult> probe();

private:
    QCoro::Task<VaultResult> run(std::unique_ptr<QKeychain::Job> job);

    QString m_service;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(15)};
    qsizetype m_maxSecretBytes;
};

} // namespace credentials
