// verify --load's throughput step against the sandbox: within its bounds, read-only, and with
// its own verdict for a rate limit, a 429 without Retry-After and a burst of errors.
#include "engine/verify/verifyrun.h"
#include "sandbox/sandboxserver.h"
#include "support/steps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <qcoro/qcorotask.h>

using engine::RunResult;
using engine::StepResult;
using engine::VerifyOptions;
using engine::VerifyRun;
using Outcome = StepResult::Outcome;
using namespace std::chrono_literals;

using testsupport::stepById;

class TestVerifyLoad : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    RunResult verify(sandbox::SandboxServer &server, bool load, std::optional<common::Idp> idp = {})
    {
        scim::Connection connection;
        connection.endpoint = scim::EndpointUrl::parse(server.endpoint());
        connection.auth.secret = common::Secret(server.token());
        VerifyOptions options;
        options.endpointAsGiven = server.endpoint();
        options.groupName = QStringLiteral("SCIM Pilot");
        options.load = load;
        options.idp = idp;
        VerifyRun run(&m_network, std::move(connection), options);
        return QCoro::waitFor(run.run());
    }

private Q_SLOTS:
    void soundEndpointPassesWithinBounds()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        // What verify sends without --load, so the load step's own requests can be counted.
        const RunResult plain = verify(server, false);
        QVERIFY(!plain.steps.isEmpty());
        QVERIFY(stepById(plain, QStringLiteral("throughput")).id.isEmpty());
        const qsizetype baseline = server.received().size();
        server.clearReceived();

        const RunResult result = verify(server, true);
        const StepResult &load = stepById(result, QStringLiteral("throughput"));
        QCOMPARE(result.steps.constLast().id, QStringLiteral("throughput"));
        QVERIFY2(load.outcome == Outcome::Passed, qPrintable(testsupport::describeSteps({load})));
        const qsizetype sent = server.received().size() - baseline;
        QCOMPARE(load.figures.value(QLatin1String("requests")).toInteger(), sent);
        QVERIFY2(sent > 100 && sent <= 225, qPrintable(QString::number(sent)));
        for (const sandbox::ReceivedRequest &request : server.received())
            QCOMPARE(request.method, QByteArray("GET")); // it never writes
        QVERIFY(load.durationMs <= 16000);
        QVERIFY(load.figures.value(QLatin1String("requestsPerSecond")).toDouble() >= 25);
        QCOMPARE(load.figures.value(QLatin1String("status429")).toInt(), 0);
        for (const char *key : {"p50Ms", "p95Ms", "p99Ms"})
            QVERIFY(load.figures.contains(QLatin1String(key)));
        QVERIFY(load.figures.value(QLatin1String("p50Ms")).toInt()
                <= load.figures.value(QLatin1String("p99Ms")).toInt());
        int perSecondMax = 0;
        for (const QJsonValue &value : load.figures.value(QLatin1String("targetPerSecond")).toArray())
            perSecondMax = std::max(perSecondMax, value.toInt());
        QVERIFY(perSecondMax <= 31); // one tick of slack at a second's edge
        // A report of a few exchanges, not of every request.
        QVERIFY(load.exchanges.size() <= 6);
    }

    void rateLimitStopsAtTheFirst429_data()
    {
        QTest::addColumn<std::optional<int>>("retryAfter");
        QTest::addColumn<QString>("hint");
        QTest::newRow("with Retry-After") << std::optional<int>(1) << "Okta waits as Retry-After asks";
        QTest::newRow("without Retry-After") << std::optional<int>() << "Without Retry-After";
    }

    void rateLimitStopsAtTheFirst429()
    {
        QFETCH(std::optional<int>, retryAfter);
        QFETCH(QString, hint);
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        server.faults().rateLimitPerSecond = 10;
        server.faults().rateLimitRetryAfterSeconds = retryAfter;
        const RunResult result = verify(server, true);
        const StepResult &load = stepById(result, QStringLiteral("throughput"));
        QVERIFY2(load.outcome == Outcome::Failed, qPrintable(testsupport::describeSteps({load})));
        QVERIFY2(load.detail.contains(QLatin1String("429")), qPrintable(load.detail));
        QVERIFY2(load.hint.contains(hint), qPrintable(load.hint));
        QCOMPARE(load.figures.value(QLatin1String("stoppedBecause")).toString(), QStringLiteral("429"));
        const int status429 = load.figures.value(QLatin1String("status429")).toInt();
        QVERIFY(status429 >= 1 && status429 <= 6); // stopped at once: only what was in flight
        QCOMPARE(load.figures.value(QLatin1String("retryAfterOn429")).toInt(), retryAfter ? status429 : 0);
        QVERIFY(load.figures.value(QLatin1String("requestsPerSecond")).toDouble() <= 10);
        QVERIFY(load.figures.value(QLatin1String("requests")).toInt() < 60);
    }

    void onlyAWarningForOkta()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        server.faults().rateLimitPerSecond = 10;
        const RunResult result = verify(server, true, common::Idp::Okta);
        const StepResult &load = stepById(result, QStringLiteral("throughput"));
        QVERIFY2(load.outcome == Outcome::Warning, qPrintable(testsupport::describeSteps({load})));
    }

    void errorBurstStops()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        QCOMPARE(verify(server, false).outcome, RunResult::Outcome::Passed);
        const qsizetype baseline = server.received().size();
        server.clearReceived();
        // Twenty requests into the load step, everything starts failing with 503.
        connect(&server, &sandbox::SandboxServer::requestHandled, &server, [&server, baseline](int index) {
            if (index != baseline + 20)
                return;
            QString error;
            server.faults().rules.append(*sandbox::FaultRule::parse(QStringLiteral("GET:/:0:503"), &error));
        });
        const RunResult result = verify(server, true);
        const StepResult &load = stepById(result, QStringLiteral("throughput"));
        QVERIFY2(load.outcome == Outcome::Failed, qPrintable(testsupport::describeSteps({load})));
        QCOMPARE(load.figures.value(QLatin1String("stoppedBecause")).toString(), QStringLiteral("errors"));
        QVERIFY2(load.detail.contains(QLatin1String("errors in a row")), qPrintable(load.detail));
        // Stopped within what was in flight when the third error came.
        QVERIFY(server.received().size() - baseline <= 20 + 3 + 6);
    }
};

QTEST_GUILESS_MAIN(TestVerifyLoad)
#include "tst_verifyload.moc"
