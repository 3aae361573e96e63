#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace scim {

/// Retry-After as delta-seconds or an IMF-fixdate (RFC 9110 §10.2.3), relative to @p now; nullopt
/// when unreadable. Absurd values are clamped to a century, so nothing downstream overflows.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

/// "11 days", "3 minutes", "40 seconds": a wait as an admin reads it.
QString describeWait(std::chrono::milliseconds wait);

} // namespace scim
