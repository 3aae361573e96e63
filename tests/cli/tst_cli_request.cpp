// `scim-console request`: from a file, as text, mailto: and JSON; from a terminal's answers.
#include "support/process.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runConsole;

namespace {

const QByteArray Valid
    = R"({"idp":"entra","tenantLocation":"United Kingdom","tenantName":"Acme Ltd","tenantSubdomain":"acme","contactName":"Ann Lee","contactEmail":"ann@acme.example"})";

} // namespace

class TestCliRequest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString write(const QByteArray &content)
    {
        static int counter = 0;
        const QString path = m_directory.filePath(QStringLiteral("request%1.json").arg(++counter));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void textHoldsEveryField()
    {
        const auto result = runConsole({QStringLiteral("request"), QStringLiteral("--from"), write(Valid)});
        QCOMPARE(result.exitCode, 0);
        for (const char *expected : {"success@surecloud.com", "United Kingdom", "Acme Ltd", "acme", "Ann Lee",
                                     "ann@acme.example", "Microsoft Entra ID", "named contact"})
            QVERIFY2(result.out.contains(expected), expected);
    }

    void jsonRoundTrips()
    {
        const auto result = runConsole(
            {QStringLiteral("request"), QStringLiteral("--from"), write(Valid), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).object(), QJsonDocument::fromJson(Valid).object());
        const auto again = runConsole({QStringLiteral("request"), QStringLiteral("--from"),
                                       QStringLiteral("-"), QStringLiteral("--json")},
                                      testsupport::baseEnvironment(), result.out);
        QCOMPARE(again.out, result.out);
    }

    void mailto()
    {
        const auto result = runConsole(
            {QStringLiteral("request"), QStringLiteral("--from"), write(Valid), QStringLiteral("--mailto")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("mailto:success@surecloud.com?subject="));
        QVERIFY(!result.out.trimmed().contains(' '));
    }

    void badRequestsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("not json") << QByteArray("{") << QByteArray("not a JSON object");
        QTest::newRow("unknown field") << QByteArray(R"({"tenant":"x"})") << QByteArray("tenant");
        QTest::newRow("bad subdomain") << QByteArray(
            R"({"tenantName":"A","tenantSubdomain":"a.b.c","contactName":"A","contactEmail":"a@b.co"})")
                                       << QByteArray("tenantSubdomain:");
        QTest::newRow("bad email") << QByteArray(
            R"({"tenantName":"A","tenantSubdomain":"a","contactName":"A","contactEmail":"a-at-b"})")
                                   << QByteArray("contactEmail:");
        QTest::newRow("missing everything") << QByteArray("{}") << QByteArray("tenantName:");
    }

    void badRequestsNameTheField()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        const auto result = runConsole({QStringLiteral("request"), QStringLiteral("--from"), write(content)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void usage()
    {
        QCOMPARE(runConsole({QStringLiteral("request"), QStringLiteral("--from"),
                             QStringLiteral("/nonexistent.json")})
                     .exitCode,
                 2);
        QCOMPARE(runConsole({QStringLiteral("request"), QStringLiteral("--text"), QStringLiteral("--json"),
                             QStringLiteral("--from"), write(Valid)})
                     .exitCode,
                 2);
        const auto notATerminal = runConsole({QStringLiteral("request")});
        QCOMPARE(notATerminal.exitCode, 2);
        QVERIFY(notATerminal.err.contains("--from"));
    }

    void asksOnATerminalUntilEachAnswerIsValid()
    {
        // script(1) gives the console a real terminal; a bad subdomain is asked again.
        const QString command = testsupport::consoleExecutable() + QStringLiteral(" request --json");
        const auto result = testsupport::runProcess(
            QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")},
            testsupport::baseEnvironment(),
            "okta\n\nAcme Ltd\nacme.surecloud.com\nacme\nAnn Lee\nann@acme.example\n");
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("first part of the host name"), result.out.constData());
        QVERIFY(result.out.contains("\"tenantSubdomain\": \"acme\""));
        QVERIFY(result.out.contains("\"idp\": \"okta\""));
    }
};

QTEST_GUILESS_MAIN(TestCliRequest)
#include "tst_cli_request.moc"
