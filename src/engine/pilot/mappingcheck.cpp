#include "engine/pilot/mappingcheck.h"

#include "common/translations.h"
#include "engine/idp/targetpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace engine {

namespace {

using Outcome = StepResult::Outcome;
const QString CoreUser = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");

QString text(const QJsonValue &value)
{
    if (value.isBool())
        return QString::fromLatin1(value.toBool() ? "true" : "false");
    if (value.isDouble())
        return value.toVariant().toString();
    if (value.isObject()) // a reference: {"value": id, …}
        return valueInAnyCase(value.toObject(), QStringLiteral("value")).toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toString();
}

bool isEmpty(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

bool isAdvertised(const QSet<QString> &names, const TargetPath &path)
{
    const QString base
        = path.schema().isEmpty() ? path.attribute() : path.schema() + QLatin1Char(':') + path.attribute();
    return names.contains(path.plainName().toLower()) || names.contains(base.toLower());
}

} // namespace

QString MappingCheck::title(const MappingRow &row)
{
    // An extension attribute by its name and its extension's: the URN is in the step's id.
    QString target = row.target;
    const TargetPath path = TargetPath::parse(row.target);
    if (!path.schema().isEmpty()) {
        const QStringList parts = path.schema().split(QLatin1Char(':'));
        const qsizetype extension = parts.indexOf(QLatin1String("extension"));
        const QString name
            = extension >= 0 && extension + 1 < parts.size() ? parts.at(extension + 1) : parts.constLast();
        //: %1 is an attribute such as employeeNumber, %2 the extension's name such as enterprise
        target = tr("%1 (%2 extension)")
                     .arg(path.subAttribute().isEmpty() ? path.attribute()
                                                        : path.plainName().section(QLatin1Char(':'), -1),
                          name);
    }
    //: the mapping row: an IdP source attribute or expression, and the SCIM attribute it fills
    return tr("Mapping %1 → %2").arg(row.sourceLabel(), target);
}

std::optional<QSet<QString>> MappingCheck::advertised(const QJsonObject &schemasAnswer)
{
    QJsonArray schemas = schemasAnswer.value(QLatin1String("Resources")).toArray();
    if (schemas.isEmpty() && schemasAnswer.contains(QLatin1String("attributes")))
        schemas.append(schemasAnswer);
    QSet<QString> names;
    bool user = false;
    for (const QJsonValue &schema : std::as_const(schemas)) {
        const QString id = schema.toObject().value(QLatin1String("id")).toString();
        const bool core = id == CoreUser;
        if (!core && !id.startsWith(QLatin1String("urn:ietf:params:scim:schemas:extension:")))
            continue;
        user = user || core;
        const QString prefix = core ? QString() : id + QLatin1Char(':');
        const QJsonArray attributes = schema.toObject().value(QLatin1String("attributes")).toArray();
        for (const QJsonValue &attribute : attributes) {
            const QString name = prefix + attribute.toObject().value(QLatin1String("name")).toString();
            names.insert(name.toLower());
            const QJsonArray subs = attribute.toObject().value(QLatin1String("subAttributes")).toArray();
            for (const QJsonValue &sub : subs)
                names.insert(
                    (name + QLatin1Char('.') + sub.toObject().value(QLatin1String("name")).toString())
                        .toLower());
        }
    }
    if (!user)
        return std::nullopt;
    return names;
}

QString MappingCheck::fix(common::Idp idp, const MappingRow &row)
{
    if (idp == common::Idp::Okta)
        //: %1 is the SCIM target attribute, e.g. title or emails[type eq "work"].value
        return tr("In Okta: Applications → the app → Provisioning → To App → Attribute Mappings, remove the "
                  "mapping to “%1” (or Directory → Profile Editor → the app's user profile → delete the "
                  "attribute), or ask the service provider to store it.")
            .arg(row.target);
    //: %1 is the Entra source attribute or expression, %2 the SCIM target attribute
    return tr("In Entra ID: Provisioning → Mappings → Provision Microsoft Entra ID Users → delete the row "
              "“%1 → %2”, or ask the service provider to store it.")
        .arg(row.sourceLabel(), row.target);
}

StepResult MappingCheck::judge(StepResult step, common::Idp idp, const MappingRow &row,
                               const std::optional<SentValue> &sent, bool rejected, const QJsonObject &stored,
                               const std::optional<QSet<QString>> &advertised)
{
    const QString idpName = common::idpDisplayName(idp);
    const TargetPath path = TargetPath::parse(row.target);
    const bool listed = advertised && isAdvertised(*advertised, path);
    const QString schemaNote = !advertised ? QString()
        : listed                           ? tr("The service's /Schemas lists it.")
                                           : tr("The service's /Schemas does not list it.");
    if (rejected) {
        step.verdict = QStringLiteral("rejected");
        return step.set(
            Outcome::Failed,
            //: %1 is the SCIM target attribute, %2 the value the pilot sent
            common::sentences({tr("Rejected: the service refuses a user that carries %1 (sent “%2”).")
                                   .arg(row.target, sent ? text(sent->value) : QString()),
                               schemaNote}),
            //: %1 is the identity provider, e.g. Okta, %2 a sentence on how to fix the mapping
            tr("%1 fails every user with this attribute and retries them; enough failures "
               "quarantine the app. %2")
                .arg(idpName, fix(idp, row)));
    }
    if (!sent || isEmpty(sent->value))
        return step.set(Outcome::Skipped,
                        //: %1 is the mapping row's source attribute, %2 the identity provider, e.g. Okta
                        tr("Not sent: %1 has no value for this person, and %2 sends no empty values.")
                            .arg(row.sourceLabel(), idpName));
    const QString sample
        = sent->note.isEmpty() ? QString() : QStringLiteral(" (") + sent->note + QLatin1Char(')');
    const QJsonValue actual = path.get(stored);
    const QString want = text(sent->value);
    if (isEmpty(actual)) {
        step.verdict = QStringLiteral("dropped");
        return step.set(
            Outcome::Warning,
            common::sentences(
                {//: %2 is empty or a note in brackets, e.g. " (sample)"
                 tr("Dropped silently: sent “%1”%2, answered with success, but the user read back has no %3.")
                     .arg(want, sample, row.target),
                 listed ? tr("The service's /Schemas advertises it all the same.") : schemaNote}),
            //: %1 is a sentence on how to fix the mapping
            tr("Provisioning “works” but this data never arrives. %1").arg(fix(idp, row)));
    }
    const QString got = text(actual);
    if (got == want) {
        step.verdict = QStringLiteral("stored");
        return step.set(Outcome::Passed,
                        common::sentences({//: %2 is empty or a note in brackets, e.g. " (sample)"
                                           tr("Stored as sent: “%1”%2.").arg(want, sample),
                                           advertised && !listed ? schemaNote : QString()}));
    }
    step.verdict = QStringLiteral("changed");
    const bool caseOnly = got.compare(want, Qt::CaseInsensitive) == 0;
    return step.set(Outcome::Warning,
                    common::sentences(
                        //: %1 is the value sent, %2 the value the service stored
                        {(caseOnly ? tr("Changed: sent “%1”, stored as “%2” (only the letter case differs).")
                                   //: %1 is the value sent, %2 the value the service stored
                                   : tr("Changed: sent “%1”, stored as “%2”."))
                             .arg(want, got),
                         schemaNote}),
                    //: %1 is the identity provider, e.g. Okta
                    tr("%1 compares what it sent with what it reads and may send the value again on every "
                       "cycle. Ask the service provider to store it unchanged, or map the value the service "
                       "keeps.")
                        .arg(idpName));
}

QList<MappingRow> MappingCheck::namedIn(const QString &errorText, const QList<MappingRow> &candidates)
{
    QList<MappingRow> named;
    for (const MappingRow &row : candidates) {
        const TargetPath path = TargetPath::parse(row.target);
        QStringList names {row.target, path.plainName(), path.attribute()};
        if (!path.schema().isEmpty())
            names.append(path.schema() + QLatin1Char(':') + path.attribute());
        // The parent attribute alone names every row under it (addresses names each
        // addresses[…] row), but name.formatted does not name name.givenName.
        for (const QString &name : std::as_const(names)) {
            const bool parent = name != row.target && name != path.plainName()
                && (name == path.attribute() || name.endsWith(QLatin1Char(':') + path.attribute()));
            const QString after = parent ? QStringLiteral("(?![\\w$.\\[])") : QStringLiteral("(?![\\w$])");
            const QRegularExpression word(QStringLiteral("(?<![\\w.:$])") + QRegularExpression::escape(name)
                                              + after,
                                          QRegularExpression::CaseInsensitiveOption);
            if (!name.isEmpty() && word.match(errorText).hasMatch()) {
                named.append(row);
                break;
            }
        }
    }
    return named;
}

} // namespace engine
