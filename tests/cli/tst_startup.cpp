// The executable as built: what it links, and how it finds (or misses) its core plug-in.
#include "support/process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using testsupport::consoleExecutable;
using testsupport::runProcess;

namespace {

/// The wizard offscreen, quitting once its first paint is done and its core attached.
QProcessEnvironment firstPaintEnvironment()
{
    auto environment = testsupport::baseEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("SCIM_CONSOLE_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("core"));
    return environment;
}

/// The shared libraries @p file names as needed (readelf -d).
QStringList neededLibraries(const QString &file)
{
    const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
    if (readelf.isEmpty())
        return {};
    const auto result = runProcess(readelf, {QStringLiteral("-d"), file});
    QStringList needed;
    static const QRegularExpression entry(QStringLiteral(R"(\(NEEDED\).*\[([^\]]+)\])"));
    for (const QByteArray &line : result.out.split('\n')) {
        if (const auto match = entry.match(QString::fromUtf8(line)); match.hasMatch())
            needed.append(match.captured(1));
    }
    return needed;
}

QString corePlugin()
{
    return QFileInfo(consoleExecutable()).dir().filePath(QStringLiteral("scim-console-core.so"));
}

bool anyStartsWith(const QStringList &names, const QString &prefix)
{
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &name) { return name.startsWith(prefix); });
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The first paint waits for no library the start page does not use: Qt Network (and through
    // it Kerberos and libproxy), QtKeychain and QCoro are the core's.
    void theExecutableLinksOnlyWhatTheStartPageNeeds()
    {
        const QStringList executable = neededLibraries(consoleExecutable());
        if (executable.isEmpty())
            QSKIP("readelf is not installed");
        QVERIFY2(anyStartsWith(executable, QStringLiteral("libQt6Widgets.so")),
                 qPrintable(executable.join(' ')));
        for (const QString &late : {QStringLiteral("libQt6Network.so"), QStringLiteral("libqt6keychain.so"),
                                    QStringLiteral("libQCoro6"), QStringLiteral("libQt6HttpServer.so")})
            QVERIFY2(!anyStartsWith(executable, late), qPrintable(late));

        const QStringList core = neededLibraries(corePlugin());
        QVERIFY2(anyStartsWith(core, QStringLiteral("libQt6Network.so")), qPrintable(core.join(' ')));
        QVERIFY2(anyStartsWith(core, QStringLiteral("libqt6keychain.so")), qPrintable(core.join(' ')));
    }

    // The wizard paints its start page, then loads and attaches its core (exit 0; 4 would mean
    // it was attached before the paint).
    void theWizardAttachesItsCoreAfterTheFirstPaint()
    {
        const auto result = runProcess(consoleExecutable(), {}, firstPaintEnvironment());
        QVERIFY2(!result.crashed && result.exitCode == 0, result.err.constData());
    }

    // What the first paint shows may need the core before it: saved progress that resumes past
    // the start page (or the start page would flash before the page the admin left), and an
    // interrupted pilot's journal (its cleanup is offered on the first paint).
    void aFirstPageBeyondTheStartLoadsTheCoreBeforeThePaint_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("saved progress")
            << QStringLiteral("XDG_CONFIG_HOME") << QStringLiteral("scim-console/wizard.ini")
            << QByteArray("[progress]\npath=PrepareRequest\npage=3\n");
        QTest::newRow("pending cleanup")
            << QStringLiteral("XDG_DATA_HOME")
            << QStringLiteral("scim-console/scim-console/journals/0123456789abcdef.json") << QByteArray("{}");
    }

    void aFirstPageBeyondTheStartLoadsTheCoreBeforeThePaint()
    {
        QFETCH(QString, variable);
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QVERIFY(QDir(directory.path()).mkpath(QFileInfo(file).path()));
        QFile written(directory.filePath(file));
        QVERIFY(written.open(QIODevice::WriteOnly));
        QCOMPARE(written.write(content), content.size());
        written.close();
        auto environment = firstPaintEnvironment();
        environment.insert(variable, directory.path());
        const auto result = runProcess(consoleExecutable(), {}, environment);
        QVERIFY2(!result.crashed, result.err.constData());
        QCOMPARE(result.exitCode, 4); // attached before the first paint
    }

    // An executable without its core says which file it looked for, for a command and for the
    // wizard alike, and exits with the environment's code.
    void aMissingCoreIsNamed()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString alone = directory.filePath(QStringLiteral("scim-console"));
        QVERIFY(QFile::copy(consoleExecutable(), alone));

        const auto command = runProcess(alone, {QStringLiteral("--version")});
        QCOMPARE(command.exitCode, 3);
        QVERIFY2(command.err.contains("scim-console-core.so"), command.err.constData());
        QVERIFY(command.out.isEmpty());

        const auto wizard = runProcess(alone, {}, firstPaintEnvironment());
        QCOMPARE(wizard.exitCode, 3);
        QVERIFY2(wizard.err.contains("scim-console-core.so"), wizard.err.constData());
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
