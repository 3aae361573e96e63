#pragma once

#include "credentials/vaultresult.h"

#include <QObject>
#include <QString>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <memory>

namespace QKeychain {
class Job;
}

namespace credentials {

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

    QCoro::Task<VaultResult> store(QString key, common::Secret secret);
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
