#pragma once

#include <QString>

namespace app {

class Core;

/// The core plug-in (src/coreplugin.cpp), loaded on the first call; null, with @p error naming
/// the file and the reason, when it cannot be loaded.
Core *loadCore(QString *error);

} // namespace app
