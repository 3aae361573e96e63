#include "profilecommand.h"

#include "credentials/profile.h"
#include "credentials/token.h"
#include "credentials/tokenvault.h"
#include "engine/profilemanager.h"
#include "exitcode.h"
#include "output.h"
#include "request/setuprequest.h"
#include "request/vendor.h"
#include "scim/endpointurl.h"
#include "scim/scimclient.h"
#include "secretinput.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

/// Parses @p arguments (after the sub-command) with @p parser; false after reporting a usage error.
bool parseInto(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
               int positionals, Output &output)
{
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}));
    if (!parser.parse(QStringList {command} + arguments)) {
        output.err(parser.errorText() + QLatin1Char('\n'));
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        output.err(QCoreApplication::translate("cli::ProfileCommand", "Usage: %1\n").arg(command));
        return false;
    }
    return true;
}

QString runText(const credentials::LastRun &run)
{
    return run.at.isValid() ? QStringLiteral("%1 (%2)").arg(run.outcome, run.at.toString(Qt::ISODate))
                            : QStringLiteral("-");
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
    if (sub == QLatin1String("list"))
        co_return list(rest, output);
    if (sub == QLatin1String("rename"))
        co_return rename(rest, output);
    if (sub == QLatin1String("set-token"))
        co_return co_await setToken(rest, output);
    if (sub == QLatin1String("remove"))
        co_return co_await remove(rest, output);
    const QString usage
        = tr("Usage:\n"
             "  scim-console profile add NAME --endpoint URL [--idp entra|okta] [--group-id ID | "
             "--group-name NAME]\n"
             "                           [--ca-file PEM] [--sso-attribute email|userName] "
             "[--accept-host]   (token on stdin)\n"
             "  scim-console profile list [--json]\n"
             "  scim-console profile rename OLD NEW\n"
             "  scim-console profile set-token NAME   (token on stdin)\n"
             "  scim-console profile remove NAME\n");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        output.out(usage);
        co_return Passed;
    }
    output.err((sub.isEmpty() ? QString() : tr("Unknown profile command “%1”.\n").arg(sub)) + usage);
    co_return Usage;
}

QCoro::Task<int> ProfileCommand::add(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), {}, QStringLiteral("URL"));
    const QCommandLineOption idp(QStringLiteral("idp"), {}, QStringLiteral("IDP"), QStringLiteral("entra"));
    const QCommandLineOption groupId(QStringLiteral("group-id"), {}, QStringLiteral("ID"));
    const QCommandLineOption groupName(QStringLiteral("group-name"), {}, QStringLiteral("NAME"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), {}, QStringLiteral("PEM"));
    const QCommandLineOption sso(QStringLiteral("sso-attribute"), {}, QStringLiteral("ATTRIBUTE"));
    const QCommandLineOption acceptHost(QStringLiteral("accept-host"));
    parser.addOptions({endpoint, idp, groupId, groupName, caFile, sso, acceptHost});
    if (!parseInto(parser, QStringLiteral("profile add NAME --endpoint URL"), arguments, 1, output))
        co_return Usage;

    credentials::ProfileStore store;
    credentials::Profile profile;
    profile.name = parser.positionalArguments().constFirst().trimmed();
    const QString nameProblem = store.checkName(profile.name);
    if (!nameProblem.isEmpty()) {
        output.err(nameProblem + QLatin1Char('\n'));
        co_return Usage;
    }
    if (!parser.isSet(endpoint)) {
        output.err(tr("--endpoint URL is required: the SCIM endpoint URL you received.\n"));
        co_return Usage;
    }
    const scim::EndpointUrl url = scim::EndpointUrl::parse(parser.value(endpoint));
    if (!url.isValid()) {
        output.err(url.message() + QLatin1Char('\n'));
        co_return Usage;
    }
    const request::Vendor &vendor = request::Vendor::defaultVendor();
    if (!url.isLoopback() && !vendor.isExpectedHost(url.url().host()) && !parser.isSet(acceptHost)) {
        output.err(
            tr("%1 is not one of %2's usual hosts (%3). Check the URL against the message you received; "
               "if it is right, add --accept-host.\n")
                .arg(url.url().host(), vendor.name, vendor.expectedEndpointHosts.join(QLatin1String(", "))));
        co_return Usage;
    }
    profile.endpoint = url.toString();
    profile.idp = parser.value(idp).toLower();
    if (profile.idp != QLatin1String("entra") && profile.idp != QLatin1String("okta")) {
        output.err(tr("--idp is entra or okta, not “%1”.\n").arg(parser.value(idp)));
        co_return Usage;
    }
    if (parser.isSet(groupId) && parser.isSet(groupName)) {
        output.err(tr("Give either --group-id or --group-name, not both.\n"));
        co_return Usage;
    }
    profile.groupId = parser.value(groupId).trimmed();
    profile.groupName = parser.value(groupName).trimmed();
    profile.ssoAttribute = parser.value(sso);
    if (!profile.ssoAttribute.isEmpty() && profile.ssoAttribute != QLatin1String("email")
        && profile.ssoAttribute != QLatin1String("userName")) {
        output.err(tr("--sso-attribute is email or userName, not “%1”.\n").arg(profile.ssoAttribute));
        co_return Usage;
    }
    if (parser.isSet(caFile)) {
        QString error;
        if (!scim::ScimClient::loadCaFile(parser.value(caFile), &error)) {
            output.err(error + QLatin1Char('\n'));
            co_return Usage;
        }
        profile.caFile = QFileInfo(parser.value(caFile)).absoluteFilePath();
    }

    const credentials::CleanToken token
        = credentials::CleanToken::fromPaste(readSecret(tr("Secret token: "), output));
    if (!token.isValid()) {
        output.err(token.error + QLatin1Char('\n'));
        co_return Usage;
    }
    engine::ProfileManager manager(store);
    const auto added = co_await manager.add(profile, token.token);
    if (!added.ok()) {
        output.err(added.vault.explanation() + QLatin1Char('\n'));
        co_return added.vault.state == credentials::VaultResult::State::TooLarge ? Usage : Environment;
    }
    output.out(tr("Saved profile “%1” for %2; the token is in your system keychain.\n")
                   .arg(profile.name, profile.endpoint));
    const credentials::JwtClaims claims = credentials::JwtClaims::decode(token.token);
    if (claims.expiresAt)
        output.out(tr("The token says it expires on %1.\n").arg(claims.expiresAt->toString(Qt::ISODate)));
    co_return Passed;
}

