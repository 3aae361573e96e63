#pragma once

// Helpers shared by GroupRun's files (grouprun.cpp, grouppreview.cpp, groupconfirm.cpp).
#include "engine/group/grouprun.h"

#include <QJsonObject>

namespace engine::groupdetail {

inline QString describeAccount(const QJsonObject &account)
{
    return QStringLiteral("%1 (%2)").arg(account.value(QLatin1String("userName")).toString(),
                                         account.value(QLatin1String("id")).toString());
}

} // namespace engine::groupdetail
