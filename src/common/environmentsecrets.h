#pragma once

#include "common/secret.h"

#include <array>
#include <iterator>
#include <string>

namespace common {

/// The secrets the console accepts from its environment (never from argv).
inline constexpr const char *SecretVariables[]
    = {"SCIM_CONSOLE_TOKEN", "SCIM_CONSOLE_CLIENT_SECRET", "SCIM_CONSOLE_PASSWORD"};

/// Moves every secret variable out of the environment: copies its value, overwrites the bytes in
/// place (so /proc/<pid>/environ no longer shows them) and unsets it, so no child inherits it.
/// The first thing main() does, before Qt starts.
void takeSecretsFromEnvironment();

/// The value taken from @p name (one of SecretVariables), handed over once; empty when unset or
/// already handed over.
Secret takeEnvironmentSecret(const char *name);

/// The values takeSecretsFromEnvironment() took, one per SecretVariables entry.
using TakenSecrets = std::array<std::string, std::size(SecretVariables)>;

/// This copy of the library's taken values, for handing to another copy (the core plug-in has
/// its own): pass it to adoptEnvironmentSecrets() there.
TakenSecrets &takenEnvironmentSecrets();

/// Takes over every value in @p taken that is set (another copy's, see takenEnvironmentSecrets())
/// and wipes it there.
void adoptEnvironmentSecrets(TakenSecrets &taken);

/// Wipes every value taken and not yet handed over: for a front end that takes none.
void discardEnvironmentSecrets();

} // namespace common
