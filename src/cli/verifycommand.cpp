#include "verifycommand.h"

#include "arguments.h"
#include "common/idp.h"
#include "common/signalwatcher.h"
#include "credentials/profile.h"
#include "engine/verify/verifyrun.h"
#include "exitcode.h"
#include "output.h"
#include "runoptions.h"
#include "runprinter.h"
#include "target.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

namespace cli {

QString VerifyCommand::summary() const
{
    return tr("check the endpoint URL and token before touching the identity provider");
}

QCoro::Task<int> VerifyCommand::run(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks that the endpoint is reachable over sound TLS, that the token works and a "
           "wrong one is refused, that discovery and your group are right, and that Entra ID's "
           "and Okta's own test connections will pass."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption idp(
        QStringLiteral("idp"), tr("The identity provider you will connect: entra, okta or both."), tr("IDP"));
    const QCommandLineOption groupId(QStringLiteral("group-id"), tr("Check the group with this id."),
                                     tr("ID"));
    const QCommandLineOption groupName(QStringLiteral("group-name"), tr("Check the group with this name."),
                                       tr("NAME"));
    const QCommandLineOption load(
        QStringLiteral("load"),
        tr("Also measure throughput: read-only lookups at a rising rate up to 30 per second for at most "
           "10 seconds (at most 225 requests), stopping at the first 429 or burst of errors. Never writes."));
    const TargetOptions target;
    const RunOptions runOptions;
    parser.addOptions({help, idp, groupId, groupName, load});
    target.addTo(parser);
    runOptions.addTo(parser);
    if (const auto stop = parseArguments(parser, name(), arguments, help, output))
        co_return *stop;
    const QString idpValue = parser.value(idp).toLower();
    if (parser.isSet(idp) && !common::idpFromName(idpValue) && idpValue != QLatin1String("both")) {
        //: %1 is the value given to --idp
        output.err(tr("--idp is entra, okta or both, not “%1”.\n").arg(parser.value(idp)));
        co_return Usage;
    }
    if (parser.isSet(groupId) && parser.isSet(groupName)) {
        output.err(tr("Give either --group-id or --group-name, not both.\n"));
        co_return Usage;
    }
    const auto run = runOptions.read(parser, output);
    if (!run)
        co_return Usage;

    int exitCode = Passed;
    auto resolved
        = co_await target.resolve(parser, output, std::chrono::milliseconds(run->timeoutMs), &exitCode);
    if (!resolved)
        co_return exitCode;

    engine::VerifyOptions options;
    options.endpointAsGiven = target.endpointAsGiven(parser, *resolved);
    const std::optional<credentials::Profile> &profile = resolved->profile;
    options.idp = common::idpFromName(parser.isSet(idp) ? idpValue : profile ? profile->idp : QString());
    const bool groupGiven = parser.isSet(groupId) || parser.isSet(groupName);
    options.groupId = groupGiven ? parser.value(groupId) : profile ? profile->groupId : QString();
    options.groupName = groupGiven ? parser.value(groupName) : profile ? profile->groupName : QString();
    options.load = parser.isSet(load);

    QNetworkAccessManager network;
    engine::VerifyRun verify(&network, std::move(resolved->connection), options);
    RunPrinter printer(output);
    const engine::RunResult result = co_await runAttended(verify, printer);
    if (!printer.finish(result, run->json, run->report))
        co_return Usage;
    rememberOutcome(*resolved, result);
    co_return exitCodeFor(result);
}

} // namespace cli
