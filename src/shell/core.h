#pragma once

#include "common/environmentsecrets.h"
#include "wizardcontroller.h"

#include <QtPlugin>

#include <memory>

class QCoreApplication;
class QWizard;

namespace app {

/// The console's core: the command line, the engine, the keychain and every wizard page but the
/// first. A plug-in (src/coreplugin.cpp) the executable loads after the start page is painted, or
/// at once for a command, so the first paint waits for neither Qt Network nor QtKeychain.
class Core
{
public:
    virtual ~Core() = default;

    /// Moves the secrets the executable took from its environment into the core's keeping
    /// (wiped in @p taken).
    virtual void adoptEnvironmentSecrets(common::TakenSecrets &taken) = 0;
    /// Runs the command line front end inside @p app's event loop; returns the exit code.
    virtual int runCommandLine(QCoreApplication &app) = 0;
    /// The logic behind @p wizard, whose start page is @p start; with @p demo it starts the
    /// embedded sandbox first. Null, with @p error saying why, when it cannot.
    virtual std::unique_ptr<WizardController> attachWizard(QWizard &wizard, StartPageControl &start,
                                                           bool demo, QString *error)
        = 0;
};

} // namespace app

#define SCIM_CONSOLE_CORE_IID "io.github.scim_console.Core/1"
Q_DECLARE_INTERFACE(app::Core, SCIM_CONSOLE_CORE_IID)
