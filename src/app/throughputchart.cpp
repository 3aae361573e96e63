#include "throughputchart.h"

#include "reports/figures.h"

#include <QEvent>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>

namespace app {

namespace {

constexpr qreal Margin = 8;
constexpr qreal Gap = 16;
constexpr qreal Tick = 4;
constexpr qreal Marker = 3;

/// The smallest 1, 2 or 5 × 10ⁿ at or above @p value, so the axis ends on a round number.
qint64 roundUp(qint64 value)
{
    qint64 step = 1;
    while (true) {
        for (const qint64 factor : {1, 2, 5}) {
            if (step * factor >= value)
                return step * factor;
        }
        step *= 10;
    }
}

QList<qint64> integers(const QJsonValue &value)
{
    QList<qint64> numbers;
    for (const QJsonValue &number : value.toArray())
        numbers.append(number.toInteger());
    return numbers;
}

} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("throughputChart"));
    setAccessibleName(tr("Latency and request rate chart"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    hide();
}

void ThroughputChart::setFigures(const QJsonObject &figures)
{
    m_figures = figures;
    m_buckets.clear();
    for (const QJsonValue &value : figures.value(QLatin1String("latencyHistogram")).toArray()) {
        const QJsonObject bucket = value.toObject();
        const QJsonValue bound = bucket.value(QLatin1String("upToMs"));
        m_buckets.append(
            {bound.isDouble() ? bound.toInteger() : -1, bucket.value(QLatin1String("count")).toInteger()});
    }
    m_rate = integers(figures.value(QLatin1String("ratePerSecond")));
    m_target = integers(figures.value(QLatin1String("targetPerSecond")));
    describe();
    setVisible(reports::Figures::hasChart(figures) && (!m_buckets.isEmpty() || !m_rate.isEmpty()));
    updateGeometry();
    update();
}

QSize ThroughputChart::sizeHint() const
{
    return {560, std::max(200, fontMetrics().height() * 12)};
}

QSize ThroughputChart::minimumSizeHint() const
{
    return {360, std::max(160, fontMetrics().height() * 10)};
}

void ThroughputChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange)
        describe();
    QWidget::changeEvent(event);
}

void ThroughputChart::describe()
{
    const QLocale here = locale();
    QStringList sentences {reports::Figures::summary(m_figures, here)};
    if (!m_buckets.isEmpty()) {
        QStringList buckets;
        qint64 previous = 0;
        for (const Bucket &bucket : m_buckets) {
            //: %1 is a latency bucket ("≤ 25 ms"), %2 how many answers fell in it
            buckets.append(tr("%1: %2").arg(reports::Figures::bucketText(bucket.upToMs, previous, here),
                                            here.toString(bucket.count)));
            previous = bucket.upToMs >= 0 ? bucket.upToMs : previous;
        }
        //: %1 lists the buckets ("≤ 10 ms: 4, ≤ 25 ms: 120, …")
        sentences.append(tr("Answers by latency: %1").arg(buckets.join(QLatin1String(", "))));
    }
    const auto series = [&here](const QList<qint64> &values) {
        QStringList numbers;
        for (const qint64 value : values)
            numbers.append(here.toString(value));
        return numbers.join(QLatin1String(", "));
    };
    if (!m_rate.isEmpty())
        //: %1 lists one number per second ("5, 10, 15")
        sentences.append(tr("Answers in each second: %1").arg(series(m_rate)));
    if (!m_target.isEmpty())
        //: %1 lists one number per second ("5, 10, 15")
        sentences.append(tr("Requests sent in each second: %1").arg(series(m_target)));
    sentences.removeAll(QString());
    setAccessibleDescription(sentences.join(QLatin1String(". ")) + QLatin1Char('.'));
}

void ThroughputChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF all = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);
    const bool both = !m_buckets.isEmpty() && (!m_rate.isEmpty() || !m_target.isEmpty());
    const qreal half = both ? (all.width() - Gap) / 2 : all.width();
    QRectF left(all.topLeft(), QSizeF(half, all.height()));
    if (!m_buckets.isEmpty()) {
        paintHistogram(painter, left);
        left.translate(half + Gap, 0);
    }
    if (!m_rate.isEmpty() || !m_target.isEmpty())
        paintRate(painter, left);
}

QRectF ThroughputChart::paintFrame(QPainter &painter, const QRectF &panel, const QString &title,
                                   const QString &xTitle, const QString &yTitle, qint64 yMax) const
{
    const QPalette pal = palette();
    const QFontMetricsF metrics(font());
    const qreal line = metrics.height();
    const QString top = locale().toString(yMax);
    const qreal tickWidth = metrics.horizontalAdvance(top) + Tick * 2;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(panel.left(), panel.top(), panel.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    painter.setFont(font());
    // Room for the title above, the y axis's title and ticks to the left, two lines below.
    const QRectF area(panel.left() + line + tickWidth, panel.top() + line * 1.5,
                      panel.width() - line - tickWidth, panel.height() - line * 3.5);
    painter.save();
    painter.translate(panel.left(), area.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-area.height() / 2, 0, area.height(), line), Qt::AlignCenter, yTitle);
    painter.restore();
    painter.drawText(QRectF(area.left(), area.bottom() + line, area.width(), line), Qt::AlignCenter, xTitle);
    for (const qint64 value : {qint64(0), yMax / 2, yMax}) {
        const qreal y = area.bottom() - area.height() * qreal(value) / qreal(yMax);
        painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(area.left() - tickWidth, y - line / 2, tickWidth - Tick, line),
                         Qt::AlignRight | Qt::AlignVCenter, locale().toString(value));
    }
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawLine(area.bottomLeft(), area.topLeft());
    return area;
}

