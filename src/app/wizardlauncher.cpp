#include "wizardlauncher.h"

#include "credentials/profile.h"
#include "sandbox/sandboxserver.h"
#include "setupwizard.h"
#include "wizardmodel.h"

#include <QApplication>
#include <QMessageBox>

namespace app {

int runWizard(QApplication &application, bool demo)
{
    WizardModel model;
    credentials::ProfileStore store;
    sandbox::SandboxServer sandbox;
    if (demo) {
        if (!sandbox.start()) {
            QMessageBox::critical(
                nullptr, QApplication::translate("app", "SCIM Setup Console"),
                QApplication::translate("app", "The demo sandbox could not listen on 127.0.0.1."));
            return 3;
        }
        model.demo = true;
        model.demoEndpoint = sandbox.endpoint();
        model.demoToken = sandbox.token();
    }
    SetupWizard wizard(model, store);
    wizard.show();
    return application.exec();
}

} // namespace app
