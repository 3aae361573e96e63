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
    if (!parser.parse(QStringList {command} + arguments)) {
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
