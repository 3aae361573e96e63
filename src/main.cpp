// scim-console: the setup wizard without a command, the command line front end with one. This
// executable holds only what the wizard's first page needs; the rest is the core plug-in
// (src/coreplugin.cpp), loaded at once for a command and after the first paint for the wizard.
#include "common/display.h"
#include "common/environmentsecrets.h"
#include "common/hardening.h"
#include "common/translations.h"
#include "common/version.h"
#include "shell/core.h"
#include "shell/coreloader.h"
#include "shell/launch.h"
#include "shell/pngicon.h"
#include "shell/wizardlauncher.h"

#include <QApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

// The command-line contract's exit code for "the environment is not usable" (cli/exitcode.h).
constexpr int EnvironmentExit = 3;

void describe(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("scim-console"));
    QCoreApplication::setApplicationName(QStringLiteral("scim-console"));
    QCoreApplication::setApplicationVersion(common::applicationVersion());
    common::installTranslations(app);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything else, Qt included: the secrets leave the environment's memory.
    common::takeSecretsFromEnvironment();
    common::hardenProcess();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const app::Launch launch = app::classify(arguments);

    if (launch.front == app::Launch::Front::CommandLine) {
        if (launch.writesPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = launch.writesPdf
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
        describe(*app);
        QString problem;
        app::Core *core = app::loadCore(&problem);
        if (!core) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return EnvironmentExit;
        }
        core->adoptEnvironmentSecrets(common::takenEnvironmentSecrets());
        return core->runCommandLine(*app);
    }

    // The wizard takes no secret from the environment: none stays in memory for it.
    common::discardEnvironmentSecrets();
    if (!common::hasDisplay()) {
        QCoreApplication app(argc, argv);
        describe(app);
        std::fputs(qPrintable(app::noDisplayMessage()), stderr);
        return EnvironmentExit;
    }
    QApplication app(argc, argv);
    describe(app);
    QGuiApplication::setDesktopFileName(QStringLiteral(SCIM_APP_ID));
    // The window icon from PNG sizes in the executable (src/CMakeLists.txt), each read when the
    // window system first asks for it.
    QApplication::setWindowIcon(
        app::pngIcon(QStringLiteral(":/appicon/%1x%1/apps/" SCIM_APP_ID ".png"), {16, 32, 48, 64, 128, 256}));
    return app::runWizard(app, launch.demo);
}
