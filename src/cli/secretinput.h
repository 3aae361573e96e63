#pragma once

#include "common/secret.h"

#include <QString>

namespace cli {

class Output;

/// Reads a secret from standard input: on a terminal after @p prompt with echo off, otherwise
/// everything piped in. Never from argv.
common::Secret readSecret(const QString &prompt, Output &output);

/// Reads one line from standard input after @p prompt (echoed); false at end of input.
bool readLine(const QString &prompt, Output &output, QString *line);

bool stdinIsTerminal();

} // namespace cli
