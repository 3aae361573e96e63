#include "cli.h"

#include "cleanupcommand.h"
#include "command.h"
#include "common/version.h"
#include "democommand.h"
#include "exitcode.h"
#include "groupcommand.h"
#include "mappingscommand.h"
#include "output.h"
#include "pilotcommand.h"
#include "profilecommand.h"
#include "requestcommand.h"
#include "sandboxcommand.h"
#include "verifycommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <memory>
#include <vector>

namespace cli {

namespace {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<CleanupCommand>());
    commands.push_back(std::make_unique<GroupCommand>(engine::GroupRun::Kind::Confirm));
    commands.push_back(std::make_unique<GroupCommand>(engine::GroupRun::Kind::Preview));
    commands.push_back(std::make_unique<MappingsCommand>());
    commands.push_back(std::make_unique<PilotCommand>());
    commands.push_back(std::make_unique<ProfileCommand>());
    commands.push_back(std::make_unique<RequestCommand>());
    commands.push_back(std::make_unique<SandboxCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    return commands;
}

QString topLevelHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    //: %1 is the program name (scim-console); keep the option and word COMMAND as they are
    QString text = QCoreApplication::translate("cli",
                                               "Usage: %1 [--demo] | COMMAND [options]\n\n"
                                               "Without a command, opens the setup wizard.\n\n")
                       .arg(QCoreApplication::applicationName());
    text += QCoreApplication::translate("cli", "Options:\n");
    text += QCoreApplication::translate("cli",
                                        "  --demo       open the wizard against the embedded sandbox\n");
    text += QCoreApplication::translate("cli", "  --help       show this help\n");
    text += QCoreApplication::translate("cli", "  --version    show the version\n");
    if (!commands.empty()) {
        text += QCoreApplication::translate("cli", "\nCommands:\n");
        for (const auto &command : commands)
            text += QStringLiteral("  %1%2\n").arg(command->name(), -14).arg(command->summary());
        //: %1 is the program name (scim-console); keep COMMAND and --help as they are
        text += QCoreApplication::translate("cli", "\nRun '%1 COMMAND --help' for a command's options.\n")
                    .arg(QCoreApplication::applicationName());
    }
    return text;
}

QCoro::Task<> drive(Command &command, QStringList arguments, Output &output)
{
    const int code = co_await command.run(std::move(arguments), output);
    QCoreApplication::exit(code);
}

} // namespace

int run(QCoreApplication &app)
{
    Output output;
    const auto commands = makeCommands();
    const QStringList arguments = app.arguments();
    const QString first = arguments.value(1);

    if (first.startsWith(QLatin1Char('-'))) {
        QCommandLineParser parser;
        const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
        const QCommandLineOption version(QStringList {QStringLiteral("v"), QStringLiteral("version")});
        parser.addOption(help);
        parser.addOption(version);
        if (!parser.parse(arguments)) {
            //: %1 is the command-line parser's error message, %2 the program name (scim-console)
            output.err(QCoreApplication::translate("cli", "%1\nRun '%2 --help' for usage.\n")
                           .arg(parser.errorText(), QCoreApplication::applicationName()));
            return Usage;
        }
        if (!parser.positionalArguments().isEmpty()) {
            //: %1 is the options given before the command
            output.err(QCoreApplication::translate("cli", "Options must follow the command: %1\n")
                           .arg(parser.positionalArguments().join(QLatin1Char(' '))));
            return Usage;
        }
        if (parser.isSet(version)) {
            output.out(QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                     common::applicationVersion()));
            return Passed;
        }
        output.out(topLevelHelp(commands));
        return Passed;
    }

    for (const auto &command : commands) {
        if (command->name() != first)
            continue;
        QTimer::singleShot(0, &app,
                           [&command, &arguments, &output] { drive(*command, arguments.mid(2), output); });
        return app.exec();
    }
    //: %1 is the unknown command name that was given, %2 the program name (scim-console)
    output.err(QCoreApplication::translate(
                   "cli", "Unknown command '%1'. Run '%2 --help' for the list of commands.\n")
                   .arg(first, QCoreApplication::applicationName()));
    return Usage;
}

} // namespace cli
