// VerifyRun's throughput step (verify --load): the IdP's own read-only lookups at a rising rate,
// within fixed bounds, stopping at the first 429 or burst of errors. It never writes.
#include "engine/idp/wire.h"
#include "engine/run/diagnosis.h"
#include "engine/verify/verifyrun.h"
#include "scim/filter.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimer>
#include <QUuid>
#include <qcoro/qcorotimer.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace engine {

using namespace std::chrono_literals;

namespace {

/// Requests per second in each one-second stage: at most 225 requests in 10 seconds.
constexpr std::array<int, 10> StageRates {5, 10, 15, 20, 25, 30, 30, 30, 30, 30};
/// Qt opens at most six connections to a host; more in flight would only queue inside Qt.
constexpr int MaxInFlight = 6;
/// After the last request is sent, how long answers may still take before they are given up.
constexpr auto Grace = 5s;
constexpr int ErrorBurst = 3; ///< errors in a row that stop the step
constexpr int EntraRate = 25; ///< requests per second (gallery requirement, §4 [TUT; GALREQ])
constexpr int RecordedExchanges = 6; ///< of up to 225: the first of each kind and the first failures

struct Sample
{
    int stage = 0;
    qint64 sentMs = 0;
    qint64 doneMs = -1; ///< -1: never answered
    int status = 0;
    bool retryAfter = false;
    bool error = false; ///< no answer or a 5xx
};

int percentile(const std::vector<qint64> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const auto rank = static_cast<size_t>(std::ceil(q * double(sorted.size())));
    return int(sorted.at(std::clamp<size_t>(rank, 1, sorted.size()) - 1));
}

} // namespace

struct VerifyRun::LoadState
{
    QElapsedTimer clock;
    std::vector<Sample> samples;
    int inFlight = 0;
    int errorsInRow = 0;
    int notSent = 0; ///< ticks skipped because MaxInFlight requests were still waiting
    QString stoppedBecause = QStringLiteral("bound");
    QList<scim::Exchange> exchanges;
    bool recordedLookup = false;
    bool recordedDiscovery = false;
};

QCoro::Task<> VerifyRun::loadRequest(std::shared_ptr<LoadState> state, size_t index)
{
    const bool discovery = index % 3 == 2;
    ++state->inFlight;
    // (GCC 12 mis-destroys a co_await inside ?:, so two statements.)
    scim::Response r;
    if (discovery) {
        r = co_await client().get(QStringLiteral("ServiceProviderConfig"));
    } else {
        const QString userName = QUuid::createUuid().toString(QUuid::WithoutBraces);
        scim::Query query;
        query.add(QStringLiteral("filter"), scim::filter::eq(QStringLiteral("userName"), userName));
        r = co_await client().get(QStringLiteral("Users"), query, wire::entra());
    }
    --state->inFlight;
    Sample &sample = state->samples.at(index);
    sample.status = r.status;
    sample.doneMs = r.hasAnswer() ? state->clock.elapsed() : -1;
    sample.retryAfter = !r.header("retry-after").isEmpty();
    sample.error = r.error != scim::ErrorKind::Cancelled && (!r.hasAnswer() || r.status >= 500);
    bool &recordedKind = discovery ? state->recordedDiscovery : state->recordedLookup;
    const bool unusual = !r.isSuccess() && r.error != scim::ErrorKind::Cancelled;
    if ((!recordedKind || unusual) && state->exchanges.size() < RecordedExchanges)
        state->exchanges.append(r.exchanges);
    recordedKind = true;
    state->errorsInRow = sample.error ? state->errorsInRow + 1 : 0;
    if (r.status == 429 && state->stoppedBecause == QLatin1String("bound"))
        state->stoppedBecause = QStringLiteral("429");
    else if (state->errorsInRow >= ErrorBurst && state->stoppedBecause == QLatin1String("bound"))
        state->stoppedBecause = QStringLiteral("errors");
}

