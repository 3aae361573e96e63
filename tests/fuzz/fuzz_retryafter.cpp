// Retry-After, as seconds or an HTTP date: any header value gives a wait within a century or
// none, never an overflow (9.2e15 seconds once overflowed a multiplication).
#include "scim/retryafter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const auto wait
        = scim::parseRetryAfter(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), now);
    if (wait && (wait->count() < 0 || wait->count() > 100LL * 366 * 24 * 3600 * 1000))
        std::abort();
    if (wait)
        scim::describeWait(*wait);
    return 0;
}
