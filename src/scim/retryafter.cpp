#include "retryafter.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace scim {

namespace {
constexpr qint64 MaxSeconds = 100LL * 366 * 24 * 3600; // a century: absurd, yet nothing overflows
} // namespace

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = !trimmed.isEmpty();
    for (const char c : trimmed)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) {
        // Digits only; more than fit in a qint64 are simply "very long".
        bool ok = false;
        const qint64 seconds = trimmed.size() > 18 ? MaxSeconds : trimmed.toLongLong(&ok);
        return std::chrono::milliseconds(std::min(seconds, MaxSeconds) * 1000);
    }
    if (trimmed.startsWith('-') || trimmed.size() > 64)
        return std::nullopt;
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid() || !now.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = now.msecsTo(when);
    return std::chrono::milliseconds(std::clamp<qint64>(ms, 0, MaxSeconds * 1000));
}

QString describeWait(std::chrono::milliseconds wait)
{
    // Counts computed first: lupdate 6.4 hangs on a parenthesised expression as the %n argument.
    const qint64 seconds = wait.count() / 1000;
    const int days = int(seconds / (24 * 3600));
    const int hours = int(seconds / 3600);
    const int minutes = int(seconds / 60);
    if (seconds >= 2 * 24 * 3600)
        //: %n is a number of days, e.g. the time to wait before retrying
        return QCoreApplication::translate("scim", "%n day(s)", nullptr, days);
    if (seconds >= 2 * 3600)
        //: %n is a number of hours, e.g. the time to wait before retrying
        return QCoreApplication::translate("scim", "%n hour(s)", nullptr, hours);
    if (seconds >= 120)
        //: %n is a number of minutes, e.g. the time to wait before retrying
        return QCoreApplication::translate("scim", "%n minute(s)", nullptr, minutes);
    //: %n is a number of seconds, e.g. the time to wait before retrying
    return QCoreApplication::translate("scim", "%n second(s)", nullptr, int(seconds));
}

} // namespace scim
