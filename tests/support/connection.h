#pragma once

// A connection for tests that talk to a server they started themselves (the sandbox, a test
// server): its endpoint and token, as the engine's target would make it.
#include "common/secret.h"
#include "scim/connection.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace testsupport {

inline scim::Connection connectionTo(const QString &endpoint, const QByteArray &token,
                                     std::chrono::milliseconds timeout = std::chrono::seconds(30))
{
    scim::Connection connection;
    connection.endpoint = scim::EndpointUrl::parse(endpoint);
    connection.auth.secret = common::Secret(token);
    connection.timeout = timeout;
    return connection;
}

} // namespace testsupport
