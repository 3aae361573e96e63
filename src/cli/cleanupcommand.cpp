#include "cleanupcommand.h"

#include "arguments.h"
#include "engine/pilot/cleanupjournal.h"
#include "engine/pilot/cleanuprun.h"
#include "exitcode.h"
#include "output.h"
#include "runoptions.h"
#include "runprinter.h"
#include "target.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

namespace cli {

QString CleanupCommand::summary() const
{
    return tr("finish the cleanup of a pilot run that was interrupted");
}

QCoro::Task<int> CleanupCommand::run(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Removes what an interrupted pilot run created, from its journal: the memberships "
           "it added and the users — only those carrying that run's marker."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption keep(QStringLiteral("keep-deactivated"),
                                  tr("Leave the pilot users deactivated instead of deleting them."));
    const TargetOptions target;
    const RunOptions runOptions;
    parser.addOptions({help, keep});
    target.addTo(parser);
    runOptions.addTo(parser);
    if (const auto stop = parseArguments(parser, name(), arguments, help, output))
        co_return *stop;
    const auto run = runOptions.read(parser, output);
    if (!run)
        co_return Usage;
    int exitCode = Passed;
    auto resolved
        = co_await target.resolve(parser, output, std::chrono::milliseconds(run->timeoutMs), &exitCode);
    if (!resolved)
        co_return exitCode;
    const QString endpoint = resolved->connection.endpoint.toString();
    QString error;
    auto journal = engine::CleanupJournal::load(endpoint, &error);
    if (!error.isEmpty()) {
        output.err(error + QLatin1Char('\n'));
        co_return Environment;
    }
    if (!journal) {
        //: %1 is the SCIM endpoint URL
        output.out(tr("Nothing to clean up for %1.\n").arg(endpoint));
        co_return Passed;
    }
    QNetworkAccessManager network;
    engine::CleanupRun cleanup(&network, std::move(resolved->connection), std::move(*journal),
                               parser.isSet(keep));
    const engine::RunResult result = co_await cleanup.run();
    RunPrinter printer(output);
    rememberOutcome(*resolved, result);
    if (!printer.finish(result, run->json, run->report))
        co_return Usage;
    co_return exitCodeFor(result);
}

} // namespace cli
