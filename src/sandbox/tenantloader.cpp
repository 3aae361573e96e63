#include "tenantloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace sandbox {

namespace {

/// Where the plug-in may be, in the order tried.
QStringList pluginPaths()
{
    const QDir here(QCoreApplication::applicationDirPath());
    return {here.filePath(QStringLiteral(SCIM_SANDBOX_PLUGIN_FILE)),
            here.filePath(QStringLiteral(SCIM_SANDBOX_PLUGIN_RELATIVE_DIR "/" SCIM_SANDBOX_PLUGIN_FILE))};
}

TenantFactory *loadFactory(QString *error)
{
    const QStringList paths = pluginPaths();
    // When neither exists, the error names the installed location.
    QString path = paths.constLast();
    for (const QString &candidate : paths) {
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    // Never unloaded: the tenants it makes run its code until they are destroyed.
    QPluginLoader loader(QDir::cleanPath(path));
    auto *factory = qobject_cast<TenantFactory *>(loader.instance());
    if (!factory)
        *error = loader.errorString() + QStringLiteral(" (") + QDir::toNativeSeparators(QDir::cleanPath(path))
            + QLatin1Char(')');
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
