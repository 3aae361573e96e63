#include "pluginloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace common {

QObject *loadPlugin(const QString &fileName, const QString &installedDir, QString *error)
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList paths
        = {here.filePath(fileName), here.filePath(installedDir + QLatin1Char('/') + fileName)};
    // When neither exists, the error names the installed location.
    QString path = paths.constLast();
    for (const QString &candidate : paths) {
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    QPluginLoader loader(QDir::cleanPath(path));
    QObject *instance = loader.instance();
    if (!instance)
        *error = loader.errorString() + QStringLiteral(" (") + QDir::toNativeSeparators(QDir::cleanPath(path))
            + QLatin1Char(')');
    return instance;
}

} // namespace common
