#pragma once

#include "engine/run/runresult.h"

namespace cli {

/// The command-line contract's exit codes (docs/ARCHITECTURE.md).
enum ExitCode : int {
    Passed = 0, ///< passed, warnings allowed
    Failed = 1, ///< a check failed, or leftovers remain after cleanup
    Usage = 2, ///< bad usage or input, or a pending cleanup journal
    Environment = 3, ///< no keychain, or the endpoint could not be reached at all
    Cancelled = 130, ///< Ctrl+C
};

/// The exit code a run's result ends the command with.
inline int exitCodeFor(const engine::RunResult &result)
{
    switch (result.outcome) {
    case engine::RunResult::Outcome::Passed:
        return result.leftSomethingBehind() ? Failed : Passed;
    case engine::RunResult::Outcome::Failed:
        return Failed;
    case engine::RunResult::Outcome::Error:
        return Environment;
    case engine::RunResult::Outcome::Cancelled:
        return Cancelled;
    }
    return Failed;
}

} // namespace cli
