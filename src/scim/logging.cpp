#include "logging.h"

namespace scim {
Q_LOGGING_CATEGORY(lcScim, "scim.client", QtWarningMsg)
}
