#include "mappingscommand.h"

#include "arguments.h"
#include "common/idp.h"
#include "credentials/profile.h"
#include "engine/mapping/mapping.h"
#include "engine/mapping/userbody.h"
#include "exitcode.h"
#include "output.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

QString typeName(engine::MappingRow::Type type)
{
    switch (type) {
    case engine::MappingRow::Type::Direct:
        return QStringLiteral("direct");
    case engine::MappingRow::Type::Constant:
        return QStringLiteral("constant");
    case engine::MappingRow::Type::Expression:
        return QStringLiteral("expression");
    }
    return {};
}

QJsonObject rowJson(const engine::MappingRow &row, const engine::UserBody &values)
{
    QJsonObject object {{QStringLiteral("source"), row.source},
                        {QStringLiteral("target"), row.target},
                        {QStringLiteral("type"), typeName(row.type)},
                        {QStringLiteral("apply"),
                         row.apply == engine::MappingRow::Apply::CreateOnly ? QStringLiteral("create-only")
                                                                            : QStringLiteral("always")},
                        {QStringLiteral("matchingPrecedence"), row.matchingPrecedence},
                        {QStringLiteral("enabled"), row.enabled},
                        {QStringLiteral("reference"), row.reference}};
    if (const engine::SentValue *sent = values.find(row.target); sent && !row.reference) {
        object.insert(QStringLiteral("value"), sent->value);
        if (sent->sample)
            object.insert(QStringLiteral("sample"), true);
    }
    return object;
}

} // namespace

QString MappingsCommand::summary() const
{
    return tr("show the attribute mapping a pilot replays (default, a profile's, or an imported one)");
}

