#include "datapaths.h"

#include <QDir>
#include <QStandardPaths>

namespace common {

QString cleanupJournalDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/journals");
}

QStringList cleanupJournalFiles()
{
    const QDir directory(cleanupJournalDirectory());
    QStringList files = directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (QString &file : files)
        file = directory.filePath(file);
    return files;
}

} // namespace common
