#pragma once

#include <QLoggingCategory>

namespace scim {
Q_DECLARE_LOGGING_CATEGORY(lcScim)
}
