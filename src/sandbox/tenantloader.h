#pragma once

#include "tenant.h"

#include <QString>

#include <memory>

namespace sandbox {

/// openTenant()'s answer: a running tenant, or why there is none.
struct OpenedTenant
{
    std::unique_ptr<Tenant> tenant; ///< null when the plug-in is missing or cannot listen
    /// Qt's reason the plug-in did not load (it names the file); empty when it loaded.
    QString pluginError;
};

/// Starts the embedded tenant in the sandbox plug-in, loaded now and only now: the commands that
/// never serve (and the wizard's first page) do not load Qt HttpServer, WebSockets or a TLS
/// backend. The plug-in is looked for beside the executable (the build tree) and in its installed
/// directory relative to the executable (packaging/CMakeLists.txt), so a moved installation still
/// finds it.
OpenedTenant openTenant(const TenantSetup &setup = {});

} // namespace sandbox
