#include "reports/figures.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace reports {

namespace {

// The keys this file knows how to say in words; any other scalar is listed as it is named.
const QStringList &knownKeys()
{
    static const QStringList keys {QStringLiteral("requestsPerSecond"),
                                   QStringLiteral("targetRequestsPerSecond"),
                                   QStringLiteral("p50Ms"),
                                   QStringLiteral("p95Ms"),
                                   QStringLiteral("p99Ms"),
                                   QStringLiteral("maxMs"),
                                   QStringLiteral("requests"),
                                   QStringLiteral("status429"),
                                   QStringLiteral("retryAfterOn429"),
                                   QStringLiteral("errors"),
                                   QStringLiteral("unanswered"),
                                   QStringLiteral("notSent"),
                                   QStringLiteral("statusCounts"),
                                   QStringLiteral("stoppedBecause"),
                                   QStringLiteral("ratePerSecond"),
                                   QStringLiteral("targetPerSecond"),
                                   QStringLiteral("latencyHistogram")};
    return keys;
}

QString integer(const QJsonObject &figures, const QString &key, const QLocale &locale)
{
    return locale.toString(figures.value(key).toInteger());
}

QString milliseconds(const QJsonObject &figures, const QString &key, const QLocale &locale)
{
    //: %1 is a number of milliseconds
    return Figures::tr("%1 ms").arg(integer(figures, key, locale));
}

QString scalar(const QJsonValue &value, const QLocale &locale)
{
    if (value.isDouble())
        return locale.toString(value.toDouble(), 'g', 6);
    if (value.isBool())
        return value.toBool() ? Figures::tr("yes") : Figures::tr("no");
    return value.toString();
}

/// "median 21 ms, p95 48 ms, p99 90 ms" (and ", max 120 ms" with @p withMax), for what is there.
QString latencies(const QJsonObject &figures, const QLocale &locale, bool withMax)
{
    QStringList parts;
    if (figures.contains(QLatin1String("p50Ms")))
        //: %1 is "21 ms"; the median latency
        parts.append(Figures::tr("median %1").arg(milliseconds(figures, QStringLiteral("p50Ms"), locale)));
    if (figures.contains(QLatin1String("p95Ms")))
        //: %1 is "48 ms"; the 95th percentile of latency
        parts.append(Figures::tr("p95 %1").arg(milliseconds(figures, QStringLiteral("p95Ms"), locale)));
    if (figures.contains(QLatin1String("p99Ms")))
        //: %1 is "90 ms"; the 99th percentile of latency
        parts.append(Figures::tr("p99 %1").arg(milliseconds(figures, QStringLiteral("p99Ms"), locale)));
    if (withMax && figures.contains(QLatin1String("maxMs")))
        //: %1 is "120 ms"; the slowest answer
        parts.append(Figures::tr("max %1").arg(milliseconds(figures, QStringLiteral("maxMs"), locale)));
    return parts.join(QLatin1String(", "));
}

/// "all with Retry-After", "1 with Retry-After"; empty when the step did not count them.
QString retryAfter(const QJsonObject &figures, const QLocale &locale)
{
    const qint64 count = figures.value(QLatin1String("status429")).toInteger();
    if (!figures.contains(QLatin1String("retryAfterOn429")) || count == 0)
        return {};
    const qint64 withHeader = figures.value(QLatin1String("retryAfterOn429")).toInteger();
    if (withHeader >= count)
        return Figures::tr("all with Retry-After");
    if (withHeader == 0)
        return Figures::tr("none with Retry-After");
    //: %1 is how many of the 429 answers carried Retry-After
    return Figures::tr("%1 with Retry-After").arg(locale.toString(withHeader));
}

/// A value as JSON writes it, strings without their quotes: for machines, not for people.
QString compact(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    // A bare scalar is not a JSON document: write it as the one element of an array.
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .chopped(1)
        .mid(1);
}

QString series(const QJsonArray &values, const QLocale &locale)
{
    QStringList parts;
    for (const QJsonValue &value : values)
        parts.append(locale.toString(value.toInteger()));
    return parts.join(QLatin1String(", "));
}

} // namespace

bool Figures::hasChart(const QJsonObject &figures)
{
    return figures.contains(QLatin1String("latencyHistogram"))
        || figures.contains(QLatin1String("ratePerSecond"));
}

QString Figures::stoppedText(const QString &reason)
{
    if (reason == QLatin1String("bound"))
        return tr("it ran to its limits");
    if (reason == QLatin1String("429"))
        return tr("the service answered 429 (too many requests)");
    if (reason == QLatin1String("errors"))
        return tr("errors in a row");
    if (reason == QLatin1String("cancelled"))
        return tr("the run was cancelled");
    return reason;
}

QString Figures::bucketText(qint64 upToMs, qint64 previousUpToMs, const QLocale &locale)
{
    if (upToMs >= 0)
        //: %1 is a number of milliseconds: answers that took at most that long
        return tr("≤ %1 ms").arg(locale.toString(upToMs));
    //: %1 is a number of milliseconds: answers that took longer
    return tr("> %1 ms").arg(locale.toString(std::max<qint64>(previousUpToMs, 0)));
}

