// scim-console: the setup wizard without a command, the command line front end with one.
#include "app/pngicon.h"
#include "app/wizardlauncher.h"
#include "cli/cli.h"
#include "cli/exitcode.h"
#include "common/display.h"
#include "common/environmentsecrets.h"
#include "common/hardening.h"
#include "common/translations.h"
#include "common/version.h"

#include <QApplication>
#include <QGuiApplication>
#include <QNetworkProxyFactory>

#include <cstdio>
#include <memory>

namespace {

void describe(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("scim-console"));
    QCoreApplication::setApplicationName(QStringLiteral("scim-console"));
    QCoreApplication::setApplicationVersion(common::applicationVersion());
    // The SCIM endpoint is often behind a corporate proxy; use what the system says.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
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
    const cli::Launch launch = cli::classify(arguments);

    if (launch.front == cli::Launch::Front::CommandLine) {
        if (launch.writesPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = launch.writesPdf
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
        describe(*app);
        return cli::run(*app);
    }

    if (!common::hasDisplay()) {
        QCoreApplication app(argc, argv);
        describe(app);
        std::fputs(qPrintable(cli::noDisplayMessage()), stderr);
        return cli::Environment;
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
