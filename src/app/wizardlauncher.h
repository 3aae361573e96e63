#pragma once

class QApplication;

namespace app {

/// Shows the setup wizard and runs the event loop until it closes.
int runWizard(QApplication &application, bool demo);

} // namespace app
