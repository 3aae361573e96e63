#pragma once

#include "authentication.h"
#include "endpointurl.h"

#include <QList>
#include <QSslCertificate>

#include <chrono>

namespace scim {

/// Everything a client needs to reach a SCIM service: where (the endpoint), how it gets in (the
/// authentication mode and its one secret), what else it trusts (a profile's CA certificates) and how long an
/// answer may take. Move-only, as it holds the secret: made once — from a profile or from the command line —
/// and handed by move to the run, which hands it to its client.
struct Connection
{
    EndpointUrl endpoint;
    Authentication auth;
    QList<QSslCertificate> caCertificates;
    std::chrono::milliseconds timeout {std::chrono::seconds(30)};
};

} // namespace scim
