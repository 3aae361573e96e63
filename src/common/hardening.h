#pragma once

namespace common {

/// Keeps secrets out of core dumps and away from same-user debuggers: no core file, not dumpable.
/// Returns false if the kernel refused either setting.
bool hardenProcess();

/// True when the process is currently not dumpable (what hardenProcess() promises).
bool isProcessDumpable();

} // namespace common
