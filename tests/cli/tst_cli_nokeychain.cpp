// No session bus at all: `profile add` exits 3, explains why, and writes the token nowhere.
#include "support/process.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using testsupport::runConsole;

class TestCliNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitThreeAndNothingOnDisk()
    {
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        const QByteArray token = "tok-nobus-Kx81-secret-value";
        auto environment = testsupport::baseEnvironment();
        environment.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
        const auto result
            = runConsole({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Prod"),
                          QStringLiteral("--endpoint"), QStringLiteral("https://acme.surecloud.com/scim/v2")},
                         environment, token);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("No system keychain"), result.err.constData());
        QVERIFY(!result.out.contains(token) && !result.err.contains(token));

        QDirIterator it(qEnvironmentVariable("SCIM_TEST_SCRATCH"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
            ++files;
        }
        const auto listed = runConsole(
            {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}, environment);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0); // no half-made profile either
        Q_UNUSED(files)
    }
};

QTEST_GUILESS_MAIN(TestCliNoKeychain)
#include "tst_cli_nokeychain.moc"
