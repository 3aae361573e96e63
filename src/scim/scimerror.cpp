#include "scimerror.h"

#include <QJsonArray>

namespace scim {

std::optional<ScimError> ScimError::fromJson(const QJsonObject &body)
{
    ScimError error;
    error.hasErrorSchema
        = body.value(QLatin1String("schemas")).toArray().contains(QLatin1String(ErrorSchema));
    const QJsonValue status = body.value(QLatin1String("status"));
    if (status.isString()) {
        bool ok = false;
        error.status = status.toString().trimmed().toInt(&ok);
        if (!ok)
            error.status = 0;
        error.statusWasString = true;
    } else if (status.isDouble()) {
        error.status = status.toInt();
    }
    if (!error.hasErrorSchema && error.status == 0)
        return std::nullopt;
    error.scimType = body.value(QLatin1String("scimType")).toString();
    error.detail = body.value(QLatin1String("detail")).toString();
    return error;
}

} // namespace scim
