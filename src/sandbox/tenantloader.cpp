#include "tenantloader.h"

#include "common/pluginloader.h"

#include <QCoreApplication>

namespace sandbox {

namespace {

TenantFactory *loadFactory(QString *error)
{
    QObject *plugin = common::loadPlugin(QStringLiteral(SCIM_SANDBOX_PLUGIN_FILE),
                                         QStringLiteral(SCIM_SANDBOX_PLUGIN_RELATIVE_DIR), error);
    auto *factory = qobject_cast<TenantFactory *>(plugin);
    if (plugin && !factory)
        //: %1 is a file name
        *error = QCoreApplication::translate("sandbox", "%1 is not the sandbox plug-in.")
                     .arg(QStringLiteral(SCIM_SANDBOX_PLUGIN_FILE));
    return factory;
}

} // namespace

OpenedTenant openTenant(const TenantSetup &setup)
{
    OpenedTenant opened;
    if (TenantFactory *factory = loadFactory(&opened.pluginError))
        opened.tenant = factory->start(setup);
    return opened;
}

} // namespace sandbox
