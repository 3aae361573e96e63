// Masking by value: for any secret (the first line) and any text (the rest), the masked text no
// longer holds the secret, and a text without it comes back unchanged.
#include "scim/redaction.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\n');
    if (split < 4)
        return 0;
    const QByteArray secret = bytes.left(split);
    const QByteArray text = bytes.mid(split + 1);
    if (secret.contains('*'))
        return 0; // the mask itself is made of stars
    const scim::SecretMask mask(secret);
    const QByteArray masked = mask.apply(text);
    if (masked.contains(secret))
        std::abort();
    bool holdsAny = false;
    for (const QByteArray &needle : mask.needles())
        holdsAny = holdsAny || text.contains(needle);
    if (!holdsAny && masked != text)
        std::abort();
    scim::redact::headers({{"X-Echo", text}, {"Authorization", "Bearer " + secret}}, mask);
    scim::redact::body(text, mask);
    return 0;
}
