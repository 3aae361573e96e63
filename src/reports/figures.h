#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

namespace reports {

/// What a step measured (engine::StepResult::figures) in words, the same in every front end: one
/// line for the terminal and the results view, a table's rows for the reports, name and value
/// pairs for JUnit's properties. Keys a step does not carry are left out.
class Figures
{
    Q_DECLARE_TR_FUNCTIONS(reports::Figures)

public:
    struct Row
    {
        QString label;
        QString value;
    };

    /// Whether @p figures hold a series worth drawing (latencyHistogram or ratePerSecond).
    static bool hasChart(const QJsonObject &figures);

    /// "24.6 requests per second sustained; median 21 ms, p95 48 ms, …"; empty without figures.
    static QString summary(const QJsonObject &figures, const QLocale &locale = QLocale());
    /// One row per figure, labelled, for a report's table.
    static QList<Row> rows(const QJsonObject &figures, const QLocale &locale = QLocale());
    /// Machine-readable pairs (statusCounts.200 = 193, series as compact JSON), locale-free.
    static QList<Row> properties(const QJsonObject &figures);

    /// Why a load step stopped (stoppedBecause: bound, 429, errors, cancelled) as a phrase.
    static QString stoppedText(const QString &reason);
    /// A latency bucket's bound in words: "≤ 25 ms", or "> 5,000 ms" for the open last bucket.
    static QString bucketText(qint64 upToMs, qint64 previousUpToMs, const QLocale &locale = QLocale());
};

} // namespace reports
