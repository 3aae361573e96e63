#pragma once

#include <QString>

namespace common {

inline QString applicationVersion()
{
    return QStringLiteral(SCIM_CONSOLE_VERSION);
}

} // namespace common
