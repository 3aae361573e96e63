// `scim-console group-preview` and `group-confirm` as processes: a bad CSV is named by line and
// column with nothing sent (exit 2), verdicts in the JSON result, exit codes, reports, and the
// sandbox unchanged.
#include "sandbox/sandboxserver.h"
#include "support/process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runConsole;

class TestCliGroup : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;

    QProcessEnvironment withToken() const
    {
        auto environment = testsupport::baseEnvironment();
        environment.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QString::fromLatin1(m_server.token()));
        return environment;
    }

    QString csv(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QStringList command(const char *name, const QString &users) const
    {
        return {QString::fromLatin1(name),
                QStringLiteral("--endpoint"),
                m_server.endpoint(),
                QStringLiteral("--users"),
                users,
                QStringLiteral("--group-name"),
                QStringLiteral("SCIM Pilot")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        m_server.store().create(
            sandbox::ResourceKind::User,
            QJsonObject {{QStringLiteral("schemas"),
                          QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                         {QStringLiteral("userName"), QStringLiteral("existing@example.com")},
                         {QStringLiteral("active"), true}});
    }

    void badCsvIsNamedAndNothingIsSent()
    {
        const QString path = csv(QStringLiteral("bad.csv"),
                                 "userName,email\nann@example.com,ann@example.com\n,b@example.com\n"
                                 "carl@example.com,not-an-email\n");
        m_server.clearReceived();
        const auto result = runConsole(command("group-preview", path), withToken());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("line 3, column 1 (userName): userName is empty"),
                 result.err.constData());
        QVERIFY2(result.err.contains("line 4, column 2 (email)"), result.err.constData());
        QVERIFY(result.err.contains("Nothing was sent"));
        QCOMPARE(m_server.received().size(), 0);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no --users") << QStringList {QStringLiteral("group-preview"),
                                                    QStringLiteral("--endpoint"),
                                                    QStringLiteral("http://127.0.0.1:1/scim/v2")}
                                    << QByteArray("--users FILE.csv is required");
        QTest::newRow("missing file")
            << QStringList {QStringLiteral("group-confirm"), QStringLiteral("--users"),
                            QStringLiteral("/nonexistent/pilot.csv")}
            << QByteArray("/nonexistent/pilot.csv");
        QTest::newRow("bad idp") << QStringList {QStringLiteral("group-preview"), QStringLiteral("--users"),
                                                 QStringLiteral("x.csv"), QStringLiteral("--idp"),
                                                 QStringLiteral("ping")}
                                 << QByteArray("--idp is entra or okta");
        QTest::newRow("bad sso attribute")
            << QStringList {QStringLiteral("group-preview"), QStringLiteral("--users"),
                            QStringLiteral("x.csv"), QStringLiteral("--sso-attribute"), QStringLiteral("upn")}
            << QByteArray("--sso-attribute is email or userName");
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const auto result = runConsole(arguments, withToken());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
    }

    void previewAndConfirmAsJsonAndReport()
    {
        const QString path
            = csv(QStringLiteral("pilot.csv"),
                  "\xEF\xBB\xBFUser principal name,Mail\r\nexisting@example.com,existing@example.com\r\n"
                  "new@example.com,new@example.com\r\n");
        const QString report = m_dir.filePath(QStringLiteral("preview.html"));
        m_server.clearReceived();
        const auto preview
            = runConsole(command("group-preview", path)
                             + QStringList {QStringLiteral("--json"), QStringLiteral("--report"), report},
                         withToken());
        QCOMPARE(preview.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(preview.out).object();
        QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("group-preview"));
        const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(1).toObject().value(QLatin1String("id")).toString(), QStringLiteral("match"));
        QCOMPARE(steps.at(1).toObject().value(QLatin1String("verdict")).toString(),
                 QStringLiteral("would-link"));
        QCOMPARE(steps.at(3).toObject().value(QLatin1String("verdict")).toString(),
                 QStringLiteral("would-create"));
        QVERIFY(steps.at(3)
                    .toObject()
                    .value(QLatin1String("detail"))
                    .toString()
                    .startsWith(QLatin1String("No account")));
        // Entra ID's first cycle for the file's 2 people in one group: 2 + 1 + 2 = 5 objects,
        // 5 × 0.01 = 0.05 and 5 × 0.08 = 0.4 minutes; near the bound this run's own answers show.
        const QJsonObject firstSync = json.value(QLatin1String("firstSyncMinutes")).toObject();
        QCOMPARE(firstSync.value(QLatin1String("low")).toDouble(), 0.05);
        QCOMPARE(firstSync.value(QLatin1String("high")).toDouble(), 0.4);
        QCOMPARE(firstSync.value(QLatin1String("users")).toInt(), 2);
        QCOMPARE(firstSync.value(QLatin1String("groups")).toInt(), 1);
        QCOMPARE(firstSync.value(QLatin1String("memberships")).toInt(), 2);
        QVERIFY(firstSync.value(QLatin1String("latencyMs")).isDouble());
        const double latency = firstSync.value(QLatin1String("latencyMs")).toDouble();
        QCOMPARE(firstSync.value(QLatin1String("near")).toString(),
                 latency <= 300       ? QStringLiteral("low")
                     : latency < 2400 ? QStringLiteral("between")
                                      : QStringLiteral("high"));
        QVERIFY(QFile::exists(report));

        // The same for people: one sentence after the table.
        const auto readable = runConsole(command("group-preview", path), withToken());
        QCOMPARE(readable.exitCode, 0);
        QVERIFY2(
            readable.out.contains("First sync for the file's 2 people: under a minute for the first cycle "
                                  "(Entra ID's guidance: 0.01\xE2\x80\x93"
                                  "0.08 minutes per user, group and membership); this endpoint's answers "
                                  "(median "),
            readable.out.constData());
        QVERIFY2(readable.out.contains("Later cycles run about every 40 minutes."), readable.out.constData());
        const auto okta = runConsole(command("group-preview", path)
                                         + QStringList {QStringLiteral("--idp"), QStringLiteral("okta")},
                                     withToken());
        QVERIFY2(okta.out.contains("Okta publishes no guidance"), okta.out.constData());
        QVERIFY(!okta.out.contains("First sync"));

        // Confirm: one arrived (but not in the group), one missing — exit 1.
        const auto confirm = runConsole(command("group-confirm", path), withToken());
        QCOMPARE(confirm.exitCode, 1);
        QVERIFY2(confirm.out.contains("[new@example.com] The account arrived"), confirm.out.constData());
        for (const sandbox::ReceivedRequest &request : m_server.received())
            QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(m_server.store().count(sandbox::ResourceKind::User), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliGroup)
#include "tst_cli_group.moc"
