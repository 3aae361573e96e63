#include "engine/mapping/entraschema.h"

#include "engine/mapping/expression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace engine {

namespace {

enum class Need { Optional, Present, NonEmpty };

/// @p sentence names @p path as %1, then @p args (strings) in order.
template<typename... Args>
bool fail(MappingError *error, const QString &path, const QString &sentence, const Args &...args)
{
    *error = MappingError::at(path, sentence, args...);
    return false;
}

QString member(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

QString element(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool isNamed(const QString &value, const char *name)
{
    return value.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

/// Reads the string @p key of @p object into @p out; a missing (or null) optional one leaves it.
bool readString(const QJsonObject &object, const char *key, const QString &path, QString *out, Need need,
                MappingError *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return need == Need::Optional
            //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
            || fail(error, member(path, key), QCoreApplication::translate("engine", "%1 is missing"));
    }
    if (!value.isString())
        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
        return fail(error, member(path, key), QCoreApplication::translate("engine", "%1 is not a string"));
    if (need == Need::NonEmpty && value.toString().trimmed().isEmpty())
        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
        return fail(error, member(path, key), QCoreApplication::translate("engine", "%1 is empty"));
    *out = value.toString();
    return true;
}

/// The value of @p expression when it is one "quoted" string constant, as Graph writes constants.
std::optional<QString> quotedLiteral(const QString &expression)
{
    const QString text = expression.trimmed();
    if (text.size() < 2 || !text.startsWith(QLatin1Char('"')) || !text.endsWith(QLatin1Char('"')))
        return std::nullopt;
    QString value;
    for (qsizetype i = 1; i < text.size() - 1; ++i) {
        QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            return std::nullopt;
        if (c == QLatin1Char('\\')
            && (text.at(i + 1) == QLatin1Char('"') || text.at(i + 1) == QLatin1Char('\\'))) {
            if (i + 1 == text.size() - 1)
                return std::nullopt; // the closing quote is escaped
            c = text.at(++i);
        }
        value += c;
    }
    return value;
}

QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

/// The expression text of a source without one, from its name and parameters (a missing
/// parameter value is an empty argument); nullopt when that cannot be done.
std::optional<QString> rebuild(const QJsonObject &source, int depth)
{
    const QString expression = source.value(QLatin1String("expression")).toString();
    if (!expression.trimmed().isEmpty())
        return expression;
    const QString type = source.value(QLatin1String("type")).toString(QStringLiteral("Attribute"));
    const QString name = source.value(QLatin1String("name")).toString().trimmed();
    if (isNamed(type, "Constant"))
        return quoted(source.value(QLatin1String("name")).toString());
    if (name.isEmpty() || depth > MaxExpressionDepth)
        return std::nullopt;
    if (isNamed(type, "Attribute"))
        return QLatin1Char('[') + name + QLatin1Char(']');
    if (!isNamed(type, "Function"))
        return std::nullopt;
    QStringList arguments;
    for (const QJsonValue &parameter : source.value(QLatin1String("parameters")).toArray()) {
        const QJsonValue value = parameter.toObject().value(QLatin1String("value"));
        const std::optional<QString> argument
            = value.isObject() ? rebuild(value.toObject(), depth + 1) : QString();
        if (!argument)
            return std::nullopt;
        arguments.append(*argument);
    }
    return name + QLatin1Char('(') + arguments.join(QLatin1String(", ")) + QLatin1Char(')');
}

bool readFunction(const QJsonObject &source, const QString &path, MappingRow *row, MappingError *error)
{
    row->type = MappingRow::Type::Expression;
    if (!readString(source, "expression", path, &row->source, Need::Optional, error))
        return false;
    QString where = member(path, "expression");
    if (row->source.trimmed().isEmpty()) {
        where = path;
        const std::optional<QString> rebuilt = rebuild(source, 0);
        if (!rebuilt) {
            return fail(error, path,
                        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
                        QCoreApplication::translate("engine",
                                                    "%1 is a function without an expression, and its "
                                                    "name and parameters do not make one"));
        }
        row->source = *rebuilt;
    }
    if (const std::optional<ExpressionError> problem = checkExpression(row->source)) {
        //: %1 is a JSON path, %2 a position in the expression (1 is its first character), %3 what is
        //: wrong there
        return fail(error, where,
                    QCoreApplication::translate("engine", "%1 does not parse at character %2: %3"),
                    QString::number(problem->position + 1), problem->message);
    }
    return true;
}

bool readSource(const QJsonObject &source, const QString &path, MappingRow *row, MappingError *error)
{
    QString type = QStringLiteral("Attribute"); // Graph's default
    if (!readString(source, "type", path, &type, Need::Optional, error))
        return false;
    if (isNamed(type, "Attribute")) {
        row->type = MappingRow::Type::Direct;
        return readString(source, "name", path, &row->source, Need::NonEmpty, error);
    }
    if (isNamed(type, "Constant")) {
        row->type = MappingRow::Type::Constant;
        QString expression;
        if (!readString(source, "expression", path, &expression, Need::Optional, error))
            return false;
        if (const std::optional<QString> literal = quotedLiteral(expression)) {
            row->source = *literal;
            return true;
        }
        return readString(source, "name", path, &row->source, Need::Present, error);
    }
    if (isNamed(type, "Function"))
        return readFunction(source, path, row, error);
    return fail(error, member(path, "type"),
                //: %1 is a JSON path ending in .type, %2 the type the file gives
                QCoreApplication::translate("engine", "%1 is “%2”; expected Attribute, Constant or Function"),
                type);
}

bool readRow(const QJsonValue &value, const QString &path, MappingRow *row, MappingError *error)
{
    if (!value.isObject())
        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
        return fail(error, path, QCoreApplication::translate("engine", "%1 is not an object"));
    const QJsonObject object = value.toObject();
    if (!readString(object, "targetAttributeName", path, &row->target, Need::NonEmpty, error))
        return false;
    row->target = row->target.trimmed();
    const QJsonValue source = object.value(QLatin1String("source"));
    if (!source.isObject()) {
        return fail(error, member(path, "source"),
                    source.isUndefined() || source.isNull()
                        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
                        ? QCoreApplication::translate("engine", "%1 is missing")
                        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
                        : QCoreApplication::translate("engine", "%1 is not an object"));
    }
    QString flowType;
    if (!readSource(source.toObject(), member(path, "source"), row, error)
        || !readString(object, "flowType", path, &flowType, Need::Optional, error)
        || !readString(object, "defaultValue", path, &row->defaultValue, Need::Optional, error))
        return false;
    row->apply
        = isNamed(flowType, "ObjectAddOnly") ? MappingRow::Apply::CreateOnly : MappingRow::Apply::Always;
    const QJsonValue priority = object.value(QLatin1String("matchingPriority"));
    if (!priority.isUndefined() && !priority.isNull()) {
        const double number = priority.toDouble(0.5);
        if (!priority.isDouble() || number != std::floor(number)
            || std::abs(number) > std::numeric_limits<int>::max())
            return fail(error, member(path, "matchingPriority"),
                        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
                        QCoreApplication::translate("engine", "%1 is not a whole number"));
        row->matchingPrecedence = std::max(0, int(number));
    }
    row->reference = row->target.endsWith(QLatin1String(":manager"), Qt::CaseInsensitive)
        || (row->type == MappingRow::Type::Direct && isNamed(row->source, "manager"));
    return true;
}

bool readRows(const QJsonObject &objectMapping, const QString &path, QList<MappingRow> *rows,
              qsizetype before, MappingError *error)
{
    const QString listPath = member(path, "attributeMappings");
    const QJsonValue list = objectMapping.value(QLatin1String("attributeMappings"));
    if (list.isUndefined() || list.isNull())
        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
        return fail(error, listPath, QCoreApplication::translate("engine", "%1 is missing"));
    if (!list.isArray())
        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
        return fail(error, listPath, QCoreApplication::translate("engine", "%1 is not an array"));
    const QJsonArray array = list.toArray();
    if (before + array.size() > EntraSchemaImport::MaxRows) {
        return fail(error, listPath,
                    //: %1 is a JSON path, %2 how many rows the schema makes, %3 the most the console reads
                    QCoreApplication::translate("engine", "%1 makes %2 rows; the console reads at most %3"),
                    QLocale().toString(before + array.size()),
                    QLocale().toString(EntraSchemaImport::MaxRows));
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        MappingRow row;
        if (!readRow(array.at(i), element(listPath, i), &row, error))
            return false;
        rows->append(row);
    }
    return true;
}

/// The enabled User and Group objectMappings of one synchronization rule, and where they are.
struct RuleMappings
{
    QJsonObject user;
    QString userPath; ///< empty: the rule has no enabled User mapping
    QJsonObject group;
    QString groupPath;
    QString disabledUser; ///< the "enabled" path of a disabled User mapping, if any
};

bool findMappings(const QJsonObject &rule, const QString &path, RuleMappings *found, MappingError *error)
{
    const QJsonValue mappings = rule.value(QLatin1String("objectMappings"));
    if (mappings.isUndefined() || mappings.isNull())
        return true;
    if (!mappings.isArray())
        return fail(error, member(path, "objectMappings"),
                    //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
                    QCoreApplication::translate("engine", "%1 is not an array"));
    const QJsonArray array = mappings.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = element(member(path, "objectMappings"), i);
        if (!array.at(i).isObject())
            //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
            return fail(error, at, QCoreApplication::translate("engine", "%1 is not an object"));
        const QJsonObject mapping = array.at(i).toObject();
        QString sourceObject;
        if (!readString(mapping, "sourceObjectName", at, &sourceObject, Need::Present, error))
            return false;
        const QJsonValue enabled = mapping.value(QLatin1String("enabled"));
        if (!enabled.isUndefined() && !enabled.isNull() && !enabled.isBool())
            return fail(error, member(at, "enabled"),
                        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
                        QCoreApplication::translate("engine", "%1 is not true or false"));
        const bool user = isNamed(sourceObject.trimmed(), "User");
        if (user && !enabled.toBool(true) && found->disabledUser.isEmpty())
            found->disabledUser = member(at, "enabled");
        if (!enabled.toBool(true))
            continue;
        if (user && found->userPath.isEmpty()) {
            found->user = mapping;
            found->userPath = at;
        } else if (isNamed(sourceObject.trimmed(), "Group") && found->groupPath.isEmpty()) {
            found->group = mapping;
            found->groupPath = at;
        }
    }
    return true;
}

std::optional<QJsonArray> readRules(const QByteArray &json, MappingError *error)
{
    if (json.size() > EntraSchemaImport::MaxBytes) {
        fail(error, QStringLiteral("$"),
             //: %1 is the JSON path $ (the whole file), %2 the file's size in bytes
             QCoreApplication::translate("engine",
                                         "%1 is %2 bytes; a synchronization schema the console reads is at "
                                         "most 4 MiB"),
             QLocale().toString(json.size()));
        return std::nullopt;
    }
    if (json.startsWith("\xff\xfe") || json.startsWith("\xfe\xff")) {
        fail(
            error, QStringLiteral("$"),
            //: %1 is the JSON path $ (the whole file)
            QCoreApplication::translate("engine", "%1 is UTF-16 text; save it as UTF-8 and import it again"));
        return std::nullopt;
    }
    QJsonParseError parseError; // a UTF-8 byte order mark, as Windows editors may write, is skipped
    const QJsonDocument document
        = QJsonDocument::fromJson(json.startsWith("\xef\xbb\xbf") ? json.mid(3) : json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QStringLiteral("$"),
             //: %1 is the JSON path $ (the whole file), %2 the parser's error, %3 a byte offset in the file
             QCoreApplication::translate("engine", "%1 is not JSON: %2 at offset %3"),
             parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    const QString path = QStringLiteral("$.synchronizationRules");
    const QJsonValue rules = document.object().value(QLatin1String("synchronizationRules"));
    if (!document.isObject())
        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
        fail(error, QStringLiteral("$"), QCoreApplication::translate("engine", "%1 is not a JSON object"));
    else if (rules.isUndefined() || rules.isNull())
        fail(error, path,
             //: %1 is the JSON path $.synchronizationRules; keep the URL part as it is
             QCoreApplication::translate("engine",
                                         "%1 is missing — this is not an Entra synchronization schema (fetch "
                                         "…/synchronization/jobs/{jobId}/schema)"));
    else if (!rules.isArray())
        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
        fail(error, path, QCoreApplication::translate("engine", "%1 is not an array"));
    else
        return rules.toArray();
    return std::nullopt;
}

} // namespace

std::optional<AttributeMapping> EntraSchemaImport::parse(const QByteArray &json, MappingError *error)
{
    MappingError ignored;
    error = error ? error : &ignored;
    const std::optional<QJsonArray> rules = readRules(json, error);
    if (!rules)
        return std::nullopt;
    const QString path = QStringLiteral("$.synchronizationRules");
    QString disabledUser;
    for (qsizetype i = 0; i < rules->size(); ++i) {
        if (!rules->at(i).isObject()) {
            //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
            fail(error, element(path, i), QCoreApplication::translate("engine", "%1 is not an object"));
            return std::nullopt;
        }
        RuleMappings found;
        if (!findMappings(rules->at(i).toObject(), element(path, i), &found, error))
            return std::nullopt;
        if (disabledUser.isEmpty())
            disabledUser = found.disabledUser;
        if (found.userPath.isEmpty())
            continue;
        AttributeMapping mapping;
        mapping.idp = common::Idp::Entra;
        if (!readRows(found.user, found.userPath, &mapping.user, 0, error)
            || (!found.groupPath.isEmpty()
                && !readRows(found.group, found.groupPath, &mapping.group, mapping.user.size(), error)))
            return std::nullopt;
        return mapping;
    }
    if (!disabledUser.isEmpty())
        fail(error, disabledUser,
             //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
             QCoreApplication::translate("engine", "%1 is false: this job provisions no users"));
    else
        //: %1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
        fail(error, path, QCoreApplication::translate("engine", "%1 holds no mapping of User objects"));
    return std::nullopt;
}

} // namespace engine
