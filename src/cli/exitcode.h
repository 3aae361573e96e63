#pragma once

namespace cli {

/// The command-line contract's exit codes (ARCHITECTURE.md).
enum ExitCode : int {
    Passed = 0, ///< passed, warnings allowed
    Failed = 1, ///< a check failed, or leftovers remain after cleanup
    Usage = 2, ///< bad usage or input, or a pending cleanup journal
    Environment = 3, ///< no keychain, or the endpoint could not be reached at all
    Cancelled = 130, ///< Ctrl+C
};

} // namespace cli
