#include "wizardlauncher.h"

#include "setupwizard.h"

#include <QApplication>

namespace app {

int runWizard(QApplication &application, bool demo)
{
    SetupWizard wizard(demo);
    wizard.show();
    return application.exec();
}

} // namespace app
