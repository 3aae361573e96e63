#pragma once

class QWidget;

namespace app {

/// Gives @p page a frameless, resizable scroll area and returns the widget to build the page's
/// form in (`m_ui->setupUi(scrollContent(this))`): at the smallest window size, or scaled up on a
/// small screen, every control stays reachable and the wizard's buttons stay on screen.
QWidget *scrollContent(QWidget *page);

} // namespace app
