#include "groupcommand.h"

#include "arguments.h"
#include "common/idp.h"
#include "credentials/profile.h"
#include "exitcode.h"
#include "output.h"
#include "runoptions.h"
#include "runprinter.h"
#include "target.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

namespace cli {

QString GroupCommand::name() const
{
    return m_kind == engine::GroupRun::Kind::Preview ? QStringLiteral("group-preview")
                                                     : QStringLiteral("group-confirm");
}

QString GroupCommand::summary() const
{
    return m_kind == engine::GroupRun::Kind::Preview
        ? tr("predict the IdP's first sync for the pilot group in a CSV file (read-only)")
        : tr("after the IdP's first cycle, check each person of the CSV file arrived (read-only)");
}

QCoro::Task<int> GroupCommand::run(QStringList arguments, Output &output)
{
    const bool preview = m_kind == engine::GroupRun::Kind::Preview;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        preview
            ? tr("For each person in the file: would the IdP create a new account, link to an existing one, "
                 "or collide with one that differs in case, email or externalId? Sends the IdP's own "
                 "matching request and never writes.")
            : tr(
                "For each person in the file: did the account arrive, is it active, are its attributes as in "
                "the file, is it in the group — and who is in the group but not in the file. Never writes."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption users(QStringLiteral("users"),
                                   //: %1 is the maximum number of people in the CSV file
                                   tr("The pilot group as CSV: a header row with userName (Entra ID and Okta "
                                      "user exports work too), at most %1 people.")
                                       .arg(engine::GroupCsv::MaxRows),
                                   tr("FILE.csv"));
    const QCommandLineOption idp(
        QStringLiteral("idp"), tr("Whose matching request to send: entra or okta (default: the profile's)."),
        tr("IDP"));
    const QCommandLineOption sso(
        QStringLiteral("sso-attribute"),
        tr("What SSO signs people in with: email or userName (default: the profile's)."), tr("ATTRIBUTE"));
    const QCommandLineOption groupId(QStringLiteral("group-id"), tr("The pilot group's id."), tr("ID"));
    const QCommandLineOption groupName(QStringLiteral("group-name"), tr("The pilot group's name."),
                                       tr("NAME"));
    const TargetOptions target;
    const RunOptions runOptions;
    parser.addOptions({help, users, idp, sso, groupId, groupName});
    target.addTo(parser);
    runOptions.addTo(parser);
    if (const auto stop = parseArguments(parser, name(), arguments, help, output))
        co_return *stop;
    if (!parser.isSet(users)) {
        output.err(tr("--users FILE.csv is required: the people of the pilot group.\n"));
        co_return Usage;
    }
    const QString idpValue = parser.value(idp).toLower();
    if (parser.isSet(idp) && !common::idpFromName(idpValue)) {
        //: %1 is the value given to --idp
        output.err(tr("--idp is entra or okta, not “%1”.\n").arg(parser.value(idp)));
        co_return Usage;
    }
    const QString ssoValue = parser.value(sso);
    if (parser.isSet(sso) && ssoValue != QLatin1String("email") && ssoValue != QLatin1String("userName")) {
        //: %1 is the value given to --sso-attribute
        output.err(tr("--sso-attribute is email or userName, not “%1”.\n").arg(ssoValue));
        co_return Usage;
    }
    if (parser.isSet(groupId) && parser.isSet(groupName)) {
        output.err(tr("Give either --group-id or --group-name, not both.\n"));
        co_return Usage;
    }
    const auto run = runOptions.read(parser, output);
    if (!run)
        co_return Usage;
    // Every problem in the file before anything is sent.
    const engine::GroupCsv csv = engine::GroupCsv::read(parser.value(users));
    if (!csv.isValid()) {
        //: %1 is the path of the CSV file
        output.err(tr("%1 cannot be used:\n").arg(parser.value(users)));
        for (const engine::CsvProblem &problem : csv.problems)
            output.err(QStringLiteral("  %1\n").arg(problem.toString()));
        output.err(tr("Nothing was sent.\n"));
        co_return Usage;
    }

    int exitCode = Passed;
    auto resolved
        = co_await target.resolve(parser, output, std::chrono::milliseconds(run->timeoutMs), &exitCode);
    if (!resolved)
        co_return exitCode;
    const auto &profile = resolved->profile;
    engine::GroupOptions options;
    options.idp = common::idpFromName(parser.isSet(idp) ? idpValue
                                          : profile     ? profile->idp
                                                        : QString())
                      .value_or(common::Idp::Entra);
    options.ssoAttribute = parser.isSet(sso) ? ssoValue : profile ? profile->ssoAttribute : QString();
    const bool groupGiven = parser.isSet(groupId) || parser.isSet(groupName);
    options.groupId = groupGiven ? parser.value(groupId) : profile ? profile->groupId : QString();
    options.groupName = groupGiven ? parser.value(groupName) : profile ? profile->groupName : QString();
    options.members = csv.members;
    if (!preview && options.groupId.isEmpty() && options.groupName.isEmpty()) {
        output.err(tr("Which group? Give --group-name or --group-id (or store one in the profile).\n"));
        co_return Usage;
    }

    QNetworkAccessManager network;
    engine::GroupRun groupRun(&network, std::move(resolved->connection), m_kind, options);
    RunPrinter printer(output);
    const engine::RunResult result = co_await runAttended(groupRun, printer);
    rememberOutcome(*resolved, result);
    if (!printer.finish(result, run->json, run->report))
        co_return Usage;
    co_return exitCodeFor(result);
}

} // namespace cli
