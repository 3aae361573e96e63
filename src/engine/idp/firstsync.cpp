#include "engine/idp/firstsync.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace engine {

namespace {

/// A median beyond a day is no answer time (no request waits that long): not a measurement.
constexpr double MaxLatencyMs = 24.0 * 60 * 60 * 1000;

std::optional<double> measured(std::optional<double> latencyMs)
{
    if (!latencyMs || !std::isfinite(*latencyMs) || *latencyMs < 0 || *latencyMs > MaxLatencyMs)
        return std::nullopt;
    return latencyMs;
}

int count(const QJsonObject &json, const char *key)
{
    return std::max(0, json.value(QLatin1String(key)).toInt());
}

double minutes(const QJsonObject &json, const char *key)
{
    const double value = json.value(QLatin1String(key)).toDouble();
    return std::isfinite(value) && value > 0 ? value : 0;
}

} // namespace

FirstSyncEstimate estimateFirstSync(int users, int groups, int memberships, std::optional<double> latencyMs)
{
    FirstSyncEstimate estimate;
    estimate.users = std::max(0, users);
    estimate.groups = std::max(0, groups);
    estimate.memberships = std::max(0, memberships);
    estimate.objects = qint64(estimate.users) + estimate.groups + estimate.memberships;
    // Whole hundredths of a minute per object (1 and 8), divided once: 2,401 objects are exactly
    // 24.01 and 192.08 minutes, without a product's rounding noise.
    static_assert(FirstSyncEstimate::LowMinutesPerObject == 0.01
                  && FirstSyncEstimate::HighMinutesPerObject == 0.08);
    estimate.lowMinutes = double(estimate.objects) / 100;
    estimate.highMinutes = double(estimate.objects * 8) / 100;
    estimate.latencyMs = measured(latencyMs);
    if (estimate.latencyMs) {
        const double endpointSeconds = FirstSyncEstimate::RequestsPerObject * *estimate.latencyMs / 1000;
        estimate.near = endpointSeconds <= FirstSyncEstimate::LowMinutesPerObject * 60
            ? FirstSyncEstimate::Near::Low
            : endpointSeconds >= FirstSyncEstimate::HighMinutesPerObject * 60
            ? FirstSyncEstimate::Near::High
            : FirstSyncEstimate::Near::Between;
    }
    return estimate;
}

std::optional<double> medianMs(QList<qint64> durations)
{
    if (durations.isEmpty())
        return std::nullopt;
    std::sort(durations.begin(), durations.end());
    const qsizetype middle = durations.size() / 2;
    if (durations.size() % 2 == 1)
        return double(durations.at(middle));
    return (double(durations.at(middle - 1)) + double(durations.at(middle))) / 2;
}

QString FirstSyncEstimate::nearName(Near near)
{
    switch (near) {
    case Near::Low:
        return QStringLiteral("low");
    case Near::Between:
        return QStringLiteral("between");
    case Near::High:
        return QStringLiteral("high");
    case Near::Unknown:
        break;
    }
    return {};
}

FirstSyncEstimate::Near FirstSyncEstimate::nearFromName(const QString &name)
{
    for (const Near near : {Near::Low, Near::Between, Near::High}) {
        if (nearName(near) == name)
            return near;
    }
    return Near::Unknown;
}

QJsonValue FirstSyncEstimate::toJson() const
{
    QJsonObject json {{QStringLiteral("low"), lowMinutes},
                      {QStringLiteral("high"), highMinutes},
                      {QStringLiteral("users"), users},
                      {QStringLiteral("groups"), groups},
                      {QStringLiteral("memberships"), memberships}};
    if (latencyMs) {
        json.insert(QStringLiteral("latencyMs"), *latencyMs);
        json.insert(QStringLiteral("near"), nearName(near));
    }
    return json;
}

