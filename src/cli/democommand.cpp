#include "democommand.h"

#include "arguments.h"
#include "common/signalwatcher.h"
#include "engine/pilot/pilotrun.h"
#include "engine/run/target.h"
#include "engine/verify/verifyrun.h"
#include "exitcode.h"
#include "output.h"
#include "runprinter.h"
#include "sandbox/tenantloader.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

namespace cli {

QString DemoCommand::summary() const
{
    return tr("try everything against the embedded sandbox tenant, without a window");
}

QCoro::Task<int> DemoCommand::run(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the JSON result to standard output."));
    parser.addOptions({help, json});
    parser.setApplicationDescription(
        tr("Starts the embedded sandbox SCIM tenant on this computer and runs the console's "
           "checks against it. Nothing is sent anywhere and nothing is stored."));
    if (const auto stop = parseArguments(parser, name(), arguments, help, output))
        co_return *stop;

    const sandbox::OpenedTenant opened = sandbox::openTenant();
    if (!opened.tenant) {
        output.err(opened.pluginError.isEmpty() ? tr("The sandbox could not listen on 127.0.0.1.\n")
                                                : opened.pluginError + QLatin1Char('\n'));
        co_return Environment;
    }
    const sandbox::Tenant &sandbox = *opened.tenant;
    if (!parser.isSet(json))
        //: %1 is the sandbox's local SCIM endpoint URL
        output.out(tr("Demo: the embedded sandbox tenant is running at %1 with the group “SCIM Pilot”.\n"
                      "This is what `scim-console verify` shows for a healthy SCIM endpoint.\n\n")
                       .arg(sandbox.endpoint()));

    const auto connect = [&sandbox] {
        return std::move(engine::Targets::fromParts(sandbox.endpoint(), common::Secret(sandbox.token()), {})
                             .target->connection);
    };
    engine::VerifyOptions options;
    options.endpointAsGiven = sandbox.endpoint();
    options.groupId = sandbox.seededGroupId();
    QNetworkAccessManager network;
    engine::VerifyRun verify(&network, connect(), options);
    RunPrinter printer(output);
    const engine::RunResult verified = co_await runAttended(verify, printer);
    if (parser.isSet(json))
        printer.json(verified);
    else
        printer.table(verified);
    if (verified.outcome != engine::RunResult::Outcome::Passed)
        co_return exitCodeFor(verified);

    if (!parser.isSet(json))
        output.out(tr(
            "\nNow the pilot: one synthetic user's whole life, sent exactly as Microsoft Entra ID sends it, "
            "then cleaned up.\n\n"));
    engine::PilotOptions pilotOptions;
    pilotOptions.dialect = engine::DialectId::Entra;
    pilotOptions.groupId = sandbox.seededGroupId();
    pilotOptions.groupName = QStringLiteral("SCIM Pilot");
    engine::PilotRun pilot(&network, connect(), pilotOptions);
    const engine::RunResult piloted = co_await runAttended(pilot, printer);
    if (parser.isSet(json)) {
        printer.json(piloted);
    } else {
        printer.table(piloted);
        output.out(tr("\nTry it against your own endpoint: scim-console verify --endpoint URL --token-stdin\n"
                      "Or open the wizard on a desktop: scim-console --demo\n"));
    }
    co_return exitCodeFor(piloted);
}

} // namespace cli
