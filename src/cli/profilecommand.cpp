#include "profilecommand.h"

#include "arguments.h"
#include "credentials/profile.h"
#include "credentials/profilemanager.h"
#include "credentials/token.h"
#include "credentials/vaultresult.h"
#include "engine/run/outcome.h"
#include "engine/run/target.h"
#include "exitcode.h"
#include "output.h"
#include "profileoptions.h"
#include "request/setuprequest.h"
#include "request/vendor.h"
#include "scim/authentication.h"
#include "scim/endpointurl.h"
#include "secretinput.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cli {

namespace {

QString runText(const credentials::LastRun &run)
{
    if (!run.at.isValid())
        return QStringLiteral("-");
    //: how a profile's last run ended ("Passed", "Failed", …), then when, in the reader's format
    return ProfileCommand::tr("%1 (%2)").arg(
        engine::OutcomeLook::text(engine::RunResult::outcomeNamed(run.outcome)),
        QLocale().toString(run.at.toLocalTime(), QLocale::ShortFormat));
}

QJsonValue runJson(const credentials::LastRun &run)
{
    if (!run.at.isValid())
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("at"), run.at.toString(Qt::ISODate)},
                        {QStringLiteral("outcome"), run.outcome}};
}

} // namespace

QString ProfileCommand::summary() const
{
    return tr("add, list, rename, re-token or remove stored profiles");
}

QCoro::Task<int> ProfileCommand::run(QStringList arguments, Output &output)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("add"))
        co_return co_await add(rest, output);
    if (sub == QLatin1String("edit"))
        co_return co_await edit(rest, output);
    if (sub == QLatin1String("list"))
        co_return list(rest, output);
    if (sub == QLatin1String("rename"))
        co_return rename(rest, output);
    if (sub == QLatin1String("set-token"))
        co_return co_await setToken(rest, output);
    if (sub == QLatin1String("remove"))
        co_return co_await remove(rest, output);
    const QString usage = tr("Usage:\n"
                             "  scim-console profile add NAME --endpoint URL [options]   (token on stdin)\n"
                             "  scim-console profile edit NAME [--endpoint URL] [options]\n"
                             "  scim-console profile list [--json]\n"
                             "  scim-console profile rename OLD NEW\n"
                             "  scim-console profile set-token NAME   (token on stdin)\n"
                             "  scim-console profile remove NAME\n"
                             "Run “scim-console profile add --help” (or edit, list, …) for the options.\n");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        output.out(usage);
        co_return Passed;
    }
    //: %1 is the unknown sub-command given
    output.err((sub.isEmpty() ? QString() : tr("Unknown profile command “%1”.\n").arg(sub)) + usage);
    co_return Usage;
}

bool ProfileCommand::readModeSecret(const QString &mode, Output &output, common::Secret &secret)
{
    // The mode's environment variable when set (scripts), else standard input.
    secret = AuthOptions::secretFor(mode, false, output);
    if (secret.isEmpty())
        secret = AuthOptions::secretFor(mode, true, output);
    QString notice;
    const auto problem
        = engine::Targets::cleanSecret(scim::parseAuthMode(mode.isEmpty() ? QStringLiteral("bearer") : mode)
                                           .value_or(scim::AuthMode::Bearer),
                                       secret, &notice);
    if (problem) {
        output.err(problem->message + QLatin1Char('\n'));
        return false;
    }
    if (!notice.isEmpty())
        output.err(notice + QLatin1Char('\n'));
    return true;
}

namespace {

/// A profile's authentication as `profile list --json` shows it (never a secret).
QJsonObject authJson(const credentials::ProfileAuth &auth)
{
    QJsonObject json {{QStringLiteral("mode"), auth.mode.isEmpty() ? QStringLiteral("bearer") : auth.mode}};
    for (const auto &[name, value] :
         {std::pair {"username", &auth.username}, std::pair {"tokenEndpoint", &auth.tokenEndpoint},
          std::pair {"clientId", &auth.clientId}, std::pair {"scope", &auth.scope},
          std::pair {"clientAuthentication", &auth.clientAuth}}) {
        if (!value->isEmpty())
            json.insert(QLatin1String(name), *value);
    }
    return json;
}

/// "Saved profile … for …; the … is in your system keychain.", one whole sentence per secret.
QString savedWithSecret(const credentials::Profile &profile)
{
    switch (AuthOptions::secretKind(profile.auth.mode)) {
    case AuthOptions::SecretKind::Password:
        //: %1 is the profile's name, %2 the SCIM endpoint URL
        return ProfileCommand::tr("Saved profile “%1” for %2; the password is in your system keychain.\n")
            .arg(profile.name, profile.endpoint);
    case AuthOptions::SecretKind::ClientSecret:
        //: %1 is the profile's name, %2 the SCIM endpoint URL
        return ProfileCommand::tr(
                   "Saved profile “%1” for %2; the client secret is in your system keychain.\n")
            .arg(profile.name, profile.endpoint);
    case AuthOptions::SecretKind::Token:
        break;
    }
    //: %1 is the profile's name, %2 the SCIM endpoint URL
    return ProfileCommand::tr("Saved profile “%1” for %2; the secret token is in your system keychain.\n")
        .arg(profile.name, profile.endpoint);
}

/// "Saved … and its new …", one whole sentence per secret.
QString savedNewSecret(const credentials::Profile &profile)
{
    switch (AuthOptions::secretKind(profile.auth.mode)) {
    case AuthOptions::SecretKind::Password:
        //: %1 is the profile's name
        return ProfileCommand::tr("Saved “%1” and its new password.\n").arg(profile.name);
    case AuthOptions::SecretKind::ClientSecret:
        //: %1 is the profile's name
        return ProfileCommand::tr("Saved “%1” and its new client secret.\n").arg(profile.name);
    case AuthOptions::SecretKind::Token:
        break;
    }
    //: %1 is the profile's name
    return ProfileCommand::tr("Saved “%1” and its new secret token.\n").arg(profile.name);
}

} // namespace

