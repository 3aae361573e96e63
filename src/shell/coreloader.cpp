#include "coreloader.h"

#include "common/pluginloader.h"
#include "core.h"

#include <QCoreApplication>

namespace app {

Core *loadCore(QString *error)
{
    static Core *loaded = nullptr;
    if (loaded)
        return loaded;
    QObject *plugin = common::loadPlugin(QStringLiteral(SCIM_CORE_PLUGIN_FILE),
                                         QStringLiteral(SCIM_CORE_PLUGIN_RELATIVE_DIR), error);
    loaded = qobject_cast<Core *>(plugin);
    if (plugin && !loaded)
        //: %1 is a file name
        *error = QCoreApplication::translate("app", "%1 is not the console's core plug-in.")
                     .arg(QStringLiteral(SCIM_CORE_PLUGIN_FILE));
    return loaded;
}

} // namespace app
