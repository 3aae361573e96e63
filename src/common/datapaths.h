#pragma once

#include <QString>
#include <QStringList>

namespace common {

/// Where interrupted pilot runs leave their cleanup journals (engine::CleanupJournal), one
/// `*.json` file per endpoint; the executable looks here before the core is loaded.
QString cleanupJournalDirectory();
/// The journal files there, by name: what an interrupted pilot left behind (each may still turn
/// out unreadable when loaded).
QStringList cleanupJournalFiles();

} // namespace common