QCoro::Task<int> ProfileCommand::add(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Stores a new profile: the endpoint and its details in the settings, "
                                        "the token — read from standard input — in the system keychain."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    const ProfileOptions fields;
    fields.addTo(parser);
    parser.addPositionalArgument(tr("NAME"), tr("The profile's name, e.g. Production."));
    if (const auto stop = parseArguments(parser, QStringLiteral("profile add"), arguments, help, output,
                                         tr("profile add NAME --endpoint URL [options]"), 1))
        co_return *stop;

    credentials::ProfileStore store;
    credentials::Profile profile;
    profile.name = parser.positionalArguments().constFirst().trimmed();
    const QString nameProblem = store.checkName(profile.name);
    if (!nameProblem.isEmpty()) {
        output.err(nameProblem + QLatin1Char('\n'));
        co_return Usage;
    }
    if (!fields.apply(parser, profile, true, output))
        co_return Usage;

    common::Secret secret;
    if (!readModeSecret(profile.auth.mode, output, secret))
        co_return Usage;
    const credentials::JwtClaims claims = credentials::JwtClaims::decode(secret.view());
    credentials::ProfileManager manager(store);
    const auto added = co_await manager.add(profile, std::move(secret));
    if (!added.ok()) {
        output.err(added.vault.explanation() + QLatin1Char('\n'));
        co_return added.vault.state == credentials::VaultResult::State::TooLarge ? Usage : Environment;
    }
    output.out(savedWithSecret(profile));
    if (claims.expiresAt)
        //: %1 is the token's expiry date and time; "token" is the SCIM secret
        output.out(tr("The token says it expires on %1.\n")
                       .arg(QLocale().toString(claims.expiresAt->toLocalTime(), QLocale::LongFormat)));
    co_return Passed;
}

QCoro::Task<int> ProfileCommand::edit(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Changes a stored profile's details; only the options given change. The secret stays in the "
           "keychain (profile set-token replaces it); a new --auth mode reads its own secret from its "
           "variable or standard input."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    const ProfileOptions fields;
    fields.addTo(parser);
    if (const auto stop = parseArguments(parser, QStringLiteral("profile edit"), arguments, help, output,
                                         tr("profile edit NAME [options]"), 1))
        co_return *stop;
    credentials::ProfileStore store;
    auto profile = store.find(parser.positionalArguments().constFirst());
    if (!profile) {
        //: %1 is the profile name given
        output.err(tr("There is no profile named “%1”.\n").arg(parser.positionalArguments().constFirst()));
        co_return Usage;
    }
    if (!fields.anySet(parser)) {
        output.err(tr("Nothing to change: give at least one of --endpoint, --idp, --group-id, --group-name, "
                      "--ca-file, --sso-attribute.\n"));
        co_return Usage;
    }
    const QString modeBefore = profile->auth.mode;
    if (!fields.apply(parser, *profile, false, output))
        co_return Usage;
    if (profile->auth.mode == modeBefore) {
        store.save(*profile);
        //: %1 is the profile's name
        output.out(tr("Saved “%1”.\n").arg(profile->name));
        co_return Passed;
    }
    // Another mode needs its own secret: the old one must never be sent in the new way.
    common::Secret secret;
    if (!readModeSecret(profile->auth.mode, output, secret))
        co_return Usage;
    credentials::ProfileManager manager(store);
    const auto stored = co_await manager.setToken(*profile, std::move(secret));
    if (!stored.ok()) {
        output.err(stored.vault.explanation() + QLatin1Char('\n'));
        co_return stored.vault.state == credentials::VaultResult::State::TooLarge ? Usage : Environment;
    }
    output.out(savedNewSecret(*profile));
    co_return Passed;
}