QCoro::Task<StepResult> VerifyRun::throughput()
{
    Step s = newStep("throughput");
    // One attempt each: a 429 or a 503 is what is measured, not something to wait out.
    client().setRetryPolicy({1, 0ms, 0ms});
    auto state = std::make_shared<LoadState>();
    state->samples.reserve(225);
    std::vector<QCoro::Task<>> pending;
    state->clock.start();
    const auto stopped = [&] {
        return isCancelled() || state->stoppedBecause != QLatin1String("bound");
    };
    for (size_t stage = 0; stage < StageRates.size() && !stopped(); ++stage) {
        const int rate = StageRates.at(stage);
        for (int i = 0; i < rate && !stopped(); ++i) {
            const qint64 due = qint64(stage) * 1000 + qint64(i) * 1000 / rate;
            if (const qint64 wait = due - state->clock.elapsed(); wait > 0)
                co_await QCoro::sleepFor(std::chrono::milliseconds(wait));
            if (stopped())
                break;
            if (state->inFlight >= MaxInFlight) {
                ++state->notSent;
                continue;
            }
            state->samples.push_back({int(stage), state->clock.elapsed()});
            pending.push_back(loadRequest(state, state->samples.size() - 1));
        }
    }
    if (state->stoppedBecause == QLatin1String("bound") && isCancelled())
        state->stoppedBecause = QStringLiteral("cancelled");
    // Answers still due get a few seconds more; then they are given up.
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, this, [this] { client().cancelAll(); });
    deadline.start(Grace);
    for (QCoro::Task<> &task : pending)
        co_await task;
    deadline.stop();
    s.durationMs = state->clock.elapsed();
    s.exchanges = state->exchanges;
    co_return judgeThroughput(s, *state);
}

