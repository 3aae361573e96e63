#include "process.h"

#include <QProcess>
#include <QSignalSpy>

namespace testsupport {

QString consoleExecutable()
{
    return qEnvironmentVariable("SCIM_CONSOLE_EXE");
}

QProcessEnvironment baseEnvironment()
{
    return QProcessEnvironment::systemEnvironment();
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    ProcessResult result;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        finished.wait(5000);
        result.err = "process timed out";
        return result;
    }
    result.exitCode = process.exitCode();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runConsole(const QStringList &arguments, const QProcessEnvironment &environment,
                         const QByteArray &input)
{
    return runProcess(consoleExecutable(), arguments, environment, input);
}

} // namespace testsupport
