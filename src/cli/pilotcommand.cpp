#include "pilotcommand.h"

#include "arguments.h"
#include "common/idp.h"
#include "common/signalwatcher.h"
#include "credentials/profile.h"
#include "engine/mapping/mapping.h"
#include "engine/pilot/cleanupjournal.h"
#include "engine/pilot/pilotrun.h"
#include "exitcode.h"
#include "output.h"
#include "runoptions.h"
#include "runprinter.h"
#include "target.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace cli {

QString PilotCommand::summary() const
{
    return tr("replay a synthetic user's life as Entra ID or Okta sends it, then clean up");
}

QCoro::Task<int> PilotCommand::run(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a synthetic pilot user, changes it, adds it to and removes it from the "
           "group, deactivates and deletes it — with exactly the requests your identity "
           "provider sends — and removes everything it created, whatever happens."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    QString dialects;
    for (const engine::DialectId id : engine::PilotDialect::all())
        dialects += QStringLiteral("\n  %1: %2")
                        .arg(engine::PilotDialect::name(id), engine::PilotDialect::create(id)->summary());
    const QCommandLineOption dialect(QStringLiteral("dialect"),
                                     //: %1 is a list of dialect names, each with a summary on its own line
                                     tr("How the IdP talks (default: the profile's IdP):%1").arg(dialects),
                                     tr("DIALECT"));
    const QCommandLineOption groupId(QStringLiteral("group-id"),
                                     tr("Test membership with the group with this id."), tr("ID"));
    const QCommandLineOption groupName(QStringLiteral("group-name"),
                                       tr("Test membership with the group with this name."), tr("NAME"));
    const QCommandLineOption domain(
        QStringLiteral("user-domain"),
        tr("Domain of the synthetic userNames (default: the contact's, else example.com)."), tr("DOMAIN"));
    const QCommandLineOption count(QStringLiteral("count"), tr("How many synthetic users (1–50)."), tr("N"),
                                   QStringLiteral("1"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("How many at once, like an IdP's burst (1–16)."), tr("N"),
                                         QStringLiteral("1"));
    const QCommandLineOption mappings(
        QStringLiteral("mappings"),
        tr("Pilot with this attribute mapping: an Entra ID synchronization schema "
           "or a mapping file (default: the profile's, else the IdP's default; see "
           "“scim-console mappings”)."),
        tr("FILE"));
    const QCommandLineOption keep(QStringLiteral("keep-deactivated"),
                                  tr("Leave the pilot users deactivated instead of deleting them."));
    const TargetOptions target;
    const RunOptions runOptions;
    parser.addOptions({help, dialect, groupId, groupName, domain, count, concurrency, mappings, keep});
    target.addTo(parser);
    runOptions.addTo(parser);
    if (const auto stop = parseArguments(parser, name(), arguments, help, output))
        co_return *stop;
    const auto run = runOptions.read(parser, output);
    if (!run)
        co_return Usage;
    if (parser.isSet(dialect) && !engine::PilotDialect::fromName(parser.value(dialect))) {
        //: %1 is a comma-separated list of dialect names, %2 the value given to --dialect
        output.err(tr("--dialect is one of %1, not “%2”.\n")
                       .arg(engine::PilotDialect::names().join(QLatin1String(", ")), parser.value(dialect)));
        co_return Usage;
    }
    if (parser.isSet(groupId) && parser.isSet(groupName)) {
        output.err(tr("Give either --group-id or --group-name, not both.\n"));
        co_return Usage;
    }
    const auto number = [&](const QCommandLineOption &option, int maximum, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (ok && *value >= 1 && *value <= maximum)
            return true;
        //: %1 is an option name, %2 its maximum, %3 the value given
        output.err(tr("--%1 is a whole number from 1 to %2, not “%3”.\n")
                       .arg(option.names().constFirst())
                       .arg(maximum)
                       .arg(parser.value(option)));
        return false;
    };
    engine::PilotOptions options;
    if (!number(count, 50, &options.count) || !number(concurrency, 16, &options.concurrency))
        co_return Usage;
    static const QRegularExpression domainShape(QStringLiteral(
        R"(^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (parser.isSet(domain) && !domainShape.match(parser.value(domain)).hasMatch()) {
        output.err(
            //: %1 is the value given to --user-domain
            tr("--user-domain needs a domain such as example.com, not “%1”.\n").arg(parser.value(domain)));
        co_return Usage;
    }

    engine::MappingError mappingError;
    if (parser.isSet(mappings)) {
        options.mapping = engine::MappingFile::load(parser.value(mappings), &mappingError);
        if (!options.mapping) {
            //: %1 is why the mapping file cannot be used
            output.err(tr("--mappings: %1. Nothing was sent.\n").arg(mappingError.toString()));
            co_return Usage;
        }
    }

    int exitCode = Passed;
    auto resolved
        = co_await target.resolve(parser, output, std::chrono::milliseconds(run->timeoutMs), &exitCode);
    if (!resolved)
        co_return exitCode;
    const QString endpoint = resolved->connection.endpoint.toString();
    if (engine::CleanupJournal::load(endpoint)) {
        //: %1 is the SCIM endpoint URL
        output.err(tr("A previous pilot run against %1 did not finish its cleanup. Run “scim-console "
                      "cleanup” with the same target first; nothing was sent.\n")
                       .arg(endpoint));
        co_return Usage;
    }

    const auto &profile = resolved->profile;
    const common::Idp profileIdp
        = profile ? common::idpFromName(profile->idp).value_or(common::Idp::Entra) : common::Idp::Entra;
    options.dialect = parser.isSet(dialect) ? *engine::PilotDialect::fromName(parser.value(dialect))
                                            : engine::PilotDialect::forIdp(profileIdp)->id();
    const bool groupGiven = parser.isSet(groupId) || parser.isSet(groupName);
    options.groupId = groupGiven ? parser.value(groupId) : profile ? profile->groupId : QString();
    options.groupName = groupGiven ? parser.value(groupName) : profile ? profile->groupName : QString();
    const QString contactDomain = profile ? profile->contactEmail.section(QLatin1Char('@'), 1) : QString();
    options.userDomain = parser.isSet(domain) ? parser.value(domain)
        : !contactDomain.isEmpty()            ? contactDomain
                                              : QStringLiteral("example.com");
    options.keepDeactivated = parser.isSet(keep);
    if (!options.mapping && profile) {
        options.mapping = engine::MappingFile::saved(profile->id, &mappingError);
        if (!mappingError.message.isEmpty()) {
            //: %1 is why the saved mapping cannot be used, %2 the profile's name
            output.err(tr("The profile's attribute mapping cannot be used: %1. Run “scim-console mappings "
                          "--profile %2 --reset”, or import it again; nothing was sent.\n")
                           .arg(mappingError.toString(), profile->name));
            co_return Usage;
        }
    }
    if (options.mapping && options.mapping->idp != engine::PilotDialect::create(options.dialect)->idp()) {
        //: %1 is the identity provider the mapping is for, %2 the one the pilot imitates, e.g. Okta
        output.err(tr("The attribute mapping is %1's, but the pilot plays %2; give a matching --dialect.\n")
                       .arg(common::idpDisplayName(options.mapping->idp),
                            common::idpDisplayName(engine::PilotDialect::create(options.dialect)->idp())));
        co_return Usage;
    }

    QNetworkAccessManager network;
    engine::PilotRun pilot(&network, std::move(resolved->connection), options);
    RunPrinter printer(output);
    const engine::RunResult result = co_await runAttended(pilot, printer);
    rememberOutcome(*resolved, result);
    if (!printer.finish(result, run->json, run->report))
        co_return Usage;
    if (result.cleanup && !result.cleanup->leftovers.isEmpty())
        //: %1 is a comma-separated list of test users and group memberships still on the service
        output.err(tr("Left behind: %1. Run “scim-console cleanup” with the same target to try again.\n")
                       .arg(result.cleanup->leftovers.join(QLatin1String(", "))));
    co_return exitCodeFor(result);
}

} // namespace cli
