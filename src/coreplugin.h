#pragma once

#include "shell/core.h"

#include <QObject>

/// The core plug-in: the command line, the engine, the keychain and the wizard's pages, behind
/// app::Core. The executable (src/main.cpp) loads it; nothing of the static libraries it links is
/// exported (src/CMakeLists.txt).
class CorePlugin
    : public QObject
    , public app::Core
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SCIM_CONSOLE_CORE_IID)
    Q_INTERFACES(app::Core)

public:
    void adoptEnvironmentSecrets(common::TakenSecrets &taken) override;
    int runCommandLine(QCoreApplication &app) override;
    std::unique_ptr<app::WizardController> attachWizard(QWizard &wizard, app::StartPageControl &start,
                                                        bool demo, QString *error) override;
};
