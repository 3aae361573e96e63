#pragma once

#include <QColor>

class QWidget;

namespace app {

/// WCAG AA: the contrast text needs against its background, and what a bar or an icon needs.
inline constexpr double TextContrast = 4.5;
inline constexpr double GraphicContrast = 3.0;

/// The WCAG 2 contrast ratio of two colours: 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

/// @p wanted if it reaches @p minimum contrast on @p background; otherwise the same hue made
/// darker or lighter (towards whichever of black and white stands out more), just enough — so a
/// status keeps its colour on a light, dark or high-contrast palette and stays readable on all.
QColor legibleOn(const QColor &wanted, const QColor &background, double minimum = TextContrast);

/// Draws @p widget's text in @p wanted, made legible on the widget's own background, and keeps
/// it so when the palette changes (a dark or high-contrast theme applied while it shows). An
/// invalid @p wanted gives the widget back the palette's own text colour.
void showInColour(QWidget *widget, const QColor &wanted);

/// Fills @p widget with a light tint of @p tone (a status's colour) over the window colour around
/// it, its text in the window's text colour made legible on that, and keeps both so when the
/// palette changes: a notice box that is legible on a light, dark or high-contrast palette.
void showTinted(QWidget *widget, const QColor &tone);

/// Draws a ring around @p widget while it has focus, in the palette's highlight (or a shade of it
/// that stands out): for a control whose style draws its focus no differently from something
/// else, such as a dialog's default button in Fusion.
void keepFocusVisible(QWidget *widget);

} // namespace app
