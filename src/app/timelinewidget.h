#pragma once

#include "engine/run/runresult.h"

#include <QColor>
#include <QWidget>

namespace app {

/// A waterfall of a run's requests: one bar per HTTP exchange, placed at its start and as long
/// as it took, coloured by its answer (2xx green, 4xx amber, 5xx red, no answer dark red) and
/// outlined when it was a retry — so slow steps and retries stand out. Clicking a bar selects it.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        int step = -1;
        int exchange = -1;
        qint64 startMs = 0;
        qint64 durationMs = 0;
        QColor colour;
        bool retry = false;
        QString label;
    };

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setResult(const engine::RunResult &result);
    const QList<Bar> &bars() const { return m_bars; }
    /// Where bar @p i is drawn at the current size.
    QRectF barRect(int i) const;
    /// The colour bar @p i is drawn in: its answer's, made to stand out on the current palette.
    QColor barColour(int i) const;
    static QColor colourFor(const scim::Exchange &exchange);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void exchangeActivated(int step, int exchange);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int barAt(const QPointF &point) const;
    qreal labelWidth() const;

    QList<Bar> m_bars;
    qint64 m_spanMs = 1;
};

} // namespace app
