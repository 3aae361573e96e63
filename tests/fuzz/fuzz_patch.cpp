// The sandbox's PATCH engine: any JSON message applies or is refused with a 4xx ScimFault, in
// lenient and strict mode, to a user and to a group.
#include "sandbox/patchengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QJsonObject user {
        {QStringLiteral("id"), QStringLiteral("u1")},
        {QStringLiteral("userName"), QStringLiteral("bob@example.com")},
        {QStringLiteral("active"), true},
        {QStringLiteral("emails"),
         QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("work")},
                                  {QStringLiteral("value"), QStringLiteral("bob@example.com")}}}}};
    static const QJsonObject group {
        {QStringLiteral("id"), QStringLiteral("g1")},
        {QStringLiteral("displayName"), QStringLiteral("Pilot")},
        {QStringLiteral("members"),
         QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("u1")}}}}};
    const QJsonObject message
        = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))).object();
    for (const bool strict : {false, true}) {
        for (const auto &[kind, resource] : {std::pair {sandbox::ResourceKind::User, user},
                                             std::pair {sandbox::ResourceKind::Group, group}}) {
            try {
                sandbox::PatchEngine(kind, strict).apply(resource, message);
            } catch (const sandbox::ScimFault &fault) {
                if (fault.status < 400 || fault.status >= 500)
                    std::abort();
            }
        }
    }
    return 0;
}
