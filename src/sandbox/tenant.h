#pragma once

#include "faults.h"
#include "serverconfig.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QtPlugin>

#include <functional>
#include <memory>
#include <optional>

namespace sandbox {

/// Everything a SandboxServer is set up with before it starts, as the front ends hand it to the
/// sandbox plug-in.
struct TenantSetup
{
    ServerConfig config {};
    Faults faults {};
    bool rejectionsNameNoAttribute = false; ///< `sandbox --reject-quietly`
    struct Tls
    {
        QSslCertificate certificate;
        QSslKey key;
        TlsOffer offer {};
    };
    std::optional<Tls> tls {}; ///< https with these; http without
    quint16 port = 0; ///< 0 picks a free one
};

/// A running embedded tenant (a SandboxServer in the sandbox plug-in), as the front ends use it.
/// It listens until destroyed.
class Tenant
{
public:
    virtual ~Tenant() = default;

    virtual QString endpoint() const = 0; ///< e.g. http://127.0.0.1:PORT/scim/v2
    virtual AuthMode authMode() const = 0;
    virtual QByteArray token() const = 0; ///< bearer and header modes
    virtual QString username() const = 0; ///< basic mode
    virtual QByteArray password() const = 0; ///< basic mode
    virtual QString tokenEndpoint() const = 0; ///< client-credentials mode
    virtual QString clientId() const = 0; ///< client-credentials mode
    virtual QByteArray clientSecret() const = 0; ///< client-credentials mode
    virtual QString seededGroupId() const = 0;
    /// Called after every request, answered or not (SandboxServer::requestHandled()).
    virtual void setRequestObserver(std::function<void(const ReceivedRequest &)> observer) = 0;
};

/// The sandbox plug-in's root object implements this (openTenant() loads it).
class TenantFactory
{
public:
    virtual ~TenantFactory() = default;
    /// A tenant listening on 127.0.0.1 as @p setup says; null when it cannot listen.
    virtual std::unique_ptr<Tenant> start(const TenantSetup &setup) = 0;
};

} // namespace sandbox

#define SCIM_TENANT_FACTORY_IID "io.github.scim_console.TenantFactory/1"
Q_DECLARE_INTERFACE(sandbox::TenantFactory, SCIM_TENANT_FACTORY_IID)