StepResult VerifyRun::judgeThroughput(Step s, const LoadState &state) const
{
    std::vector<qint64> latencies;
    QJsonObject statusCounts;
    int status429 = 0, retryAfter = 0, errors = 0, unanswered = 0;
    qint64 lastMs = 0;
    for (const Sample &sample : state.samples) {
        if (sample.doneMs >= 0) {
            latencies.push_back(sample.doneMs - sample.sentMs);
            lastMs = std::max(lastMs, sample.doneMs);
            const QString key = QString::number(sample.status);
            statusCounts.insert(key, statusCounts.value(key).toInt() + 1);
        } else if (!sample.error) {
            ++unanswered;
        }
        errors += sample.error ? 1 : 0;
        if (sample.status == 429) {
            ++status429;
            retryAfter += sample.retryAfter ? 1 : 0;
        }
    }
    std::sort(latencies.begin(), latencies.end());

    // The rate sustained: the best stage whose every request was sent and answered 2xx, over the
    // time from its start to its last answer (at least its second).
    double sustained = 0;
    QJsonArray answeredPerSecond, sentPerSecond;
    for (size_t stage = 0; stage < StageRates.size(); ++stage) {
        int sent = 0, good = 0;
        qint64 last = 0;
        for (const Sample &sample : state.samples) {
            if (size_t(sample.stage) != stage)
                continue;
            ++sent;
            if (sample.status >= 200 && sample.status < 300) {
                ++good;
                last = std::max(last, sample.doneMs);
            }
        }
        if (sent > 0 && good == sent && sent == StageRates.at(stage)) {
            const double span = std::max(1.0, double(last - qint64(stage) * 1000) / 1000.0);
            sustained = std::max(sustained, std::round(10.0 * sent / span) / 10.0);
        }
    }
    const auto seconds = qsizetype(std::max<qint64>(lastMs, state.clock.elapsed()) / 1000 + 1);
    for (qsizetype second = 0; second < std::min<qsizetype>(seconds, 30); ++second) {
        int answered = 0, sent = 0;
        for (const Sample &sample : state.samples) {
            answered += sample.doneMs >= second * 1000 && sample.doneMs < (second + 1) * 1000 ? 1 : 0;
            sent += sample.sentMs >= second * 1000 && sample.sentMs < (second + 1) * 1000 ? 1 : 0;
        }
        answeredPerSecond.append(answered);
        sentPerSecond.append(sent);
    }
    QJsonArray histogram;
    qint64 lower = -1;
    for (const int bound : {10, 25, 50, 100, 250, 500, 1000, 2500, 5000, -1}) {
        const auto count = std::count_if(latencies.cbegin(), latencies.cend(),
                                         [&](qint64 ms) { return ms > lower && (bound < 0 || ms <= bound); });
        histogram.append(
            QJsonObject {{QStringLiteral("upToMs"), bound < 0 ? QJsonValue() : QJsonValue(bound)},
                         {QStringLiteral("count"), qint64(count)}});
        lower = bound;
    }
    const int p50 = percentile(latencies, 0.50), p95 = percentile(latencies, 0.95),
              p99 = percentile(latencies, 0.99);
    const int maxMs = latencies.empty() ? 0 : int(latencies.back());
    s.figures = {{QStringLiteral("requestsPerSecond"), sustained},
                 {QStringLiteral("targetRequestsPerSecond"),
                  *std::max_element(StageRates.cbegin(), StageRates.cend())},
                 {QStringLiteral("p50Ms"), p50},
                 {QStringLiteral("p95Ms"), p95},
                 {QStringLiteral("p99Ms"), p99},
                 {QStringLiteral("maxMs"), maxMs},
                 {QStringLiteral("requests"), qint64(state.samples.size())},
                 {QStringLiteral("status429"), status429},
                 {QStringLiteral("retryAfterOn429"), retryAfter},
                 {QStringLiteral("errors"), errors},
                 {QStringLiteral("unanswered"), unanswered},
                 {QStringLiteral("notSent"), state.notSent},
                 {QStringLiteral("statusCounts"), statusCounts},
                 {QStringLiteral("stoppedBecause"), state.stoppedBecause},
                 {QStringLiteral("ratePerSecond"), answeredPerSecond},
                 {QStringLiteral("targetPerSecond"), sentPerSecond},
                 {QStringLiteral("latencyHistogram"), histogram}};

    const QLocale locale;
    //: %1 requests per second, %2 %3 %4 milliseconds (median, 95th and 99th percentile), %5 requests
    const QString figures = tr("%1 requests per second sustained; median %2 ms, p95 %3 ms, p99 %4 ms over %5 "
                               "read-only requests.")
                                .arg(locale.toString(sustained, 'f', 1))
                                .arg(p50)
                                .arg(p95)
                                .arg(p99)
                                .arg(state.samples.size());
    if (state.stoppedBecause == QLatin1String("cancelled"))
        return s.set(Outcome::Cancelled, figures);
    if (state.stoppedBecause == QLatin1String("errors"))
        return s.set(
            Outcome::Failed,
            //: %1 is a number of errors in a row
            tr("%1 errors in a row under load, so the step stopped.").arg(ErrorBurst) + QLatin1Char(' ')
                + figures,
            tr("The identity provider's cycles will meet the same failures, and Entra ID quarantines an "
               "app whose requests keep failing. Send this report to the service provider."));
    const QString retryAfterSentence = retryAfter == status429
        ? tr("Every 429 carried Retry-After.")
        //: %n is the number of HTTP 429 (too many requests) answers without a Retry-After header
        : tr("%n of the 429 answers came without Retry-After.", nullptr, status429 - retryAfter);
    if (status429 > 0 && sustained < EntraRate)
        return forIdp(
            s.set(Outcome::Failed,
                  //: %1 is a rate in requests per second
                  tr("HTTP 429 (too many requests) above %1 requests per second; Entra ID needs at least 25.")
                          .arg(locale.toString(sustained, 'f', 1))
                      + QLatin1Char(' ') + retryAfterSentence + QLatin1Char(' ') + figures,
                  (retryAfter == status429 ? tr(
                       "Okta waits as Retry-After asks. Entra ID does not slow down for custom apps and "
                       "does not publish how it treats 429, so large cycles will keep meeting this limit.")
                                           : tr("Without Retry-After neither identity provider knows how "
                                                "long to wait; Entra ID does "
                                                "not slow down for custom apps at all."))
                      + QLatin1Char(' ')
                      + tr("Ask the service provider to allow at least 25 requests per second for your "
                           "tenant.")),
            common::Idp::Entra);
    if (status429 > 0 && retryAfter < status429)
        return s.set(Outcome::Warning, retryAfterSentence + QLatin1Char(' ') + figures,
                     tr("The limit is above Entra ID's 25 requests per second, but a 429 without Retry-After "
                        "leaves the identity provider guessing how long to wait."));
    if (sustained < EntraRate)
        return s.set(Outcome::Warning, figures,
                     tr("Entra ID's gallery requirement is 25 requests per second; with answers this slow, "
                        "every provisioning cycle takes longer."));
    if (unanswered > 0)
        return s.set(
            Outcome::Warning,
            //: %n is the number of requests left unanswered; "step" is this load check
            tr("%n request(s) were not answered within the step's bounds.", nullptr, unanswered)
                + QLatin1Char(' ') + figures,
            tr("Okta gives up on a request after 60 seconds without an answer; an endpoint that stalls "
               "under load fails provisioning tasks."));
    //: %1 is the slowest answer in milliseconds
    return s.set(Outcome::Passed,
                 figures + QLatin1Char(' ')
                     + tr("Entra ID needs 25 requests per second; the slowest answer took %1 ms, well within "
                          "Okta's 60 seconds.")
                           .arg(maxMs));
}

} // namespace engine
