#pragma once

namespace common {

/// Whether a QApplication could open a window: a platform is forced (QT_QPA_PLATFORM) or an
/// X11 or Wayland display is named in the environment.
bool hasDisplay();

} // namespace common