int ProfileCommand::list(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the stored profiles; never a token."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the list as JSON."));
    parser.addOptions({help, json});
    if (const auto stop = parseArguments(parser, QStringLiteral("profile list"), arguments, help, output,
                                         tr("profile list [--json]")))
        return *stop;
    const QList<credentials::Profile> profiles = credentials::ProfileStore().profiles();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto &p : profiles) {
            array.append(QJsonObject {{QStringLiteral("name"), p.name},
                                      {QStringLiteral("idp"), p.idp},
                                      {QStringLiteral("endpoint"), p.endpoint},
                                      {QStringLiteral("groupId"), p.groupId},
                                      {QStringLiteral("groupName"), p.groupName},
                                      {QStringLiteral("caFile"), p.caFile},
                                      {QStringLiteral("auth"), authJson(p.auth)},
                                      {QStringLiteral("tokenStored"), p.tokenStored},
                                      {QStringLiteral("lastVerify"), runJson(p.lastVerify)},
                                      {QStringLiteral("lastPilot"), runJson(p.lastPilot)}});
        }
        output.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Passed;
    }
    if (profiles.isEmpty()) {
        output.out(tr("No profiles yet. Add one with: scim-console profile add NAME --endpoint URL\n"));
        return Passed;
    }
    for (const auto &p : profiles) {
        output.out(
            //: %1 is the profile's name, %2 entra or okta, %3 the endpoint URL, %4 yes or no, %5/%6 last runs
            tr("%1\n  identity provider: %2\n  endpoint: %3\n  token stored: %4\n  last verify: %5\n  last "
               "pilot: %6\n")
                .arg(p.name, p.idp, p.endpoint, p.tokenStored ? tr("yes") : tr("no"), runText(p.lastVerify),
                     runText(p.lastPilot)));
    }
    return Passed;
}

int ProfileCommand::rename(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renames a profile; its token stays where it is."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (const auto stop = parseArguments(parser, QStringLiteral("profile rename"), arguments, help, output,
                                         tr("profile rename OLD NEW"), 2))
        return *stop;
    QString error;
    if (!credentials::ProfileStore().rename(parser.positionalArguments().at(0),
                                            parser.positionalArguments().at(1), &error)) {
        output.err(error + QLatin1Char('\n'));
        return Usage;
    }
    //: %1 is the old profile name, %2 the new one
    output.out(tr("Renamed “%1” to “%2”.\n")
                   .arg(parser.positionalArguments().at(0), parser.positionalArguments().at(1).trimmed()));
    return Passed;
}

QCoro::Task<int> ProfileCommand::setToken(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Replaces a profile's token with one read from standard input."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (const auto stop = parseArguments(parser, QStringLiteral("profile set-token"), arguments, help, output,
                                         tr("profile set-token NAME"), 1))
        co_return *stop;
    credentials::ProfileStore store;
    auto profile = store.find(parser.positionalArguments().constFirst());
    if (!profile) {
        //: %1 is the profile name given
        output.err(tr("There is no profile named “%1”.\n").arg(parser.positionalArguments().constFirst()));
        co_return Usage;
    }
    common::Secret secret;
    if (!readModeSecret(profile->auth.mode, output, secret))
        co_return Usage;
    credentials::ProfileManager manager(store);
    const auto stored = co_await manager.setToken(*profile, std::move(secret));
    if (!stored.ok()) {
        output.err(stored.vault.explanation() + QLatin1Char('\n'));
        co_return stored.vault.state == credentials::VaultResult::State::TooLarge ? Usage : Environment;
    }
    const QString idp = request::idpDisplayName(profile->idp);
    //: %1 is the profile's name, %2 the identity provider, e.g. Okta; "token" is the SCIM secret
    output.out(tr("Stored the new token for “%1”.\nNow paste the same token into %2 (the old one stops "
                  "working), then "
                  "check it with: scim-console verify --profile \"%1\"\n")
                   .arg(profile->name, idp));
    co_return Passed;
}

QCoro::Task<int> ProfileCommand::remove(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Removes a profile: its token from the keychain first, then its details and its run history."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (const auto stop = parseArguments(parser, QStringLiteral("profile remove"), arguments, help, output,
                                         tr("profile remove NAME"), 1))
        co_return *stop;
    credentials::ProfileStore store;
    const auto profile = store.find(parser.positionalArguments().constFirst());
    if (!profile) {
        //: %1 is the profile name given
        output.err(tr("There is no profile named “%1”.\n").arg(parser.positionalArguments().constFirst()));
        co_return Usage;
    }
    // The keychain entry first: a profile is never removed while its secret would stay behind.
    credentials::ProfileManager manager(store);
    const auto removed = co_await manager.remove(*profile);
    if (!removed.ok()) {
        output.err(tr("The profile was kept because its token could not be removed from the keychain.\n")
                   + removed.vault.explanation() + QLatin1Char('\n'));
        co_return Environment;
    }
    //: %1 is the profile's name; "token" is its stored SCIM secret
    output.out(tr("Removed profile “%1” and its token.\n").arg(profile->name));
    co_return Passed;
}

} // namespace cli
