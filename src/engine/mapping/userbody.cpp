#include "engine/mapping/userbody.h"

#include "engine/idp/targetpath.h"
#include "engine/mapping/expression.h"

#include <QCoreApplication>

namespace engine {

namespace {

bool isExternalId(const QString &target)
{
    return target.compare(QLatin1String("externalId"), Qt::CaseInsensitive) == 0;
}

/// The row's value for @p person; nullopt when it yields none.
std::optional<SentValue> valueOf(const MappingRow &row, const PilotUser &person, UserBody::Moment moment)
{
    SentValue sent {row, {}, false, {}};
    std::optional<QString> text;
    switch (row.type) {
    case MappingRow::Type::Direct:
        if (const QString value = person.source(row.source); !value.isEmpty())
            text = value;
        break;
    case MappingRow::Type::Constant:
        text = row.source;
        break;
    case MappingRow::Type::Expression: {
        const SourceLookup lookup = [&person](const QString &name) -> std::optional<QString> {
            const QString value = person.source(name);
            return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
        };
        const auto evaluated = evaluateExpression(row.source, lookup);
        if (const auto *value = std::get_if<ExpressionValue>(&evaluated)) {
            text = value->value;
            sent.sample = value->sample;
            sent.note = value->note;
        } else {
            text = QStringLiteral("sample");
            sent.sample = true;
            sent.note = std::get<ExpressionError>(evaluated).message;
        }
        break;
    }
    }
    if ((!text || text->isEmpty()) && moment == UserBody::Moment::Create && !row.defaultValue.isEmpty())
        text = row.defaultValue;
    if (!text || text->isEmpty())
        return std::nullopt;
    // The two values the console finds its own objects by are always its own: the marker for
    // externalId, the synthetic userName for userName, whatever the row computes.
    if (isExternalId(row.target) && *text != person.externalId) {
        //: %1 is the mapping row's source, e.g. [objectId]; "run" is this pilot run, its marker a unique id
        sent.note = QCoreApplication::translate("engine",
                                                "the run's marker stands in for %1, so that the console "
                                                "can recognise its own test user")
                        .arg(row.sourceLabel());
        text = person.externalId;
    } else if (row.target.compare(QLatin1String("userName"), Qt::CaseInsensitive) == 0
               && *text != person.userName) {
        //: %1 is the mapping row's source, e.g. [userPrincipalName]
        sent.note = QCoreApplication::translate("engine",
                                                "the test user's userName stands in for %1, so that the "
                                                "console can find and remove it")
                        .arg(row.sourceLabel());
        text = person.userName;
    }
    sent.value = typedValue(row.target, *text);
    return sent;
}

} // namespace

QJsonValue typedValue(const QString &target, const QString &text)
{
    const TargetPath path = TargetPath::parse(target);
    const bool boolean = path.attribute().compare(QLatin1String("active"), Qt::CaseInsensitive) == 0
        || path.subAttribute().compare(QLatin1String("primary"), Qt::CaseInsensitive) == 0;
    if (boolean
        && (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0))
        return text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return text;
}

UserBody UserBody::build(const QList<MappingRow> &rows, const PilotUser &person, Moment moment,
                         const QStringList &leaveOut)
{
    UserBody result;
    for (const MappingRow &row : rows) {
        if (!row.enabled || leaveOut.contains(row.target)
            || (moment == Moment::Update && row.apply == MappingRow::Apply::CreateOnly))
            continue;
        const TargetPath path = TargetPath::parse(row.target);
        if (!path.isValid()) {
            result.problems.append(row.target);
            continue;
        }
        if (row.reference) {
            // A reference to another person: its value is that person's id at the service,
            // known only once both exist.
            result.references.append(SentValue {row, {}, false, {}});
            continue;
        }
        std::optional<SentValue> sent = valueOf(row, person, moment);
        if (!sent) {
            result.withoutValue.append(row);
            continue;
        }
        path.set(&result.body, sent->value);
        result.sent.append(*sent);
    }
    return result;
}

const SentValue *UserBody::find(const QString &target) const
{
    for (const QList<SentValue> *list : {&sent, &references}) {
        for (const SentValue &value : *list) {
            if (value.row.target == target)
                return &value;
        }
    }
    return nullptr;
}

UserBody UserBody::preview(const AttributeMapping &mapping)
{
    const PilotUser person = PilotUser::make(QStringLiteral("preview"), QStringLiteral("example.com"));
    return build(mapping.user, person, Moment::Create);
}

QList<SentValue> UserBody::changes(const UserBody &before, const UserBody &after)
{
    QList<SentValue> changed;
    for (const SentValue &now : after.sent) {
        const auto was = std::find_if(before.sent.cbegin(), before.sent.cend(), [&now](const SentValue &old) {
            return old.row.target == now.row.target;
        });
        if (was == before.sent.cend() || was->value != now.value)
            changed.append(now);
    }
    return changed;
}

} // namespace engine
