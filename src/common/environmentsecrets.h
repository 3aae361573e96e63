#pragma once

#include "common/secret.h"

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

} // namespace common
