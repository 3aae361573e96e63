#include "tokenvault.h"

namespace credentials {

// Credential Manager's CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512 bytes). Longer tokens are refused
// with a clear message rather than cut or chunked behind the admin's back.
qsizetype TokenVault::platformMaxSecretBytes()
{
    return 2560;
}

} // namespace credentials
