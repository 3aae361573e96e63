#pragma once

#include <QString>

class QObject;

namespace common {

/// The instance of the console's plug-in @p fileName, looked for beside the executable (the
/// build tree) and in @p installedDir, relative to the executable's directory (the installed
/// layout, packaging/CMakeLists.txt), so a moved installation still finds it. Null, with @p error
/// naming the file and Qt's reason, when it does not load. Never unloaded: what it made runs its
/// code until the process ends.
QObject *loadPlugin(const QString &fileName, const QString &installedDir, QString *error);

} // namespace common