QCoro::Task<int> MappingsCommand::run(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the attribute mapping the pilot sends, row by row, with the value its synthetic "
           "person sends for each. Nothing is sent to any service."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption idp(QStringLiteral("idp"),
                                 tr("entra or okta (default: the profile's IdP, else entra)."), tr("IDP"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("The profile whose mapping to show."),
                                     tr("NAME"));
    const QCommandLineOption import(
        QStringLiteral("import"),
        tr("An Entra ID synchronization schema (Graph: GET /beta/servicePrincipals/"
           "{id}/synchronization/jobs/{jobId}/schema) or a mapping file."),
        tr("FILE"));
    const QCommandLineOption enable(QStringLiteral("enable"), tr("Switch this row on (Okta). Repeatable."),
                                    tr("TARGET"));
    const QCommandLineOption disable(QStringLiteral("disable"), tr("Switch this row off (Okta). Repeatable."),
                                     tr("TARGET"));
    const QCommandLineOption unique(QStringLiteral("unique-identifier"),
                                    tr("The attribute Okta finds users by (default: userName)."),
                                    tr("TARGET"));
    const QCommandLineOption save(QStringLiteral("save"), tr("Remember the result for --profile's pilots."));
    const QCommandLineOption reset(QStringLiteral("reset"),
                                   tr("Forget --profile's mapping: back to the default."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the mapping as JSON."));
    parser.addOptions({help, idp, profile, import, enable, disable, unique, save, reset, json});
    if (const auto stop = parseArguments(parser, name(), arguments, help, output))
        co_return *stop;

    std::optional<credentials::Profile> found;
    if (parser.isSet(profile)) {
        found = credentials::ProfileStore().find(parser.value(profile));
        if (!found) {
            //: %1 is the profile name given
            output.err(tr("No profile is named “%1”; see “scim-console profile list”.\n")
                           .arg(parser.value(profile)));
            co_return Usage;
        }
    } else if (parser.isSet(save) || parser.isSet(reset)) {
        //: %1 is the option name, save or reset
        output.err(tr("--%1 needs --profile: the mapping is remembered for a profile.\n")
                       .arg(parser.isSet(save) ? QStringLiteral("save") : QStringLiteral("reset")));
        co_return Usage;
    }
    std::optional<common::Idp> chosen = found ? common::idpFromName(found->idp) : std::nullopt;
    if (parser.isSet(idp)) {
        chosen = common::idpFromName(parser.value(idp));
        if (!chosen) {
            //: %1 is the value given to --idp
            output.err(tr("--idp is entra or okta, not “%1”.\n").arg(parser.value(idp)));
            co_return Usage;
        }
    }
    if (found && parser.isSet(reset))
        engine::MappingFile::forget(found->id);
    engine::MappingError error;
    std::optional<engine::AttributeMapping> mapping = parser.isSet(import)
        ? engine::MappingFile::load(parser.value(import), &error)
        : engine::MappingFile::effective(found ? found->id : QString(), chosen.value_or(common::Idp::Entra),
                                         &error);
    if (!mapping) {
        //: %1 is why the mapping file cannot be used
        output.err(tr("The mapping cannot be used: %1. Nothing was changed.\n").arg(error.toString()));
        co_return Usage;
    }
    for (const QString &target : parser.values(enable) + parser.values(disable) + parser.values(unique)) {
        const bool on = !parser.values(disable).contains(target);
        if (!(parser.values(unique).contains(target) ? mapping->setUniqueIdentifier(target)
                                                     : mapping->setEnabled(target, on))) {
            //: %1 is the SCIM target attribute given, e.g. emails[type eq "work"].value
            output.err(tr("The mapping has no row for “%1”; see “scim-console mappings”.\n").arg(target));
            co_return Usage;
        }
    }
    if (found && parser.isSet(save)) {
        QString saveError;
        if (!engine::MappingFile::save(found->id, *mapping, &saveError)) {
            output.err(saveError + QLatin1Char('\n'));
            co_return Usage;
        }
    }
    print(*mapping, parser.isSet(json), output);
    co_return Passed;
}

void MappingsCommand::print(const engine::AttributeMapping &mapping, bool json, Output &output) const
{
    const engine::UserBody values = engine::UserBody::preview(mapping);
    if (json) {
        QJsonArray user;
        for (const engine::MappingRow &row : mapping.user)
            user.append(rowJson(row, values));
        QJsonArray group;
        for (const engine::MappingRow &row : mapping.group)
            group.append(rowJson(row, engine::UserBody()));
        const QJsonObject root {{QStringLiteral("idp"), common::idpName(mapping.idp)},
                                {QStringLiteral("origin"), mapping.origin},
                                {QStringLiteral("user"), user},
                                {QStringLiteral("group"), group}};
        output.out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return;
    }
    //: %1 is the identity provider, e.g. Okta, %2 where the mapping came from: default or profile
    output.out(tr("%1 attribute mapping (%2)\n").arg(common::idpDisplayName(mapping.idp), mapping.origin));
    for (const engine::MappingRow &row : mapping.user) {
        const engine::SentValue *sent = row.reference ? nullptr : values.find(row.target);
        QString value = !sent ? (row.reference ? tr("(the manager's id)") : tr("(no value)"))
                              : sent->value.toVariant().toString();
        if (sent && sent->sample)
            value += tr(" (sample)");
        QString flags;
        if (!row.enabled)
            flags += tr(" [off]");
        if (row.matchingPrecedence > 0)
            //: %1 is the row's matching precedence, a number from 1
            flags += tr(" [matching %1]").arg(row.matchingPrecedence);
        if (row.apply == engine::MappingRow::Apply::CreateOnly)
            flags += tr(" [on create]");
        output.out(
            QStringLiteral("  %1 → %2%3\n      %4\n").arg(row.sourceLabel(), row.target, flags, value));
    }
    if (!mapping.group.isEmpty()) {
        output.out(tr("Groups:\n"));
        for (const engine::MappingRow &row : mapping.group)
            output.out(QStringLiteral("  %1 → %2\n").arg(row.sourceLabel(), row.target));
    }
}

} // namespace cli
