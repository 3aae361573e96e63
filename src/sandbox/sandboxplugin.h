#pragma once

#include "tenant.h"

#include <QObject>

namespace sandbox {

/// The sandbox plug-in (scim-console-sandbox): SandboxServer behind the Tenant interface, so the
/// executable loads Qt HttpServer only when it serves (tenantloader.h).
class SandboxPlugin
    : public QObject
    , public TenantFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SCIM_TENANT_FACTORY_IID)
    Q_INTERFACES(sandbox::TenantFactory)

public:
    std::unique_ptr<Tenant> start(const TenantSetup &setup) override;
};

} // namespace sandbox
