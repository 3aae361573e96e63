#include "legiblecolour.h"

#include <QEvent>
#include <QPainter>
#include <QPalette>
#include <QWidget>

#include <cmath>

namespace app {

namespace {

double luminance(const QColor &colour)
{
    const auto linear = [](float channel) {
        return channel <= 0.04045F ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

/// Keeps a widget's text in a colour legible on its background, palette change after palette
/// change: the background is the palette's (inherited), the text role the only one it sets.
class ColourKeeper : public QObject
{
public:
    explicit ColourKeeper(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
        , m_own(widget->palette())
    {
        setObjectName(QStringLiteral("scimColourKeeper"));
        widget->installEventFilter(this);
    }

    void setWanted(const QColor &wanted)
    {
        m_wanted = wanted;
        if (m_wanted.isValid())
            apply();
        else
            m_widget->setPalette(m_own); // what it had before, inherited roles inherited again
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange && m_wanted.isValid())
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        const QPalette::ColorRole role = m_widget->foregroundRole();
        QPalette palette = m_widget->palette();
        const QColor legible = legibleOn(m_wanted, palette.color(m_widget->backgroundRole()));
        if (palette.color(QPalette::Active, role) == legible
            && palette.color(QPalette::Inactive, role) == legible)
            return; // also what ends the PaletteChange this very call causes
        palette.setColor(QPalette::Active, role, legible);
        palette.setColor(QPalette::Inactive, role, legible);
        m_widget->setPalette(palette);
    }

    QWidget *m_widget;
    QPalette m_own;
    QColor m_wanted;
};

/// Keeps a box (a banner, a notice) in a tint of its status over the surrounding window colour,
/// with the window's text colour made legible on it, palette change after palette change.
class TintKeeper : public QObject
{
public:
    explicit TintKeeper(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        setObjectName(QStringLiteral("scimTintKeeper"));
        widget->setAutoFillBackground(true);
        widget->installEventFilter(this);
    }

    void setTone(const QColor &tone)
    {
        m_tone = tone;
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        // The surroundings: the parent's colours (this widget's own Window is the tint).
        const QPalette around = m_widget->parentWidget() ? m_widget->parentWidget()->palette() : QPalette();
        const QColor window = around.color(QPalette::Window);
        const QColor tint = QColor::fromRgbF(window.redF() * 0.8F + m_tone.redF() * 0.2F,
                                             window.greenF() * 0.8F + m_tone.greenF() * 0.2F,
                                             window.blueF() * 0.8F + m_tone.blueF() * 0.2F);
        const QColor text = legibleOn(around.color(QPalette::WindowText), tint);
        QPalette palette = m_widget->palette();
        if (palette.color(QPalette::Window) == tint && palette.color(QPalette::WindowText) == text)
            return; // also what ends the PaletteChange this very call causes
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::Window, tint);
            palette.setColor(group, QPalette::WindowText, text);
        }
        m_widget->setPalette(palette);
    }

    QWidget *m_widget;
    QColor m_tone;
};

/// Paints the widget as it paints itself, then the ring on top.
class FocusRing : public QObject
{
public:
    explicit FocusRing(QWidget *widget)
        : QObject(widget)
    {
        setObjectName(QStringLiteral("scimFocusRing"));
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_painting)
            return QObject::eventFilter(watched, event);
        auto *widget = static_cast<QWidget *>(watched);
        m_painting = true;
        static_cast<QObject *>(widget)->event(event); // its own paintEvent()
        m_painting = false;
        if (widget->hasFocus()) {
            QPainter painter(widget);
            painter.setRenderHint(QPainter::Antialiasing);
            const QPalette palette = widget->palette();
            painter.setPen(QPen(legibleOn(palette.color(QPalette::Highlight), palette.color(QPalette::Window),
                                          GraphicContrast),
                                2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(widget->rect()).adjusted(1, 1, -1, -1), 3, 3);
        }
        return true;
    }

private:
    bool m_painting = false;
};

} // namespace

void showTinted(QWidget *widget, const QColor &tone)
{
    auto *keeper
        = widget->findChild<TintKeeper *>(QStringLiteral("scimTintKeeper"), Qt::FindDirectChildrenOnly);
    if (!keeper)
        keeper = new TintKeeper(widget);
    keeper->setTone(tone);
}

void keepFocusVisible(QWidget *widget)
{
    if (!widget->findChild<FocusRing *>(QStringLiteral("scimFocusRing"), Qt::FindDirectChildrenOnly))
        new FocusRing(widget);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor legibleOn(const QColor &wanted, const QColor &background, double minimum)
{
    if (contrastRatio(wanted, background) >= minimum)
        return wanted;
    // Black or white always reaches 4.5:1 on one side; walk the lightness towards that side, and
    // keep the hue and saturation, until the ratio is just reached.
    const bool darker = contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background);
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    float alpha = 1;
    wanted.toHsl().getHslF(&hue, &saturation, &lightness, &alpha);
    hue = std::max(hue, 0.0F); // -1 for a grey, where hue does not matter
    // Judged as drawn, 8 bits a channel: rounding must not take it back under the minimum.
    const auto shade = [&](float l) {
        return QColor(QColor::fromHslF(hue, saturation, l).rgb());
    };
    float near = lightness; // fails
    float far = darker ? 0.0F : 1.0F; // reaches it
    for (int i = 0; i < 24; ++i) {
        const float middle = (near + far) / 2;
        if (contrastRatio(shade(middle), background) >= minimum)
            far = middle;
        else
            near = middle;
    }
    return shade(far);
}

void showInColour(QWidget *widget, const QColor &wanted)
{
    auto *keeper
        = widget->findChild<ColourKeeper *>(QStringLiteral("scimColourKeeper"), Qt::FindDirectChildrenOnly);
    if (!keeper) {
        if (!wanted.isValid())
            return;
        keeper = new ColourKeeper(widget);
    }
    keeper->setWanted(wanted);
}

} // namespace app