std::optional<FirstSyncEstimate> FirstSyncEstimate::fromJson(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    if (!json.value(QLatin1String("low")).isDouble() || !json.value(QLatin1String("high")).isDouble())
        return std::nullopt;
    FirstSyncEstimate estimate;
    estimate.users = count(json, "users");
    estimate.groups = count(json, "groups");
    estimate.memberships = count(json, "memberships");
    estimate.objects = qint64(estimate.users) + estimate.groups + estimate.memberships;
    estimate.lowMinutes = minutes(json, "low");
    estimate.highMinutes = minutes(json, "high");
    if (json.value(QLatin1String("latencyMs")).isDouble())
        estimate.latencyMs = measured(json.value(QLatin1String("latencyMs")).toDouble());
    if (estimate.latencyMs)
        estimate.near = nearFromName(json.value(QLatin1String("near")).toString());
    return estimate;
}

QString FirstSyncEstimate::rangeText() const
{
    if (highMinutes < 1)
        return tr("under a minute");
    const QLocale locale;
    double low = lowMinutes;
    double high = highMinutes;
    enum { Minutes, Hours, Days } unit = Minutes;
    if (low >= 24 * 60) {
        unit = Days;
        low /= 24 * 60;
        high /= 24 * 60;
    } else if (low >= 60) {
        unit = Hours;
        low /= 60;
        high /= 60;
    }
    const int decimals = low < 10 ? 1 : 0;
    const QString from = locale.toString(low, 'f', decimals);
    const QString to = locale.toString(high, 'f', decimals);
    switch (unit) {
    case Hours:
        //: %1 and %2 are the low and high bounds of a duration (a range, always plural)
        return tr("about %1–%2 hours").arg(from, to);
    case Days:
        //: %1 and %2 are the low and high bounds of a duration (a range, always plural)
        return tr("about %1–%2 days").arg(from, to);
    case Minutes:
        break;
    }
    //: %1 and %2 are the low and high bounds of a duration (a range, always plural)
    return tr("about %1–%2 minutes").arg(from, to);
}

QString FirstSyncEstimate::nearText() const
{
    if (!latencyMs)
        return {};
    const QString median = QLocale().toString(*latencyMs, 'f', 0);
    switch (near) {
    case Near::Low:
        //: %1 is the endpoint's median answer time in milliseconds
        return tr("this endpoint's answers (median %1 ms) put it near the low end").arg(median);
    case Near::Between:
        //: %1 is the endpoint's median answer time in milliseconds
        return tr("this endpoint's answers (median %1 ms) put it between the two bounds").arg(median);
    case Near::High:
        //: %1 is the endpoint's median answer time in milliseconds
        return tr("this endpoint's answers (median %1 ms) put it near the high end, or beyond it")
            .arg(median);
    case Near::Unknown:
        break;
    }
    return {};
}

QString FirstSyncEstimate::summary() const
{
    const QLocale locale;
    const QString low = locale.toString(LowMinutesPerObject, 'f', 2);
    const QString high = locale.toString(HighMinutesPerObject, 'f', 2);
    const QString bound = nearText();
    const QString first = bound.isEmpty()
        //: %1 is a duration ("about 24–192 minutes"), %2 and %3 minutes per object (0.01, 0.08)
        ? tr("%1 for the first cycle (Entra ID's guidance: %2–%3 minutes per user, group and membership).")
              .arg(rangeText(), low, high)
        //: %1 is a duration ("about 24–192 minutes"), %2 and %3 minutes per object (0.01, 0.08),
        //: %4 which bound the endpoint's answer time puts it near
        : tr("%1 for the first cycle (Entra ID's guidance: %2–%3 minutes per user, group and membership); "
             "%4.")
              .arg(rangeText(), low, high, bound);
    //: %1 is the interval between Entra ID's later provisioning cycles in minutes (40)
    return first + QLatin1Char(' ')
        + tr("Later cycles run about every %1 minutes.").arg(locale.toString(LaterCycleMinutes));
}

QString FirstSyncEstimate::oktaText()
{
    return tr("Okta publishes no guidance on how long provisioning a number of people takes, so the console "
              "gives no estimate for it.");
}

} // namespace engine
