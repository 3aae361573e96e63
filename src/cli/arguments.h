#pragma once

#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace cli {

class Output;

/// Parses a command's arguments (no positional ones). Returns the exit code when the command
/// must stop here — 0 after showing --help, 2 after naming what is wrong — or nullopt to go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &arguments, const QCommandLineOption &help,
                                  Output &output);

} // namespace cli
