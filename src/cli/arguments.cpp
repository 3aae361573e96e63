#include "arguments.h"

#include "exitcode.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cli {

QString helpText(const QCommandLineParser &parser, const QString &usage)
{
    QString text = parser.helpText();
    // Qt's first line is "Usage: /full/path/to/scim-console [options]".
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString line
        //: %1 is the program name (scim-console), %2 the command and its arguments
        = QCoreApplication::translate("cli", "Usage: %1 %2").arg(QCoreApplication::applicationName(), usage);
    return end < 0 ? QString(line + QLatin1Char('\n')) : QString(line + text.mid(end));
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &arguments, const QCommandLineOption &help,
                                  Output &output, const QString &usage, int positionals)
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
    const QString usageLine = usage.isEmpty() ? command + QStringLiteral(" [options]") : usage;
    if (parsed && parser.isSet(help)) {
        output.out(helpText(parser, usageLine));
        return Passed;
    }
    if (!parsed) {
        output.err(parser.errorText() + QLatin1Char('\n'));
        return Usage;
    }
    if (parser.positionalArguments().size() > positionals) {
        //: %1 is the extra command-line argument that was given
        output.err(QCoreApplication::translate("cli", "Unexpected argument: %1\n")
                       .arg(parser.positionalArguments().at(positionals)));
        return Usage;
    }
    if (parser.positionalArguments().size() < positionals) {
        //: %1 is the program name (scim-console), %2 the command's usage line, %3 the command's name
        output.err(QCoreApplication::translate("cli", "Usage: %1 %2\nRun “%1 %3 --help” for the options.\n")
                       .arg(QCoreApplication::applicationName(), usageLine, command));
        return Usage;
    }
    return std::nullopt;
}

} // namespace cli
