#pragma once

#include <QString>

namespace common {

/// Where interrupted pilot runs leave their cleanup journals (engine::CleanupJournal), one
/// `*.json` file per endpoint; the executable looks here before the core is loaded.
QString cleanupJournalDirectory();

} // namespace common
