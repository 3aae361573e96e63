// Runs the real executable: version, help, usage errors, the no-display message, the locale switch.
#include "support/process.h"

#include <QTest>

using testsupport::baseEnvironment;
using testsupport::runConsole;

class TestCliBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const auto result = runConsole({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("scim-console " SCIM_CONSOLE_VERSION "\n"));
    }

    void help()
    {
        const auto result = runConsole({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Usage: scim-console"));
        QVERIFY(result.out.contains("--demo"));
    }

    void commandHelpNamesTheCommandAndItsOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("usage");
        QTest::addColumn<QByteArrayList>("mentions");
        QTest::newRow("verify") << QStringList {QStringLiteral("verify"), QStringLiteral("--help")}
                                << QByteArray("Usage: scim-console verify [options]\n")
                                << QByteArrayList {".html, .pdf",   "--timeout-ms",     "--idp",
                                                   "--auth <MODE>", "--token-endpoint", "--client-id",
                                                   "--secret-stdin"};
        QTest::newRow("pilot") << QStringList {QStringLiteral("pilot"), QStringLiteral("--help")}
                               << QByteArray("Usage: scim-console pilot [options]\n")
                               << QByteArrayList {"--dialect", "--count", ".html, .pdf"};
        QTest::newRow("profile add")
            << QStringList {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--help")}
            << QByteArray("Usage: scim-console profile add NAME --endpoint URL [options]\n")
            << QByteArrayList {"--endpoint",      "--idp",         "--group-name",   "--ca-file",
                               "--sso-attribute", "--accept-host", "standard input", "--auth <MODE>",
                               "--username",      "--client-id"};
        QTest::newRow("profile edit")
            << QStringList {QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("-h")}
            << QByteArray("Usage: scim-console profile edit NAME [options]\n")
            << QByteArrayList {"--endpoint", "--ca-file", "only the options given change"};
    }

    void commandHelpNamesTheCommandAndItsOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, usage);
        QFETCH(QByteArrayList, mentions);
        const auto result = runConsole(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(usage), result.out.constData()); // not the executable's full path
        for (const QByteArray &mention : mentions)
            QVERIFY2(result.out.contains(mention), mention.constData());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")} << QByteArray("frobnicate");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--frobnicate")} << QByteArray("frobnicate");
        QTest::newRow("stray argument") << QStringList {QStringLiteral("--version"), QStringLiteral("x")}
                                        << QByteArray("Options must follow the command");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const auto result = runConsole(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void noDisplayPointsAtDemo()
    {
        auto environment = baseEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
        const auto result = runConsole({}, environment);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("scim-console demo"), result.err.constData());
    }

    void demoRunsTheChecksAgainstTheSandbox()
    {
        const auto result = runConsole({QStringLiteral("demo")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("embedded sandbox tenant is running at http://127.0.0.1:"));
        QVERIFY(result.out.contains("✓ The token is accepted"));
        QVERIFY(result.out.contains("✓ Your group exists"));
        QVERIFY(result.out.contains("Deactivate the user (leaver)"));
        QVERIFY2(result.out.contains("Verify passed: ") && result.out.contains("Pilot passed: "),
                 result.out.constData());
        const auto json = runConsole({QStringLiteral("demo"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.startsWith('{'));
        QVERIFY(json.out.contains("\"kind\": \"pilot\""));
        QCOMPARE(runConsole({QStringLiteral("demo"), QStringLiteral("extra")}).exitCode, 2);
    }

    void germanLocaleLoadsBothCatalogues()
    {
        auto environment = baseEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const auto result = runConsole({QStringLiteral("--frobnicate")}, environment);
        QCOMPARE(result.exitCode, 2);
        const QString err = QString::fromUtf8(result.err);
        // Our catalogue…
        QVERIFY2(err.contains(QStringLiteral("Aufruf")), qPrintable(err));
        // …and Qt's own (QCommandLineParser's message comes from qtbase_de.qm).
        QVERIFY2(err.contains(QStringLiteral("Unbekannte Option")), qPrintable(err));

        environment.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        const auto french = runConsole({QStringLiteral("--help")}, environment);
        QVERIFY2(!french.out.contains("Usage: scim-console"), french.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
