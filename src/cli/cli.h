#pragma once

class QCoreApplication;

namespace cli {

/// Runs the command line front end inside @p app's event loop; returns the exit code.
int run(QCoreApplication &app);

} // namespace cli
