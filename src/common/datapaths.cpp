#include "datapaths.h"

#include <QStandardPaths>

namespace common {

QString cleanupJournalDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/journals");
}

} // namespace common
