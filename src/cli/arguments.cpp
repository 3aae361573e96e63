#include "arguments.h"

#include "exitcode.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &arguments, const QCommandLineOption &help,
                                  Output &output)
{
    const bool parsed = parser.parse(QStringList {command} + arguments);
    // Whether or not the command knows a --token option, the answer is where a token goes.
    if (parser.unknownOptionNames().contains(QStringLiteral("token"))
        || parser.optionNames().contains(QStringLiteral("token"))) {
        output.err(
            QCoreApplication::translate(
                "cli", "A token never goes on the command line: use SCIM_CONSOLE_TOKEN or --token-stdin.")
            + QLatin1Char('\n'));
        return Usage;
    }
    if (!parsed) {
        output.err(parser.errorText() + QLatin1Char('\n'));
        return Usage;
    }
    if (parser.isSet(help)) {
        output.out(parser.helpText());
        return Passed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        output.err(QCoreApplication::translate("cli", "Unexpected argument: %1\n")
                       .arg(parser.positionalArguments().constFirst()));
        return Usage;
    }
    return std::nullopt;
}

} // namespace cli
