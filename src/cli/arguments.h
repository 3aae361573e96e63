#pragma once

#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace cli {

class Output;

/// Parses a command's arguments. Returns the exit code when the command must stop here — 0 after
/// showing --help, 2 after naming what is wrong — or nullopt to go on. @p usage is what follows
/// "Usage: scim-console" in the help (default: the command and "[options]"); @p positionals is
/// how many positional arguments the command takes.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &arguments, const QCommandLineOption &help,
                                  Output &output, const QString &usage = {}, int positionals = 0);

/// The help text of @p parser with its usage line naming the command, not the executable's path.
QString helpText(const QCommandLineParser &parser, const QString &usage);

} // namespace cli