int ProfileCommand::list(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parseInto(parser, QStringLiteral("profile list [--json]"), arguments, 0, output))
        return Usage;
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
    if (!parseInto(parser, QStringLiteral("profile rename OLD NEW"), arguments, 2, output))
        return Usage;
    QString error;
    if (!credentials::ProfileStore().rename(parser.positionalArguments().at(0),
                                            parser.positionalArguments().at(1), &error)) {
        output.err(error + QLatin1Char('\n'));
        return Usage;
    }
    output.out(tr("Renamed “%1” to “%2”.\n")
                   .arg(parser.positionalArguments().at(0), parser.positionalArguments().at(1).trimmed()));
    return Passed;
}

QCoro::Task<int> ProfileCommand::setToken(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    if (!parseInto(parser, QStringLiteral("profile set-token NAME"), arguments, 1, output))
        co_return Usage;
    credentials::ProfileStore store;
    auto profile = store.find(parser.positionalArguments().constFirst());
    if (!profile) {
        output.err(tr("There is no profile named “%1”.\n").arg(parser.positionalArguments().constFirst()));
        co_return Usage;
    }
    const credentials::CleanToken token
        = credentials::CleanToken::fromPaste(readSecret(tr("New secret token: "), output));
    if (!token.isValid()) {
        output.err(token.error + QLatin1Char('\n'));
        co_return Usage;
    }
    engine::ProfileManager manager(store);
    const auto stored = co_await manager.setToken(*profile, token.token);
    if (!stored.ok()) {
        output.err(stored.vault.explanation() + QLatin1Char('\n'));
        co_return stored.vault.state == credentials::VaultResult::State::TooLarge ? Usage : Environment;
    }
    const QString idp = request::idpDisplayName(profile->idp);
    output.out(tr("Stored the new token for “%1”.\nNow paste the same token into %2 (the old one stops "
                  "working), then "
                  "check it with: scim-console verify --profile \"%1\"\n")
                   .arg(profile->name, idp));
    co_return Passed;
}

QCoro::Task<int> ProfileCommand::remove(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    if (!parseInto(parser, QStringLiteral("profile remove NAME"), arguments, 1, output))
        co_return Usage;
    credentials::ProfileStore store;
    const auto profile = store.find(parser.positionalArguments().constFirst());
    if (!profile) {
        output.err(tr("There is no profile named “%1”.\n").arg(parser.positionalArguments().constFirst()));
        co_return Usage;
    }
    // The keychain entry first: a profile is never removed while its secret would stay behind.
    engine::ProfileManager manager(store);
    const auto removed = co_await manager.remove(*profile);
    if (!removed.ok()) {
        output.err(tr("The profile was kept because its token could not be removed from the keychain.\n")
                   + removed.vault.explanation() + QLatin1Char('\n'));
        co_return Environment;
    }
    output.out(tr("Removed profile “%1” and its token.\n").arg(profile->name));
    co_return Passed;
}

} // namespace cli
