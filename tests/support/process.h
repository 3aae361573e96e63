#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace testsupport {

/// What a finished child process left behind.
struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

/// The scim-console executable under test (SCIM_CONSOLE_EXE, set by ctest).
QString consoleExecutable();

/// The test's inherited environment, the starting point for a child's.
QProcessEnvironment baseEnvironment();

/// Runs @p program to completion, feeding @p input on stdin; waits with QSignalSpy, not sleeps.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment = baseEnvironment(),
                         const QByteArray &input = {}, int timeoutMs = 60000);

/// Runs scim-console with @p arguments.
ProcessResult runConsole(const QStringList &arguments,
                         const QProcessEnvironment &environment = baseEnvironment(),
                         const QByteArray &input = {});

} // namespace testsupport
