#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

namespace app {

/// What a load step measured, drawn: a histogram of its latencies (answers per bucket) beside its
/// rate over time (answers per second, solid, against what was sent, dashed). Painted in the
/// palette's colours, the series told apart by line style and a legend, and the same numbers in
/// words in its accessible description. Hides itself for figures with neither series.
class ThroughputChart : public QWidget
{
    Q_OBJECT

public:
    struct Bucket
    {
        qint64 upToMs = -1; ///< -1: the open last bucket, above the previous bound
        qint64 count = 0;
    };

    explicit ThroughputChart(QWidget *parent = nullptr);

    /// Reads latencyHistogram, ratePerSecond and targetPerSecond from @p figures.
    void setFigures(const QJsonObject &figures);
    const QList<Bucket> &buckets() const { return m_buckets; }
    const QList<qint64> &ratePerSecond() const { return m_rate; }
    const QList<qint64> &targetPerSecond() const { return m_target; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Draws the frame of a plot in @p panel (title, axis titles, y ticks up to @p yMax) and
    /// returns the area left for the data.
    QRectF paintFrame(QPainter &painter, const QRectF &panel, const QString &title, const QString &xTitle,
                      const QString &yTitle, qint64 yMax) const;
    /// One label under each slot of @p area, as many as fit without overlapping.
    void paintTickLabels(QPainter &painter, const QRectF &area, const QStringList &labels) const;
    void paintHistogram(QPainter &painter, const QRectF &panel) const;
    void paintRate(QPainter &painter, const QRectF &panel) const;
    void describe();

    QJsonObject m_figures;
    QList<Bucket> m_buckets;
    QList<qint64> m_rate;
    QList<qint64> m_target;
};

} // namespace app
