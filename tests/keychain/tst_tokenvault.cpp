// TokenVault on a real gnome-keyring (the harness's private session): store, read, rotate,
// remove, checked with secret-tool; a locked keyring told apart from a missing entry.
#include "credentials/tokenvault.h"
#include "support/process.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QTest>
#include <qcoro/qcorotask.h>

using credentials::TokenVault;
using credentials::VaultResult;
using State = VaultResult::State;
using namespace std::chrono_literals;

namespace {

QByteArray secretTool(const QString &key)
{
    return testsupport::runProcess(QStringLiteral("secret-tool"),
                                   {QStringLiteral("lookup"), QStringLiteral("server"),
                                    QStringLiteral("scim-console"), QStringLiteral("user"), key})
        .out;
}

bool lockLoginKeyring()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    call << QVariant::fromValue(QList<QDBusObjectPath> {
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
    return QDBusConnection::sessionBus().call(call).type() == QDBusMessage::ReplyMessage;
}

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeReadRotateRemove()
    {
        TokenVault vault;
        const QString key = QStringLiteral("profile-1");
        QCOMPARE(QCoro::waitFor(vault.store(key, common::Secret("first-token"))).state, State::Ok);
        const VaultResult read = QCoro::waitFor(vault.read(key));
        QCOMPARE(read.state, State::Ok);
        QCOMPARE(read.secret.view().toByteArray(), QByteArray("first-token"));
        QVERIFY(!secretTool(key).isEmpty());

        QCOMPARE(QCoro::waitFor(vault.store(key, common::Secret("rotated-token"))).state, State::Ok);
        QCOMPARE(QCoro::waitFor(vault.read(key)).secret.view().toByteArray(), QByteArray("rotated-token"));

        QCOMPARE(QCoro::waitFor(vault.remove(key)).state, State::Ok);
        QVERIFY(secretTool(key).isEmpty());
        QCOMPARE(QCoro::waitFor(vault.read(key)).state, State::NotFound);
        QCOMPARE(QCoro::waitFor(vault.remove(key)).state, State::Ok); // already gone counts as removed
        QCOMPARE(QCoro::waitFor(vault.probe()).state, State::Ok);
    }

    void refusesWhatThePlatformCannotHold()
    {
        TokenVault vault;
        vault.setMaxSecretBytes(2560);
        const VaultResult result
            = QCoro::waitFor(vault.store(QStringLiteral("big"), common::Secret(QByteArray(2561, 'x'))));
        QCOMPARE(result.state, State::TooLarge);
        QVERIFY(result.explanation().contains(QLatin1String("longer")));
        QVERIFY(secretTool(QStringLiteral("big")).isEmpty());
        QCOMPARE(
            QCoro::waitFor(vault.store(QStringLiteral("big"), common::Secret(QByteArray(2560, 'x')))).state,
            State::Ok);
        QCOMPARE(QCoro::waitFor(vault.remove(QStringLiteral("big"))).state, State::Ok);
    }

    void timeoutReportsOnceAndTheVaultGoesOn()
    {
        TokenVault impatient;
        impatient.setTimeout(0ms);
        const VaultResult result
            = QCoro::waitFor(impatient.store(QStringLiteral("slow"), common::Secret("token")));
        QCOMPARE(result.state, State::TimedOut);
        QVERIFY(result.explanation().contains(QLatin1String("in time")));
        TokenVault patient;
        QCOMPARE(QCoro::waitFor(patient.store(QStringLiteral("slow"), common::Secret("token2"))).state,
                 State::Ok);
        QCOMPARE(QCoro::waitFor(patient.read(QStringLiteral("slow"))).secret.view().toByteArray(),
                 QByteArray("token2"));
    }

    // Last: it locks the session's keyring.
    void lockedKeyringIsNotMissingEntry()
    {
        TokenVault vault;
        QCOMPARE(QCoro::waitFor(vault.store(QStringLiteral("kept"), common::Secret("token"))).state,
                 State::Ok);
        QVERIFY(lockLoginKeyring());
        const VaultResult write
            = QCoro::waitFor(vault.store(QStringLiteral("other"), common::Secret("token")));
        QVERIFY2(write.state == State::Locked,
                 qPrintable(VaultResult::stateName(write.state) + QLatin1Char(' ') + write.detail));
        QVERIFY(write.explanation().contains(QLatin1String("locked")));
        // A read on a locked keyring says "not found"; the vault's probe tells the truth.
        QCOMPARE(QCoro::waitFor(vault.read(QStringLiteral("kept"))).state, State::Locked);
    }
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
