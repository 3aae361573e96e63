#pragma once

class QApplication;

namespace app {

/// Shows the setup wizard and runs the event loop until it closes. With @p demo, the embedded
/// sandbox tenant runs for as long as the window is open and fills a demo profile.
int runWizard(QApplication &application, bool demo);

} // namespace app
