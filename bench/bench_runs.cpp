// Benchmarks (not tests): run build/dev/bench/bench_runs, or with -callgrind for instruction counts.
//   filter:   the sandbox's own filter language over 10,000 users
//   patch:    applying Entra's legacy member removal to a 5,000-member group
//   verify:   a whole verify against the in-process sandbox (17 steps, ~20 requests)
//   pilot:    a whole entra pilot against the in-process sandbox (~17 requests, cleanup included)
//   csv:      reading a 500-person pilot group CSV (the limit)
//   preview:  group-preview of those 500 people against the sandbox (500–1,000 GETs, 4 at a time)
//   reports:  HTML and PDF of a 10-user pilot (150 steps with their exchanges); PDF needs
//             QT_QPA_PLATFORM=offscreen without a display
#include "engine/group/groupcsv.h"
#include "engine/group/grouprun.h"
#include "engine/pilot/pilotrun.h"
#include "engine/verify/verifyrun.h"
#include "reports/report.h"
#include "sandbox/filterexpression.h"
#include "sandbox/patchengine.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

namespace {

scim::Connection connectionTo(const sandbox::SandboxServer &server)
{
    scim::Connection connection;
    connection.endpoint = scim::EndpointUrl::parse(server.endpoint());
    connection.auth.secret = common::Secret(server.token());
    return connection;
}

} // namespace

class BenchRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterOverTenThousandUsers()
    {
        QList<QJsonObject> users;
        for (int i = 0; i < 10000; ++i)
            users.append(
                QJsonObject {{QStringLiteral("userName"), QStringLiteral("user%1@example.com").arg(i)},
                             {QStringLiteral("emails"),
                              QJsonArray {QJsonObject {
                                  {QStringLiteral("type"), QStringLiteral("work")},
                                  {QStringLiteral("value"), QStringLiteral("u%1@example.com").arg(i)}}}}});
        int matched = 0;
        QBENCHMARK
        {
            const auto filter = sandbox::FilterExpression::parse(
                QStringLiteral("emails[type eq \"work\"].value eq \"u9999@example.com\" or userName eq "
                               "\"USER5@EXAMPLE.COM\""));
            matched = 0;
            for (const QJsonObject &user : std::as_const(users))
                matched += filter.matches(user) ? 1 : 0;
        }
        QCOMPARE(matched, 2);
    }

    void patchALargeGroup()
    {
        QJsonArray members;
        for (int i = 0; i < 5000; ++i)
            members.append(QJsonObject {{QStringLiteral("value"), QStringLiteral("id-%1").arg(i)}});
        const QJsonObject group {{QStringLiteral("displayName"), QStringLiteral("All")},
                                 {QStringLiteral("members"), members}};
        const QJsonObject message {
            {QStringLiteral("Operations"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("op"), QStringLiteral("Remove")},
                 {QStringLiteral("path"), QStringLiteral("members")},
                 {QStringLiteral("value"),
                  QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("id-2500")}}}}}}}};
        const sandbox::PatchEngine engine(sandbox::ResourceKind::Group, false);
        qsizetype left = 0;
        QBENCHMARK
        {
            left = engine.apply(group, message).value(QLatin1String("members")).toArray().size();
        }
        QCOMPARE(left, 4999);
    }

    void verifyAgainstTheSandbox()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        QNetworkAccessManager network;
        engine::VerifyOptions options;
        options.groupName = QStringLiteral("SCIM Pilot");
        QBENCHMARK
        {
            engine::VerifyRun run(&network, connectionTo(server), options);
            QCOMPARE(QCoro::waitFor(run.run()).outcome, engine::RunResult::Outcome::Passed);
        }
    }

    void pilotAgainstTheSandbox()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        QNetworkAccessManager network;
        engine::PilotOptions options;
        options.groupName = QStringLiteral("SCIM Pilot");
        QBENCHMARK
        {
            engine::PilotRun run(&network, connectionTo(server), options);
            QCOMPARE(QCoro::waitFor(run.run()).outcome, engine::RunResult::Outcome::Passed);
        }
    }

    static QByteArray fiveHundredPeople()
    {
        QByteArray csv = "userName,givenName,familyName,email,department\r\n";
        for (int i = 0; i < engine::GroupCsv::MaxRows; ++i) {
            const QByteArray n = QByteArray::number(i);
            csv += "person" + n + "@example.com,Given" + n + ",\"O'Family, " + n + "\",person" + n
                + "@example.com,Ops\r\n";
        }
        return csv;
    }

    void csvOfFiveHundredPeople()
    {
        const QByteArray csv = fiveHundredPeople();
        QBENCHMARK
        {
            QCOMPARE(engine::GroupCsv::parse(csv).members.size(), engine::GroupCsv::MaxRows);
        }
    }

    void previewOfFiveHundredPeople()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        QNetworkAccessManager network;
        engine::GroupOptions options;
        options.members = engine::GroupCsv::parse(fiveHundredPeople()).members;
        QBENCHMARK
        {
            engine::GroupRun run(&network, connectionTo(server), engine::GroupRun::Kind::Preview, options);
            QCOMPARE(QCoro::waitFor(run.run()).steps.size(), 2 * engine::GroupCsv::MaxRows);
        }
    }

    void reportsOfATenUserPilot_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("html") << QStringLiteral("html");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void reportsOfATenUserPilot()
    {
        QFETCH(QString, suffix);
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        QNetworkAccessManager network;
        engine::PilotOptions options;
        options.groupName = QStringLiteral("SCIM Pilot");
        options.count = 10;
        options.concurrency = 5;
        engine::PilotRun run(&network, connectionTo(server), options);
        const engine::RunResult result = QCoro::waitFor(run.run());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.") + suffix);
        QBENCHMARK
        {
            QCOMPARE(reports::Report::write(result, path), QString());
        }
    }
};

QTEST_MAIN(BenchRuns)
#include "bench_runs.moc"
