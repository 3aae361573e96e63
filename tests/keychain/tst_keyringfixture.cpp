// Proves the harness: a real Secret Service (gnome-keyring on a private D-Bus session) takes a
// QtKeychain write, read and delete, and secret-tool sees the same entry.
#include "support/process.h"

#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

using testsupport::runProcess;

class TestKeyringFixture : public QObject
{
    Q_OBJECT

private:
    static const inline QString service = QStringLiteral("scim-console-harness");
    static const inline QString key = QStringLiteral("fixture-entry");

    static QKeychain::Error finish(QKeychain::Job &job)
    {
        QSignalSpy done(&job, &QKeychain::Job::finished);
        job.start();
        if (!done.wait(15000))
            return QKeychain::OtherError;
        return job.error();
    }

    static testsupport::ProcessResult secretToolLookup()
    {
        return runProcess(
            QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    }

private Q_SLOTS:
    void writeReadDelete()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "the keyring fixture gives a session bus");

        QKeychain::WritePasswordJob write(service);
        write.setAutoDelete(false);
        write.setInsecureFallback(false);
        write.setKey(key);
        write.setBinaryData("harness-secret-\x01\xff");
        QCOMPARE(finish(write), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(service);
        read.setAutoDelete(false);
        read.setKey(key);
        QCOMPARE(finish(read), QKeychain::NoError);
        QCOMPARE(read.binaryData(), QByteArray("harness-secret-\x01\xff"));

        // QtKeychain's libsecret backend stores the service as "server" and the key as "user".
        const auto found = secretToolLookup();
        QVERIFY2(found.exitCode == 0 && !found.out.isEmpty(), found.err.constData());

        QKeychain::DeletePasswordJob remove(service);
        remove.setAutoDelete(false);
        remove.setKey(key);
        QCOMPARE(finish(remove), QKeychain::NoError);

        QKeychain::ReadPasswordJob readAgain(service);
        readAgain.setAutoDelete(false);
        readAgain.setKey(key);
        QCOMPARE(finish(readAgain), QKeychain::EntryNotFound);
        const auto gone = secretToolLookup();
        QVERIFY2(gone.out.isEmpty(), gone.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeyringFixture)
#include "tst_keyringfixture.moc"
