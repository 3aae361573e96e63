#include "replyerror.h"

namespace scim {

void applyNetworkError(Response &response, QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        response.error = ErrorKind::Refused;
        break;
    case QNetworkReply::HostNotFoundError:
        response.error = ErrorKind::Dns;
        break;
    case QNetworkReply::TimeoutError:
        response.error = ErrorKind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        response.error = ErrorKind::Tls;
        break;
    case QNetworkReply::OperationCanceledError:
        response.error = ErrorKind::Cancelled;
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
        response.error = ErrorKind::Refused;
        response.proxyProblem = true;
        break;
    case QNetworkReply::ProxyNotFoundError:
        response.error = ErrorKind::Dns;
        response.proxyProblem = true;
        break;
    case QNetworkReply::ProxyTimeoutError:
        response.error = ErrorKind::Timeout;
        response.proxyProblem = true;
        break;
    case QNetworkReply::ProxyConnectionClosedError:
        response.error = ErrorKind::Dropped;
        response.proxyProblem = true;
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        response.proxyProblem = true;
        if (response.status == 0)
            response.status = 407;
        break;
    default:
        // An HTTP error status (404, 500, …) is an answer, not a failure to get one.
        if (response.status == 0)
            response.error = ErrorKind::Dropped;
        break;
    }
}

} // namespace scim
