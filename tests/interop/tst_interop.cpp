// The console against a SCIM server nobody here wrote (SCIMMY): verify and every pilot dialect,
// through the real executable, with the peer's records read back to prove the cleanup.
// Where the peer legitimately differs from our sandbox, the console must report it as the IdP
// would experience it.
#include "sandbox/sandboxclient.h"
#include "support/process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using testsupport::runConsole;

class TestInterop : public QObject
{
    Q_OBJECT

private:
    QString m_endpoint;
    QByteArray m_token;

    QProcessEnvironment withToken() const
    {
        auto environment = testsupport::baseEnvironment();
        environment.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QString::fromLatin1(m_token));
        return environment;
    }

    static QHash<QString, QString> outcomes(const QJsonObject &result)
    {
        QHash<QString, QString> byId;
        const QJsonArray steps = result.value(QLatin1String("steps")).toArray();
        for (const QJsonValue &step : steps)
            byId.insert(step.toObject().value(QLatin1String("id")).toString(),
                        step.toObject().value(QLatin1String("outcome")).toString());
        return byId;
    }

    static QString hintOf(const QJsonObject &result, const QString &id)
    {
        const QJsonArray steps = result.value(QLatin1String("steps")).toArray();
        for (const QJsonValue &step : steps) {
            if (step.toObject().value(QLatin1String("id")).toString() == id)
                return step.toObject().value(QLatin1String("hint")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("SCIM_INTEROP_STATE") + QStringLiteral("/endpoint.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the interop-peer fixture did not start the SCIMMY peer");
        const QJsonObject peer = QJsonDocument::fromJson(file.readLine()).object();
        m_endpoint = peer.value(QLatin1String("endpoint")).toString();
        m_token = peer.value(QLatin1String("token")).toString().toLatin1();
        QVERIFY(m_endpoint.startsWith(QLatin1String("http://127.0.0.1:")));
    }

    void verifyPasses()
    {
        const auto run
            = runConsole({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--endpoint"),
                          m_endpoint, QStringLiteral("--group-name"), QStringLiteral("SCIM Pilot")},
                         withToken());
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const auto byId = outcomes(QJsonDocument::fromJson(run.out).object());
        QCOMPARE(byId.size(), 17);
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const bool skippable
                = it.key() == QLatin1String("tls-certificate") || it.key() == QLatin1String("token-expiry");
            QVERIFY2(it.value() == (skippable ? QStringLiteral("skipped") : QStringLiteral("passed")),
                     qPrintable(it.key() + QLatin1Char('=') + it.value()));
        }
        // A wrong token is refused by the peer too.
        auto wrong = testsupport::baseEnvironment();
        wrong.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QStringLiteral("not-the-token"));
        QCOMPARE(
            runConsole({QStringLiteral("verify"), QStringLiteral("--endpoint"), m_endpoint}, wrong).exitCode,
            1);
    }

    void pilot_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("failed");
        QTest::addColumn<QStringList>("warnings");
        QTest::addColumn<QStringList>("skipped");
        // The peer compares userName case-sensitively: every IdP would see that as a warning.
        const QStringList caseWarning {QStringLiteral("find-user-case-insensitive")};
        const QStringList oktaSkips {QStringLiteral("delete-user"), QStringLiteral("verify-deleted")};
        // The peer rejects Entra's legacy "False" (RFC-correct): entra fails there, entra-rfc passes.
        QTest::newRow("entra") << "entra" << 1 << QStringList {QStringLiteral("deactivate-user")}
                               << caseWarning << QStringList {QStringLiteral("verify-deactivated")};
        QTest::newRow("entra-rfc") << "entra-rfc" << 0 << QStringList() << caseWarning << QStringList();
        QTest::newRow("okta") << "okta" << 0 << QStringList() << caseWarning << oktaSkips;
        QTest::newRow("okta-aiw") << "okta-aiw" << 0 << QStringList() << caseWarning << oktaSkips;
    }

    void pilot()
    {
        QFETCH(QString, dialect);
        QFETCH(int, exitCode);
        QFETCH(QStringList, failed);
        QFETCH(QStringList, warnings);
        QFETCH(QStringList, skipped);
        const auto run
            = runConsole({QStringLiteral("pilot"), QStringLiteral("--json"), QStringLiteral("--dialect"),
                          dialect, QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--group-name"),
                          QStringLiteral("SCIM Pilot")},
                         withToken());
        QVERIFY2(run.exitCode == exitCode, run.out.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        const auto byId = outcomes(result);
        QCOMPARE(byId.size(), 15);
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const QString expected = failed.contains(it.key()) ? QStringLiteral("failed")
                : warnings.contains(it.key())                  ? QStringLiteral("warning")
                : skipped.contains(it.key())                   ? QStringLiteral("skipped")
                                                               : QStringLiteral("passed");
            QVERIFY2(it.value() == expected, qPrintable(it.key() + QLatin1Char('=') + it.value()));
        }
        if (dialect == QLatin1String("entra"))
            QVERIFY(hintOf(result, QStringLiteral("deactivate-user"))
                        .contains(QLatin1String("?aadOptscim062020")));
        QVERIFY(hintOf(result, QStringLiteral("find-user-case-insensitive"))
                    .contains(QLatin1String("case-insensitive")));
        QCOMPARE(result.value(QLatin1String("cleanup"))
                     .toObject()
                     .value(QLatin1String("leftovers"))
                     .toArray()
                     .size(),
                 0);

        // Read the peer back: no pilot user, and the group as it was.
        testsupport::SandboxClient peer(m_endpoint, m_token);
        const auto users = peer.get("/Users?filter=userName%20sw%20%22scim-pilot-%22");
        QCOMPARE(users.status, 200);
        QCOMPARE(users.json.value(QLatin1String("totalResults")).toInt(-1), 0);
        const auto groups = peer.get("/Groups?filter=displayName%20eq%20%22SCIM%20Pilot%22");
        QCOMPARE(groups.json.value(QLatin1String("Resources"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("members"))
                     .toArray()
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