void ThroughputChart::paintHistogram(QPainter &painter, const QRectF &panel) const
{
    qint64 most = 1;
    for (const Bucket &bucket : m_buckets)
        most = std::max(most, bucket.count);
    const qint64 yMax = roundUp(most);
    const QRectF area
        = paintFrame(painter, panel, tr("Latency"), tr("milliseconds, at most"), tr("answers"), yMax);
    const QPalette pal = palette();
    const qreal slot = area.width() / qreal(m_buckets.size());
    painter.setPen(QPen(pal.color(QPalette::Text), 1));
    painter.setBrush(pal.color(QPalette::Highlight));
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        const qreal h = area.height() * qreal(m_buckets.at(i).count) / qreal(yMax);
        if (m_buckets.at(i).count > 0)
            painter.drawRect(
                QRectF(area.left() + slot * (qreal(i) + 0.15), area.bottom() - h, slot * 0.7, h));
    }
    // Bucket bounds below, as many as fit, from the right: the slow end matters most.
    QStringList labels;
    qint64 previous = 0;
    for (const Bucket &bucket : m_buckets) {
        labels.append(bucket.upToMs >= 0 ? locale().toString(bucket.upToMs)
                                         : QStringLiteral(">") + locale().toString(previous));
        previous = bucket.upToMs >= 0 ? bucket.upToMs : previous;
    }
    paintTickLabels(painter, area, labels);
}

void ThroughputChart::paintTickLabels(QPainter &painter, const QRectF &area, const QStringList &labels) const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetricsF metrics(small);
    const qreal slot = area.width() / qreal(std::max<qsizetype>(labels.size(), 1));
    qreal free = area.right() + slot;
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        const qreal width = metrics.horizontalAdvance(labels.at(i));
        const qreal centre = area.left() + slot * (qreal(i) + 0.5);
        if (centre + width / 2 + Tick < free) {
            painter.drawText(QRectF(centre - width / 2, area.bottom() + 1, width, metrics.height()),
                             Qt::AlignCenter, labels.at(i));
            free = centre - width / 2;
        }
    }
    painter.setFont(font());
}

void ThroughputChart::paintRate(QPainter &painter, const QRectF &panel) const
{
    qint64 most = 1;
    for (const qint64 value : m_rate + m_target)
        most = std::max(most, value);
    const qint64 yMax = roundUp(most);
    const QRectF area
        = paintFrame(painter, panel, tr("Rate over time"), tr("seconds"), tr("per second"), yMax);
    const QPalette pal = palette();
    const QFontMetricsF metrics(font());
    const qsizetype seconds = std::max(m_rate.size(), m_target.size());
    const qreal slot = area.width() / qreal(std::max<qsizetype>(seconds, 1));
    const auto point = [&](qsizetype second, qint64 value) {
        return QPointF(area.left() + slot * (qreal(second) + 0.5),
                       area.bottom() - area.height() * qreal(value) / qreal(yMax));
    };
    QStringList labels;
    for (qsizetype second = 0; second < seconds; ++second)
        labels.append(locale().toString(second + 1));
    paintTickLabels(painter, area, labels);
    // Answered: solid, thick, filled dots; sent: dashed with open squares, drawn on top so it shows
    // where the two are the same.
    const QPen sentPen(pal.color(QPalette::Text), 1.5, Qt::DashLine);
    const QPen answeredPen(pal.color(QPalette::Highlight), 2.5, Qt::SolidLine);
    const auto drawSeries = [&](const QList<qint64> &values, const QPen &pen, bool filled) {
        QPainterPath path;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i == 0)
                path.moveTo(point(i, values.at(i)));
            else
                path.lineTo(point(i, values.at(i)));
        }
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(QPen(pen.color(), 1.5));
        painter.setBrush(filled ? QBrush(pen.color()) : QBrush(Qt::NoBrush));
        const qreal size = filled ? Marker : Marker + 2;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QPointF at = point(i, values.at(i));
            const QRectF box(at.x() - size, at.y() - size, size * 2, size * 2);
            if (filled)
                painter.drawEllipse(box);
            else
                painter.drawRect(box);
        }
    };
    drawSeries(m_rate, answeredPen, true);
    drawSeries(m_target, sentPen, false);

    // The legend, in the plot's top left corner where the rising rate leaves room.
    const QString answered = tr("answered");
    const QString sent = tr("sent");
    const qreal sample = 22;
    const qreal line = metrics.height();
    const qreal width
        = sample + Tick * 3 + std::max(metrics.horizontalAdvance(answered), metrics.horizontalAdvance(sent));
    const QRectF legend(area.left() + Tick, area.top(), width, line * 2 + Tick);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRect(legend);
    const auto entry = [&](int row, const QPen &pen, bool filled, const QString &text) {
        const qreal y = legend.top() + Tick / 2 + line * (row + 0.5);
        painter.setPen(pen);
        painter.drawLine(QPointF(legend.left() + Tick, y), QPointF(legend.left() + Tick + sample, y));
        painter.setPen(QPen(pen.color(), 1.5));
        painter.setBrush(filled ? QBrush(pen.color()) : QBrush(Qt::NoBrush));
        const QPointF mid(legend.left() + Tick + sample / 2, y);
        if (filled)
            painter.drawEllipse(mid, Marker, Marker);
        else
            painter.drawRect(QRectF(mid.x() - Marker - 2, y - Marker - 2, Marker * 2 + 4, Marker * 2 + 4));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(legend.left() + Tick * 2 + sample, y - line / 2, width, line),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    entry(0, answeredPen, true, answered);
    entry(1, sentPen, false, sent);
}

} // namespace app
