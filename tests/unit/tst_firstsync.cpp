// Entra ID's first-cycle estimate against hand-computed values: objects × 0.01 and × 0.08 minutes,
// which bound a measured latency puts it near (2 requests per object against 0.6 s and 4.8 s),
// absurd inputs, the words in the user's locale, the JSON and the median of a run's answers.
#include "engine/idp/firstsync.h"
#include "engine/run/runresult.h"

#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

using engine::estimateFirstSync;
using engine::FirstSyncEstimate;
using Near = FirstSyncEstimate::Near;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(FirstSyncEstimate::Near)

class TestFirstSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void minutesFromTheCounts_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("memberships");
        QTest::addColumn<qint64>("objects");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // 1,200 + 1 + 1,200 = 2,401 objects; 2,401 × 0.01 = 24.01, 2,401 × 0.08 = 192.08.
        QTest::newRow("1,200 people in one group") << 1200 << 1 << 1200 << qint64(2401) << 24.01 << 192.08;
        QTest::newRow("nothing assigned") << 0 << 0 << 0 << qint64(0) << 0.0 << 0.0;
        QTest::newRow("one user") << 1 << 0 << 0 << qint64(1) << 0.01 << 0.08;
        // 3 + 1 + 3 = 7: 0.07 and 0.56.
        QTest::newRow("three people in one group") << 3 << 1 << 3 << qint64(7) << 0.07 << 0.56;
        QTest::newRow("negative counts count as none") << -5 << 1 << -3 << qint64(1) << 0.01 << 0.08;
        // 3 × 2,147,483,647 = 6,442,450,941 objects: no int overflow.
        QTest::newRow("the largest counts")
            << std::numeric_limits<int>::max() << std::numeric_limits<int>::max()
            << std::numeric_limits<int>::max() << qint64(6442450941) << 64424509.41 << 515396075.28;
    }

    void minutesFromTheCounts()
    {
        QFETCH(int, users);
        QFETCH(int, groups);
        QFETCH(int, memberships);
        QFETCH(qint64, objects);
        QFETCH(double, low);
        QFETCH(double, high);
        const FirstSyncEstimate estimate = estimateFirstSync(users, groups, memberships, std::nullopt);
        QCOMPARE(estimate.objects, objects);
        QCOMPARE(estimate.lowMinutes, low);
        QCOMPARE(estimate.highMinutes, high);
        QCOMPARE(estimate.near, Near::Unknown);
        QVERIFY(!estimate.latencyMs);
        QCOMPARE(FirstSyncEstimate::LaterCycleMinutes, 40);
    }

    void nearTheBoundTheLatencyPutsIt_data()
    {
        QTest::addColumn<std::optional<double>>("latency");
        QTest::addColumn<Near>("near");
        QTest::addColumn<QString>("name");
        // The endpoint's share of an object is 2 × latency; low bound 0.6 s, high bound 4.8 s.
        QTest::newRow("not measured") << std::optional<double>() << Near::Unknown << QString();
        QTest::newRow("0 ms") << std::optional<double>(0) << Near::Low << QStringLiteral("low");
        QTest::newRow("40 ms: 0.08 s") << std::optional<double>(40) << Near::Low << QStringLiteral("low");
        QTest::newRow("300 ms: 0.6 s, the low bound")
            << std::optional<double>(300) << Near::Low << QStringLiteral("low");
        QTest::newRow("301 ms") << std::optional<double>(301) << Near::Between << QStringLiteral("between");
        QTest::newRow("1 s: 2 s") << std::optional<double>(1000) << Near::Between
                                  << QStringLiteral("between");
        QTest::newRow("2,399 ms") << std::optional<double>(2399) << Near::Between
                                  << QStringLiteral("between");
        QTest::newRow("2,400 ms: 4.8 s, the high bound")
            << std::optional<double>(2400) << Near::High << QStringLiteral("high");
        QTest::newRow("10 s") << std::optional<double>(10000) << Near::High << QStringLiteral("high");
        QTest::newRow("NaN") << std::optional<double>(std::nan("")) << Near::Unknown << QString();
        QTest::newRow("infinity") << std::optional<double>(std::numeric_limits<double>::infinity())
                                  << Near::Unknown << QString();
        QTest::newRow("negative") << std::optional<double>(-1) << Near::Unknown << QString();
        QTest::newRow("beyond a day") << std::optional<double>(1e300) << Near::Unknown << QString();
    }

    void nearTheBoundTheLatencyPutsIt()
    {
        QFETCH(std::optional<double>, latency);
        QFETCH(Near, near);
        QFETCH(QString, name);
        const FirstSyncEstimate estimate = estimateFirstSync(1200, 1, 1200, latency);
        QCOMPARE(estimate.near, near);
        QCOMPARE(FirstSyncEstimate::nearName(estimate.near), name);
        QCOMPARE(estimate.latencyMs.has_value(), near != Near::Unknown);
        QCOMPARE(estimate.nearText().isEmpty(), near == Near::Unknown);
        // The bound is a judgement beside the range, never a change to it.
        QCOMPARE(estimate.lowMinutes, 24.01);
        QCOMPARE(estimate.highMinutes, 192.08);
    }

    void wordsInTheUsersLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("people");
        QTest::addColumn<QString>("range");
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("nothing assigned") << english << 0 << QStringLiteral("under a minute");
        QTest::newRow("3 people: 0.07–0.56 minutes") << english << 3 << QStringLiteral("under a minute");
        // 20 + 1 + 20 = 41: 0.41–3.28 minutes.
        QTest::newRow("20 people") << english << 20 << QStringLiteral("about 0.4–3.3 minutes");
        QTest::newRow("20 people, German") << german << 20 << QStringLiteral("about 0,4–3,3 minutes");
        QTest::newRow("1,200 people") << english << 1200 << QStringLiteral("about 24–192 minutes");
        // 10,001 objects: 100.01–800.08 minutes, 1.67–13.33 hours.
        QTest::newRow("5,000 people") << english << 5000 << QStringLiteral("about 1.7–13.3 hours");
        // 200,001 objects: 2,000.01–16,000.08 minutes, 1.39–11.11 days.
        QTest::newRow("100,000 people") << english << 100000 << QStringLiteral("about 1.4–11.1 days");
        // 2,000,001 objects: 13.9–111.1 days.
        QTest::newRow("a million people") << english << 1000000 << QStringLiteral("about 14–111 days");
    }

    void wordsInTheUsersLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, people);
        QFETCH(QString, range);
        QLocale::setDefault(locale);
        QCOMPARE(estimateFirstSync(people, people > 0 ? 1 : 0, people, std::nullopt).rangeText(), range);
    }

    void summarySaysTheGuidanceTheBoundAndTheLaterCycles()
    {
        QCOMPARE(
            estimateFirstSync(1200, 1, 1200, 40).summary(),
            QStringLiteral("about 24–192 minutes for the first cycle (Entra ID's guidance: 0.01–0.08 minutes "
                           "per user, group and membership); this endpoint's answers (median 40 ms) put it "
                           "near the low end. Later cycles run about every 40 minutes."));
        QCOMPARE(
            estimateFirstSync(1200, 1, 1200, std::nullopt).summary(),
            QStringLiteral("about 24–192 minutes for the first cycle (Entra ID's guidance: 0.01–0.08 minutes "
                           "per user, group and membership). Later cycles run about every 40 minutes."));
        QCOMPARE(estimateFirstSync(1200, 1, 1200, 1500).nearText(),
                 QStringLiteral("this endpoint's answers (median 1,500 ms) put it between the two bounds"));
        QCOMPARE(estimateFirstSync(1200, 1, 1200, 3000).nearText(),
                 QStringLiteral(
                     "this endpoint's answers (median 3,000 ms) put it near the high end, or beyond it"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(estimateFirstSync(1200, 1, 1200, 1500).summary().contains(QStringLiteral("0,01–0,08")),
                 qPrintable(estimateFirstSync(1200, 1, 1200, 1500).summary()));
        QVERIFY(estimateFirstSync(1200, 1, 1200, 1500).nearText().contains(QLatin1String("1.500 ms")));
        QVERIFY(FirstSyncEstimate::oktaText().startsWith(QLatin1String("Okta publishes no guidance")));
    }

    void jsonCarriesTheRangeTheBoundAndTheCounts()
    {
        const FirstSyncEstimate estimate = estimateFirstSync(1200, 1, 1200, 40);
        const QJsonObject json = estimate.toJson().toObject();
        QCOMPARE(json.value(QLatin1String("low")).toDouble(), 24.01);
        QCOMPARE(json.value(QLatin1String("high")).toDouble(), 192.08);
        QCOMPARE(json.value(QLatin1String("near")).toString(), QStringLiteral("low"));
        QCOMPARE(json.value(QLatin1String("latencyMs")).toDouble(), 40.0);
        QCOMPARE(json.value(QLatin1String("users")).toInt(), 1200);
        QCOMPARE(json.value(QLatin1String("groups")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("memberships")).toInt(), 1200);
        const std::optional<FirstSyncEstimate> back = FirstSyncEstimate::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->objects, qint64(2401));
        QCOMPARE(back->lowMinutes, 24.01);
        QCOMPARE(back->highMinutes, 192.08);
        QCOMPARE(back->near, Near::Low);
        QCOMPARE(back->latencyMs, std::optional<double>(40));

        // Not measured: neither near nor latencyMs.
        const QJsonObject unmeasured = estimateFirstSync(3, 1, 3, std::nullopt).toJson().toObject();
        QVERIFY(!unmeasured.contains(QLatin1String("near")));
        QVERIFY(!unmeasured.contains(QLatin1String("latencyMs")));
        QCOMPARE(FirstSyncEstimate::fromJson(unmeasured)->near, Near::Unknown);

        // What is not an estimate, or absurd in one.
        QVERIFY(!FirstSyncEstimate::fromJson(QJsonValue()));
        QVERIFY(!FirstSyncEstimate::fromJson(QJsonObject {{QStringLiteral("low"), 1}}));
        const std::optional<FirstSyncEstimate> absurd
            = FirstSyncEstimate::fromJson(QJsonObject {{QStringLiteral("low"), -4},
                                                       {QStringLiteral("high"), 8},
                                                       {QStringLiteral("users"), -2},
                                                       {QStringLiteral("latencyMs"), -40},
                                                       {QStringLiteral("near"), QStringLiteral("low")}});
        QVERIFY(absurd);
        QCOMPARE(absurd->lowMinutes, 0.0);
        QCOMPARE(absurd->users, 0);
        QVERIFY(!absurd->latencyMs);
        QCOMPARE(absurd->near, Near::Unknown);
    }

    void medianOfDurations()
    {
        QCOMPARE(engine::medianMs({}), std::optional<double>());
        QCOMPARE(engine::medianMs({5}), std::optional<double>(5));
        QCOMPARE(engine::medianMs({30, 10, 20}), std::optional<double>(20));
        QCOMPARE(engine::medianMs({40, 10, 30, 20}), std::optional<double>(25));
    }

    void aRunsMedianCountsOnlyTheEndpointsAnswers()
    {
        engine::RunResult result;
        result.kind = QStringLiteral("group-preview");
        result.endpoint = QStringLiteral("https://scim.example.com/scim/v2");
        QVERIFY(!result.medianAnswerMs());
        const auto exchange = [](const char *url, int status, qint64 durationMs) {
            scim::Exchange e;
            e.url = QUrl(QString::fromLatin1(url));
            e.status = status;
            e.durationMs = durationMs;
            return e;
        };
        engine::StepResult step;
        step.exchanges = {exchange("https://scim.example.com/scim/v2/Users?filter=x", 200, 10),
                          exchange("https://scim.example.com/scim/v2/Users/1", 404, 30),
                          exchange("https://scim.example.com/scim/v2/Users", 0, 30000), // timed out
                          exchange("https://login.example.com/oauth2/token", 200, 900)}; // token endpoint
        result.steps = {step};
        QCOMPARE(result.medianAnswerMs(), std::optional<double>(20));

        // The estimate goes into the JSON result and comes back.
        result.firstSync = estimateFirstSync(2, 1, 2, result.medianAnswerMs());
        const QJsonObject json = result.toJson();
        QCOMPARE(
            json.value(QLatin1String("firstSyncMinutes")).toObject().value(QLatin1String("high")).toDouble(),
            0.4);
        const std::optional<engine::RunResult> back = engine::RunResult::fromJson(json);
        QVERIFY(back && back->firstSync);
        QCOMPARE(back->firstSync->lowMinutes, 0.05);
        QCOMPARE(back->firstSync->near, Near::Low);
        QCOMPARE(back->firstSync->users, 2);
        result.firstSync.reset();
        QVERIFY(!result.toJson().contains(QLatin1String("firstSyncMinutes")));
        QVERIFY(!engine::RunResult::fromJson(result.toJson())->firstSync);
    }
};

QTEST_GUILESS_MAIN(TestFirstSync)
#include "tst_firstsync.moc"
