#include "coreplugin.h"

#include "app/wizardflow.h"
#include "app/wizardmodel.h"
#include "cli/cli.h"
#include "credentials/profile.h"
#include "sandbox/tenantloader.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

namespace {

/// The SCIM endpoint is often behind a corporate proxy; use what the system says.
void useSystemProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

/// What the wizard's flow works with, owned for it in the executable.
struct WizardParts
{
    app::WizardModel model;
    credentials::ProfileStore store;
    sandbox::OpenedTenant demoTenant; ///< released first: the model names its endpoint
};

} // namespace

void CorePlugin::adoptEnvironmentSecrets(common::TakenSecrets &taken)
{
    common::adoptEnvironmentSecrets(taken);
}

int CorePlugin::runCommandLine(QCoreApplication &app)
{
    useSystemProxy();
    return cli::run(app);
}

std::unique_ptr<app::WizardController> CorePlugin::attachWizard(QWizard &wizard, app::StartPageControl &start,
                                                                bool demo, QString *error)
{
    useSystemProxy();
    auto parts = std::make_shared<WizardParts>();
    // The sandbox plug-in, and with it Qt HttpServer and a TLS backend, only for the demo.
    if (demo) {
        parts->demoTenant = sandbox::openTenant();
        if (!parts->demoTenant.tenant) {
            *error = parts->demoTenant.pluginError.isEmpty()
                ? QCoreApplication::translate("app", "The demo sandbox could not listen on 127.0.0.1.")
                : parts->demoTenant.pluginError;
            return nullptr;
        }
        parts->model.demo = true;
        parts->model.demoEndpoint = parts->demoTenant.tenant->endpoint();
        parts->model.demoToken = parts->demoTenant.tenant->token();
    }
    app::WizardModel &model = parts->model;
    credentials::ProfileStore &store = parts->store;
    return std::make_unique<app::WizardFlow>(wizard, start, model, store, std::move(parts));
}
