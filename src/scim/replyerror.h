#pragma once

#include "response.h"

#include <QNetworkReply>

namespace scim {

/// Sets @p response's error (and proxyProblem) from how Qt's reply ended. An HTTP error status
/// (404, 500, …) is an answer, not a failure to get one: it sets nothing.
void applyNetworkError(Response &response, QNetworkReply::NetworkError error);

} // namespace scim
