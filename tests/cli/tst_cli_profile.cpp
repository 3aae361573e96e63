// `scim-console profile …` as a process, on the harness's real gnome-keyring.
#include "support/process.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using testsupport::runConsole;
using testsupport::runProcess;

namespace {

const QByteArray Token = "tok-Zq8ux1-profile-secret-7731";

QStringList keychainUsers()
{
    // secret-tool prints the attributes on stderr.
    const auto result = runProcess(QStringLiteral("secret-tool"),
                                   {QStringLiteral("search"), QStringLiteral("--all"),
                                    QStringLiteral("server"), QStringLiteral("scim-console")});
    const QByteArray out = result.out + result.err;
    QStringList users;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("attribute.user = "))
            users.append(QString::fromUtf8(line.mid(17)));
    }
    return users;
}

/// Every file under the test's private HOME/XDG tree holding @p needle (the keyring's own
/// encrypted file does not).
QStringList filesHolding(const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(qEnvironmentVariable("SCIM_TEST_SCRATCH"), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycle()
    {
        auto added = runConsole({QStringLiteral("profile"), QStringLiteral("add"),
                                 QStringLiteral("Production"), QStringLiteral("--endpoint"),
                                 QStringLiteral(" https://acme.surecloud.com/scim/v2/ "),
                                 QStringLiteral("--idp"), QStringLiteral("okta"),
                                 QStringLiteral("--group-name"), QStringLiteral("SCIM Pilot")},
                                testsupport::baseEnvironment(), "Bearer " + Token + "\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(keychainUsers().size(), 1);
        QVERIFY(!added.out.contains(Token));

        const auto listed
            = runConsole({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.out.contains(Token));
        const QJsonObject profile = QJsonDocument::fromJson(listed.out).array().at(0).toObject();
        QCOMPARE(profile.value(QLatin1String("name")).toString(), QStringLiteral("Production"));
        QCOMPARE(profile.value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://acme.surecloud.com/scim/v2"));
        QCOMPARE(profile.value(QLatin1String("idp")).toString(), QStringLiteral("okta"));
        QCOMPARE(profile.value(QLatin1String("groupName")).toString(), QStringLiteral("SCIM Pilot"));
        QCOMPARE(profile.value(QLatin1String("tokenStored")).toBool(), true);
        QVERIFY(profile.contains(QLatin1String("lastVerify"))
                && profile.contains(QLatin1String("lastPilot")));
        QVERIFY(!runConsole({QStringLiteral("profile"), QStringLiteral("list")}).out.contains(Token));
        QVERIFY2(filesHolding(Token).isEmpty(), qPrintable(filesHolding(Token).join(QLatin1Char(','))));
        QVERIFY(filesHolding(Token.toBase64()).isEmpty());

        const QByteArray rotated = "tok-rotated-0042-secret";
        const auto setToken = runConsole(
            {QStringLiteral("profile"), QStringLiteral("set-token"), QStringLiteral("production")},
            testsupport::baseEnvironment(), rotated);
        QCOMPARE(setToken.exitCode, 0);
        QVERIFY(setToken.out.contains("Okta"));
        QVERIFY(setToken.out.contains("verify"));
        const QString user = keychainUsers().value(0);
        // QtKeychain keeps binary secrets base64-encoded in the Secret Service.
        QCOMPARE(
            QByteArray::fromBase64(runProcess(QStringLiteral("secret-tool"),
                                              {QStringLiteral("lookup"), QStringLiteral("server"),
                                               QStringLiteral("scim-console"), QStringLiteral("user"), user})
                                       .out),
            rotated);

        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("rename"),
                             QStringLiteral("Production"), QStringLiteral("Prod EU")})
                     .exitCode,
                 0);
        QCOMPARE(keychainUsers(), QStringList {user}); // the keychain key is the id: a rename leaves it

        const auto removed
            = runConsole({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Prod EU")});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(keychainUsers().isEmpty());
        QCOMPARE(
            QJsonDocument::fromJson(
                runConsole({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .array()
                .size(),
            0);
    }

    void badInputExitsTwoAndKeepsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("message");
        const QString ok = QStringLiteral("https://acme.surecloud.com/scim/v2");
        QTest::newRow("bad name") << QStringList {QStringLiteral("a/b"), QStringLiteral("--endpoint"), ok}
                                  << Token << QByteArray("profile name");
        QTest::newRow("duplicate") << QStringList {QStringLiteral("EXISTING"), QStringLiteral("--endpoint"),
                                                   ok}
                                   << Token << QByteArray("already");
        QTest::newRow("no endpoint") << QStringList {QStringLiteral("New")} << Token
                                     << QByteArray("--endpoint");
        QTest::newRow("malformed url")
            << QStringList {QStringLiteral("New"), QStringLiteral("--endpoint"), QStringLiteral("acme/scim")}
            << Token << QByteArray("not a complete URL");
        QTest::newRow("http to a remote host")
            << QStringList {QStringLiteral("New"), QStringLiteral("--endpoint"),
                            QStringLiteral("http://acme.surecloud.com/scim/v2")}
            << Token << QByteArray("unencrypted");
        QTest::newRow("user info") << QStringList {QStringLiteral("New"), QStringLiteral("--endpoint"),
                                                   QStringLiteral("https://me:pw@acme.surecloud.com/scim/v2")}
                                   << Token << QByteArray("user name or password");
        QTest::newRow("unexpected host") << QStringList {QStringLiteral("New"), QStringLiteral("--endpoint"),
                                                         QStringLiteral("https://scim.example.org/v2")}
                                         << Token << QByteArray("--accept-host");
        QTest::newRow("missing CA file")
            << QStringList {QStringLiteral("New"), QStringLiteral("--endpoint"), ok,
                            QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
            << Token << QByteArray("/nonexistent/ca.pem");
        QTest::newRow("bad idp") << QStringList {QStringLiteral("New"), QStringLiteral("--endpoint"), ok,
                                                 QStringLiteral("--idp"), QStringLiteral("onelogin")}
                                 << Token << QByteArray("onelogin");
        QTest::newRow("both group options") << QStringList {
            QStringLiteral("New"),        QStringLiteral("--endpoint"), ok,
            QStringLiteral("--group-id"), QStringLiteral("1"),          QStringLiteral("--group-name"),
            QStringLiteral("x")} << Token << QByteArray("not both");
        QTest::newRow("empty token") << QStringList {QStringLiteral("New"), QStringLiteral("--endpoint"), ok}
                                     << QByteArray(" \n") << QByteArray("empty");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("New"), QStringLiteral("--endpoint"),
                                                        ok, QStringLiteral("--token"), QStringLiteral("x")}
                                        << Token << QByteArray("token");
    }

    void badInputExitsTwoAndKeepsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, message);
        QCOMPARE(
            runConsole({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Existing"),
                        QStringLiteral("--endpoint"), QStringLiteral("https://acme.surecloud.com/scim/v2")},
                       testsupport::baseEnvironment(), "existing-token")
                .exitCode,
            0);
        const auto result
            = runConsole(QStringList {QStringLiteral("profile"), QStringLiteral("add")} + arguments,
                         testsupport::baseEnvironment(), token);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QCOMPARE(keychainUsers().size(), 1);
        QCOMPARE(
            QJsonDocument::fromJson(
                runConsole({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .array()
                .size(),
            1);
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Existing")})
                     .exitCode,
                 0);
    }

    void otherSubcommandsNameWhatIsWrong()
    {
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Nope")})
                     .exitCode,
                 2);
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("set-token"), QStringLiteral("Nope")},
                            testsupport::baseEnvironment(), "x")
                     .exitCode,
                 2);
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("rename"), QStringLiteral("Nope"),
                             QStringLiteral("New")})
                     .exitCode,
                 2);
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runConsole({QStringLiteral("profile")}).exitCode, 2);
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("--help")}).exitCode, 0);
    }

    void loopbackSandboxNeedsNoConfirmation()
    {
        const auto added
            = runConsole({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Sandbox"),
                          QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9/scim/v2")},
                         testsupport::baseEnvironment(), "sandbox-token");
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(runConsole({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Sandbox")})
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
