// With no session bus at all there is no Secret Service: every operation says so, plainly.
#include "credentials/tokenvault.h"

#include <QTest>
#include <qcoro/qcorotask.h>

using credentials::TokenVault;
using State = credentials::VaultResult::State;

class TestTokenVaultNoBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSecretService()
    {
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        TokenVault vault;
        const auto stored = QCoro::waitFor(vault.store(QStringLiteral("p"), common::Secret("token")));
        QCOMPARE(stored.state, State::NoService);
        QVERIFY(stored.explanation().contains(QLatin1String("never written to a file")));
        QCOMPARE(QCoro::waitFor(vault.read(QStringLiteral("p"))).state, State::NoService);
        QCOMPARE(QCoro::waitFor(vault.probe()).state, State::NoService);
        QCOMPARE(QCoro::waitFor(vault.remove(QStringLiteral("p"))).state, State::NoService);
    }
};

QTEST_GUILESS_MAIN(TestTokenVaultNoBus)
#include "tst_tokenvault_nobus.moc"
