// The sandbox's SCIM filter parser: any text parses or is refused with invalidFilter (ScimFault),
// and a parsed filter evaluates on a resource without crashing or recursing without bound.
#include "sandbox/filterexpression.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QJsonObject resource {
        {QStringLiteral("userName"), QStringLiteral("bob@example.com")},
        {QStringLiteral("title"), QStringLiteral("Head of Ops")},
        {QStringLiteral("active"), true},
        {QStringLiteral("emails"),
         QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("work")},
                                  {QStringLiteral("value"), QStringLiteral("bob@example.com")}}}},
        {QStringLiteral("name"), QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Bob")}}}};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const sandbox::FilterExpression filter = sandbox::FilterExpression::parse(text);
        filter.matches(resource);
    } catch (const sandbox::ScimFault &fault) {
        if (fault.status != 400 || fault.scimType != QLatin1String("invalidFilter"))
            std::abort();
    }
    return 0;
}
