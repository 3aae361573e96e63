#pragma once

class QApplication;

namespace app {

/// Shows the setup wizard and runs the event loop until it closes. The start page is painted
/// before the core is loaded; the core follows right after the first paint (or at once for the
/// demo, for a returning admin whose saved progress resumes on a later page, and when an
/// interrupted pilot left a cleanup journal whose cleanup the start page offers). With @p demo,
/// the embedded sandbox tenant runs for as long as the window is open and fills a demo profile.
int runWizard(QApplication &application, bool demo);

} // namespace app
