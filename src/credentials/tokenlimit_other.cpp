#include "tokenvault.h"

namespace credentials {

// The Secret Service and the macOS keychain take far longer secrets than any SCIM token; the cap
// only keeps a mistaken paste (a whole file) out of the keychain.
qsizetype TokenVault::platformMaxSecretBytes()
{
    return 64 * 1024;
}

} // namespace credentials