QString Figures::summary(const QJsonObject &figures, const QLocale &locale)
{
    QStringList parts;
    if (figures.contains(QLatin1String("requestsPerSecond")))
        //: %1 is a rate such as 24.6
        parts.append(
            tr("%1 requests per second sustained")
                .arg(locale.toString(figures.value(QLatin1String("requestsPerSecond")).toDouble(), 'f', 1)));
    const QString latency = latencies(figures, locale, false);
    if (!latency.isEmpty())
        parts.append(latency);
    QStringList counts;
    if (figures.contains(QLatin1String("requests")))
        //: %Ln is how many requests the step sent
        counts.append(
            tr("%Ln request(s)", nullptr, int(figures.value(QLatin1String("requests")).toInteger())));
    if (const qint64 tooMany = figures.value(QLatin1String("status429")).toInteger(); tooMany > 0) {
        const QString which = retryAfter(figures, locale);
        if (which.isEmpty())
            //: %1 is how many answers were HTTP 429 (too many requests)
            counts.append(tr("%1 × 429").arg(locale.toString(tooMany)));
        else
            //: %1 is how many answers were HTTP 429, %2 how many had Retry-After ("all with Retry-After")
            counts.append(tr("%1 × 429 (%2)").arg(locale.toString(tooMany), which));
    }
    if (const qint64 errors = figures.value(QLatin1String("errors")).toInteger(); errors > 0)
        //: %Ln is how many requests failed (no answer, or a 5xx)
        counts.append(tr("%Ln error(s)", nullptr, int(errors)));
    if (!counts.isEmpty())
        parts.append(counts.join(QLatin1String(", ")));
    if (parts.isEmpty()) {
        for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
            if (!it.value().isArray() && !it.value().isObject())
                //: %1 is the name of a measurement, %2 its value
                parts.append(tr("%1 %2").arg(it.key(), scalar(it.value(), locale)));
        }
    }
    return parts.join(QLatin1String("; "));
}

QList<Figures::Row> Figures::rows(const QJsonObject &figures, const QLocale &locale)
{
    QList<Row> rows;
    const auto has = [&figures](const char *key) {
        return figures.contains(QLatin1String(key));
    };
    if (has("requestsPerSecond")) {
        const QString rate
            = locale.toString(figures.value(QLatin1String("requestsPerSecond")).toDouble(), 'f', 1);
        //: %1 is the rate sustained, %2 the highest rate attempted, both per second
        const QString attempted
            = tr("%1 requests per second (up to %2 attempted)")
                  .arg(rate, integer(figures, QStringLiteral("targetRequestsPerSecond"), locale));
        //: %1 is the rate sustained per second
        const QString sustained = tr("%1 requests per second").arg(rate);
        rows.append({tr("Rate sustained"), has("targetRequestsPerSecond") ? attempted : sustained});
    }
    const QString latency = latencies(figures, locale, true);
    if (!latency.isEmpty())
        rows.append({tr("Latency"), latency});
    if (has("requests"))
        rows.append({tr("Requests sent"), integer(figures, QStringLiteral("requests"), locale)});
    if (has("status429")) {
        const QString count = integer(figures, QStringLiteral("status429"), locale);
        const QString which = retryAfter(figures, locale);
        //: %1 is how many answers were HTTP 429, %2 how many had Retry-After ("all with Retry-After")
        const QString withWhich = tr("%1 (%2)").arg(count, which);
        rows.append({tr("HTTP 429 answers"), which.isEmpty() ? count : withWhich});
    }
    if (has("errors"))
        rows.append({tr("Errors (transport or 5xx)"), integer(figures, QStringLiteral("errors"), locale)});
    if (has("unanswered"))
        rows.append({tr("Unanswered"), integer(figures, QStringLiteral("unanswered"), locale)});
    if (has("notSent"))
        rows.append({tr("Not sent"), integer(figures, QStringLiteral("notSent"), locale)});
    if (has("statusCounts")) {
        QStringList counts;
        const QJsonObject statuses = figures.value(QLatin1String("statusCounts")).toObject();
        for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
            //: %1 is an HTTP status code, %2 how many answers had it
            counts.append(
                tr("%1: %2", "status: count").arg(it.key(), locale.toString(it.value().toInteger())));
        rows.append({tr("Answers by status"), counts.join(QLatin1String(", "))});
    }
    if (has("ratePerSecond"))
        rows.append({tr("Answers per second"),
                     series(figures.value(QLatin1String("ratePerSecond")).toArray(), locale)});
    if (has("targetPerSecond"))
        rows.append({tr("Sent per second"),
                     series(figures.value(QLatin1String("targetPerSecond")).toArray(), locale)});
    if (has("latencyHistogram")) {
        QStringList buckets;
        qint64 previous = 0;
        for (const QJsonValue &bucket : figures.value(QLatin1String("latencyHistogram")).toArray()) {
            const QJsonValue bound = bucket.toObject().value(QLatin1String("upToMs"));
            const qint64 upTo = bound.isDouble() ? bound.toInteger() : -1;
            //: %1 is a latency bucket ("≤ 25 ms"), %2 how many answers fell in it
            buckets.append(tr("%1: %2", "bucket: count")
                               .arg(bucketText(upTo, previous, locale),
                                    integer(bucket.toObject(), QStringLiteral("count"), locale)));
            previous = upTo >= 0 ? upTo : previous;
        }
        rows.append({tr("Latency histogram"), buckets.join(QLatin1String(", "))});
    }
    if (has("stoppedBecause"))
        rows.append(
            {tr("Stopped because"), stoppedText(figures.value(QLatin1String("stoppedBecause")).toString())});
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
        if (!knownKeys().contains(it.key()) && !it.value().isArray() && !it.value().isObject())
            rows.append({it.key(), scalar(it.value(), locale)});
    }
    return rows;
}

QList<Figures::Row> Figures::properties(const QJsonObject &figures)
{
    QList<Row> pairs;
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
        if (!it.value().isObject()) {
            pairs.append({it.key(), compact(it.value())});
            continue;
        }
        const QJsonObject inner = it.value().toObject();
        for (auto sub = inner.constBegin(); sub != inner.constEnd(); ++sub)
            pairs.append({it.key() + QLatin1Char('.') + sub.key(), compact(sub.value())});
    }
    return pairs;
}

} // namespace reports
