#include "timelinewidget.h"

#include "shell/legiblecolour.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace app {

namespace {
constexpr int RowHeight = 18;
constexpr int AxisHeight = 22;
constexpr int Margin = 6;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setAccessibleName(tr("Request timeline"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

QColor TimelineWidget::colourFor(const scim::Exchange &exchange)
{
    if (exchange.status == 0)
        return QColor(0x8e, 0x00, 0x00);
    if (exchange.status >= 500)
        return QColor(0xd3, 0x2f, 0x2f);
    if (exchange.status >= 300)
        return QColor(0xf0, 0xa0, 0x00);
    return QColor(0x43, 0xa0, 0x47);
}

void TimelineWidget::setResult(const engine::RunResult &result)
{
    m_bars.clear();
    QDateTime origin = result.startedAt;
    for (const engine::StepResult &step : result.steps) {
        for (const scim::Exchange &exchange : step.exchanges) {
            if (exchange.startedAt.isValid() && (!origin.isValid() || exchange.startedAt < origin))
                origin = exchange.startedAt;
        }
    }
    QString basePath = QUrl(result.endpoint).path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    qint64 end = 1;
    for (int s = 0; s < result.steps.size(); ++s) {
        const engine::StepResult &step = result.steps.at(s);
        for (int e = 0; e < step.exchanges.size(); ++e) {
            const scim::Exchange &exchange = step.exchanges.at(e);
            Bar bar;
            bar.step = s;
            bar.exchange = e;
            bar.startMs
                = exchange.startedAt.isValid() && origin.isValid() ? origin.msecsTo(exchange.startedAt) : 0;
            bar.durationMs = std::max<qint64>(exchange.durationMs, 0);
            bar.colour = colourFor(exchange);
            bar.retry = exchange.attempt > 1;
            const QString answer
                = exchange.status ? QString::number(exchange.status) : scim::errorKindName(exchange.error);
            // The path below the endpoint (Users/…, Groups?…), as the admin knows it.
            QString path = exchange.url.path();
            if (path.startsWith(basePath))
                path = path.mid(basePath.size());
            if (exchange.url.hasQuery())
                path += QStringLiteral("?…");
            bar.label = QStringLiteral("%1 %2 → %3").arg(QString::fromLatin1(exchange.method), path, answer);
            end = std::max(end, bar.startMs + bar.durationMs);
            m_bars.append(bar);
        }
    }
    m_spanMs = std::max<qint64>(end, 1);
    updateGeometry();
    update();
}

QSize TimelineWidget::sizeHint() const
{
    return {640, AxisHeight + Margin * 2 + RowHeight * int(std::max<qsizetype>(m_bars.size(), 1))};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {320, AxisHeight + Margin * 2 + RowHeight};
}

qreal TimelineWidget::labelWidth() const
{
    return std::min<qreal>(width() * 0.4, 260);
}

QRectF TimelineWidget::barRect(int i) const
{
    const Bar &bar = m_bars.at(i);
    const qreal left = labelWidth() + Margin;
    const qreal scale = (width() - left - Margin) / qreal(m_spanMs);
    const qreal x = left + bar.startMs * scale;
    const qreal w = std::max<qreal>(bar.durationMs * scale, 3);
    return {x, qreal(AxisHeight + Margin + i * RowHeight + 3), w, qreal(RowHeight - 6)};
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const qreal left = labelWidth() + Margin;
    // The axis: four ticks with their time.
    painter.setPen(pal.color(QPalette::Mid));
    for (int t = 0; t <= 4; ++t) {
        const qreal x = left + (width() - left - Margin) * t / 4.0;
        painter.drawLine(QPointF(x, AxisHeight - 4), QPointF(x, height() - Margin));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(x - 40, 0, 80, AxisHeight - 6), Qt::AlignCenter,
                         //: %1 is a time in milliseconds on the timeline axis
                         tr("%1 ms").arg(m_spanMs * t / 4));
        painter.setPen(pal.color(QPalette::Mid));
    }
    if (m_bars.isEmpty()) {
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter, tr("No requests in this run."));
        return;
    }
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const QRectF r = barRect(i);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(Margin, r.top() - 3, labelWidth() - Margin, RowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(bar.label, Qt::ElideMiddle, int(labelWidth() - Margin)));
        painter.setPen(bar.retry ? QPen(pal.color(QPalette::Text), 1.5, Qt::DashLine) : QPen(Qt::NoPen));
        painter.setBrush(barColour(i));
        painter.drawRoundedRect(r, 2, 2);
    }
}

QColor TimelineWidget::barColour(int i) const
{
    // A bar is no text, but it must stand out from the background (WCAG's 3:1 for graphics) on
    // any palette; its answer is in its label and tooltip as well.
    return legibleOn(m_bars.at(i).colour, palette().color(QPalette::Base), GraphicContrast);
}

int TimelineWidget::barAt(const QPointF &point) const
{
    for (int i = 0; i < m_bars.size(); ++i) {
        const QRectF r = barRect(i);
        if (point.y() >= r.top() - 3 && point.y() < r.bottom() + 3)
            return i;
    }
    return -1;
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const int i = barAt(event->position());
    if (i >= 0)
        Q_EMIT exchangeActivated(m_bars.at(i).step, m_bars.at(i).exchange);
    QWidget::mousePressEvent(event);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = barAt(help->pos());
        if (i >= 0) {
            const Bar &bar = m_bars.at(i);
            const QString tip = bar.retry
                //: %1 is the request ("GET /Users → 200"), %L2 and %L3 milliseconds since the run began
                ? tr("%1\nstarted at %L2 ms, took %L3 ms (a retry)")
                //: %1 is the request ("GET /Users → 200"), %L2 and %L3 milliseconds since the run began
                : tr("%1\nstarted at %L2 ms, took %L3 ms");
            QToolTip::showText(help->globalPos(), tip.arg(bar.label).arg(bar.startMs).arg(bar.durationMs),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace app
