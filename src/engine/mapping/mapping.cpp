#include "engine/mapping/mapping.h"

#include "common/boundedfile.h"
#include "credentials/profile.h"
#include "engine/mapping/entraschema.h"
#include "engine/mapping/expression.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace engine {

namespace {

constexpr qsizetype MaxRows = 500;
const QString Format = QStringLiteral("scim-console-mapping/1");

/// One row of the file; false and @p error set when it cannot be used.
bool readRow(const QJsonValue &value, const QString &path, MappingRow *row, MappingError *error)
{
    const auto fail = [&](const QString &where, const QString &sentence, const auto &...args) {
        *error = MappingError::at(where, sentence, args...);
        return false;
    };
    if (!value.isObject())
        //: %1 is a JSON path in the mapping file, e.g. $.user[3].target
        return fail(path, QCoreApplication::translate("engine", "%1 is not an object"));
    const QJsonObject object = value.toObject();
    const QJsonValue target = object.value(QLatin1String("target"));
    if (!target.isString())
        return fail(path + QStringLiteral(".target"),
                    //: %1 is a JSON path in the mapping file, e.g. $.user[3].target
                    target.isUndefined() ? QCoreApplication::translate("engine", "%1 is missing")
                                         //: %1 is a JSON path in the mapping file, e.g. $.user[3].target
                                         : QCoreApplication::translate("engine", "%1 is not a string"));
    row->target = target.toString().trimmed();
    if (row->target.isEmpty())
        //: %1 is a JSON path in the mapping file, e.g. $.user[3].target
        return fail(path + QStringLiteral(".target"), QCoreApplication::translate("engine", "%1 is empty"));
    int kinds = 0;
    for (const auto &[key, type] :
         {std::pair {"source", MappingRow::Type::Direct}, std::pair {"constant", MappingRow::Type::Constant},
          std::pair {"expression", MappingRow::Type::Expression}}) {
        const QJsonValue source = object.value(QLatin1String(key));
        if (source.isUndefined())
            continue;
        ++kinds;
        if (!source.isString())
            return fail(path + QLatin1Char('.') + QLatin1String(key),
                        //: %1 is a JSON path in the mapping file, e.g. $.user[3].target
                        QCoreApplication::translate("engine", "%1 is not a string"));
        row->type = type;
        row->source = source.toString();
    }
    if (kinds != 1)
        return fail(
            path,
            //: %1 is a JSON path in the mapping file, e.g. $.user[3].target
            QCoreApplication::translate("engine", "%1 needs exactly one of source, constant or expression"));
    if (row->type != MappingRow::Type::Constant && row->source.trimmed().isEmpty())
        //: %1 is a JSON path in the mapping file, e.g. $.user[3].target
        return fail(path, QCoreApplication::translate("engine", "%1 has an empty source"));
    if (row->type == MappingRow::Type::Expression) {
        if (const std::optional<ExpressionError> wrong = checkExpression(row->source))
            return fail(path + QStringLiteral(".expression"),
                        //: %1 is a JSON path such as $.user[3].expression, %2 a position in the
                        //: expression (1 is its first character), %3 what is wrong there
                        QCoreApplication::translate("engine", "%1 does not parse at character %2: %3"),
                        QString::number(wrong->position + 1), wrong->message);
    }
    const QJsonValue apply = object.value(QLatin1String("apply"));
    if (!apply.isUndefined() && apply != QLatin1String("always") && apply != QLatin1String("create-only"))
        return fail(path + QStringLiteral(".apply"),
                    //: %1 is a JSON path in the mapping file, e.g. $.user[3].target
                    QCoreApplication::translate("engine", "%1 must be \"always\" or \"create-only\""));
    row->apply
        = apply == QLatin1String("create-only") ? MappingRow::Apply::CreateOnly : MappingRow::Apply::Always;
    const QJsonValue precedence = object.value(QLatin1String("matchingPrecedence"));
    if (!precedence.isUndefined()
        && (!precedence.isDouble() || precedence.toInt(-1) < 0 || precedence.toInt() > 99))
        return fail(path + QStringLiteral(".matchingPrecedence"),
                    //: %1 is a JSON path in the mapping file, e.g. $.user[3].target
                    QCoreApplication::translate("engine", "%1 must be a whole number from 0 to 99"));
    row->matchingPrecedence = precedence.toInt(0);
    for (const auto &[key, field] :
         {std::pair {"enabled", &row->enabled}, std::pair {"reference", &row->reference}}) {
        const QJsonValue flag = object.value(QLatin1String(key));
        if (!flag.isUndefined() && !flag.isBool())
            return fail(path + QLatin1Char('.') + QLatin1String(key),
                        //: %1 is a JSON path in the mapping file, e.g. $.user[3].target
                        QCoreApplication::translate("engine", "%1 must be true or false"));
        *field = flag.toBool(key == std::string_view("enabled"));
    }
    row->defaultValue = object.value(QLatin1String("default")).toString();
    return true;
}

bool readRows(const QJsonObject &root, const char *key, QList<MappingRow> *rows, MappingError *error)
{
    const QString path = QStringLiteral("$.") + QLatin1String(key);
    const QJsonValue value = root.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        //: %1 is a JSON path such as $.user
        *error = MappingError::at(path, QCoreApplication::translate("engine", "%1 is not a list"));
        return false;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > MaxRows) {
        //: %1 is a JSON path such as $.user, %2 how many rows it has, %3 the most that are read
        *error = MappingError::at(
            path, QCoreApplication::translate("engine", "%1 has %2 rows; at most %3 are read"),
            QLocale().toString(array.size()), QLocale().toString(MaxRows));
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        MappingRow row;
        if (!readRow(array.at(i), path + QStringLiteral("[%1]").arg(i), &row, error))
            return false;
        rows->append(row);
    }
    return true;
}

QJsonObject rowToJson(const MappingRow &row)
{
    static const char *const keys[] = {"source", "constant", "expression"};
    QJsonObject object {{QLatin1String(keys[int(row.type)]), row.source},
                        {QStringLiteral("target"), row.target}};
    if (row.apply == MappingRow::Apply::CreateOnly)
        object.insert(QStringLiteral("apply"), QStringLiteral("create-only"));
    if (row.matchingPrecedence > 0)
        object.insert(QStringLiteral("matchingPrecedence"), row.matchingPrecedence);
    if (!row.defaultValue.isEmpty())
        object.insert(QStringLiteral("default"), row.defaultValue);
    if (!row.enabled)
        object.insert(QStringLiteral("enabled"), false);
    if (row.reference)
        object.insert(QStringLiteral("reference"), true);
    return object;
}

} // namespace

QString MappingRow::sourceLabel() const
{
    if (type == Type::Constant)
        return QLatin1Char('"') + source + QLatin1Char('"');
    return source;
}

QString MappingError::toString() const
{
    return message;
}

AttributeMapping AttributeMapping::defaults(common::Idp idp)
{
    QFile file(QStringLiteral(":/idp/") + common::idpName(idp) + QStringLiteral(".json"));
    MappingError error;
    std::optional<AttributeMapping> mapping;
    if (file.open(QIODevice::ReadOnly))
        mapping = MappingFile::parse(file.readAll(), &error);
    Q_ASSERT_X(mapping, "AttributeMapping::defaults", qPrintable(error.toString()));
    if (!mapping)
        return AttributeMapping {idp, QStringLiteral("default"), {}, {}};
    mapping->origin = QStringLiteral("default");
    return *mapping;
}

QList<MappingRow> AttributeMapping::enabledUserRows() const
{
    QList<MappingRow> rows;
    std::copy_if(user.cbegin(), user.cend(), std::back_inserter(rows),
                 [](const MappingRow &row) { return row.enabled; });
    return rows;
}

QList<MappingRow> AttributeMapping::matchingRows() const
{
    QList<MappingRow> rows;
    for (const MappingRow &row : enabledUserRows()) {
        if (row.matchingPrecedence > 0)
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const MappingRow &a, const MappingRow &b) {
        return a.matchingPrecedence < b.matchingPrecedence;
    });
    return rows;
}

bool AttributeMapping::setEnabled(const QString &target, bool enabled)
{
    bool found = false;
    for (MappingRow &row : user) {
        if (row.target == target) {
            row.enabled = enabled;
            found = true;
        }
    }
    return found;
}

bool AttributeMapping::setUniqueIdentifier(const QString &target)
{
    if (std::none_of(user.cbegin(), user.cend(), [&](const MappingRow &row) { return row.target == target; }))
        return false;
    for (MappingRow &row : user) {
        row.matchingPrecedence = row.target == target ? 1 : 0;
        if (row.target == target)
            row.enabled = true;
    }
    return true;
}

std::optional<AttributeMapping> MappingFile::load(const QString &path, MappingError *error)
{
    constexpr qint64 MaxBytes = 4 * 1024 * 1024;
    const common::BoundedFile file = common::BoundedFile::read(path, MaxBytes);
    if (!file.ok()) {
        *error = {QStringLiteral("$"), file.error};
        return std::nullopt;
    }
    std::optional<AttributeMapping> mapping
        = file.data.contains("\"synchronizationRules\"") || !file.data.contains("\"format\"")
        ? EntraSchemaImport::parse(file.data, error)
        : parse(file.data, error);
    if (mapping)
        mapping->origin = path;
    return mapping;
}

namespace {
QString savedPath(const QString &profileId)
{
    return credentials::ProfileStore::dataFolder(profileId) + QStringLiteral("/mapping.json");
}
} // namespace

std::optional<AttributeMapping> MappingFile::saved(const QString &profileId, MappingError *error)
{
    *error = {};
    if (profileId.isEmpty() || !QFile::exists(savedPath(profileId)))
        return std::nullopt;
    std::optional<AttributeMapping> mapping = load(savedPath(profileId), error);
    if (mapping)
        mapping->origin = QStringLiteral("profile");
    return mapping;
}

bool MappingFile::save(const QString &profileId, const AttributeMapping &mapping, QString *error)
{
    QDir().mkpath(credentials::ProfileStore::dataFolder(profileId));
    QSaveFile file(savedPath(profileId));
    if (!file.open(QIODevice::WriteOnly) || file.write(serialise(mapping)) < 0 || !file.commit()) {
        //: %1 is the file path, %2 the system's error message
        *error = QCoreApplication::translate("engine", "Cannot write %1: %2")
                     .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

void MappingFile::forget(const QString &profileId)
{
    if (!profileId.isEmpty())
        QFile::remove(savedPath(profileId));
}

std::optional<AttributeMapping> MappingFile::effective(const QString &profileId, common::Idp idp,
                                                       MappingError *error)
{
    std::optional<AttributeMapping> mapping = saved(profileId, error);
    if (mapping || !error->message.isEmpty())
        return mapping;
    return AttributeMapping::defaults(idp);
}

std::optional<AttributeMapping> MappingFile::parse(const QByteArray &json, MappingError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is the JSON path $ (the whole file), %2 the parser's error, %3 a byte offset in the file
        *error = MappingError::at(QStringLiteral("$"),
                                  QCoreApplication::translate("engine", "%1 is not JSON: %2 at byte %3"),
                                  parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = MappingError::at(QStringLiteral("$"),
                                  //: %1 is the JSON path $ (the whole mapping file)
                                  QCoreApplication::translate("engine", "%1 is not an object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")) != Format) {
        //: %1 is the JSON path $.format, %2 the format the file must name
        *error = MappingError::at(QStringLiteral("$.format"),
                                  QCoreApplication::translate("engine", "%1 must be \"%2\""), Format);
        return std::nullopt;
    }
    AttributeMapping mapping;
    const std::optional<common::Idp> idp = common::idpFromName(root.value(QLatin1String("idp")).toString());
    if (!idp) {
        *error = MappingError::at(QStringLiteral("$.idp"),
                                  //: %1 is the JSON path $.idp; keep "entra" and "okta" as they are
                                  QCoreApplication::translate("engine", "%1 must be \"entra\" or \"okta\""));
        return std::nullopt;
    }
    mapping.idp = *idp;
    if (!readRows(root, "user", &mapping.user, error) || !readRows(root, "group", &mapping.group, error))
        return std::nullopt;
    if (mapping.user.isEmpty()) {
        *error = MappingError::at(QStringLiteral("$.user"),
                                  //: %1 is the JSON path $.user
                                  QCoreApplication::translate("engine", "%1 holds no rows"));
        return std::nullopt;
    }
    return mapping;
}

QByteArray MappingFile::serialise(const AttributeMapping &mapping)
{
    QJsonArray user;
    for (const MappingRow &row : mapping.user)
        user.append(rowToJson(row));
    QJsonArray group;
    for (const MappingRow &row : mapping.group)
        group.append(rowToJson(row));
    const QJsonObject root {{QStringLiteral("format"), Format},
                            {QStringLiteral("idp"), common::idpName(mapping.idp)},
                            {QStringLiteral("user"), user},
                            {QStringLiteral("group"), group}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace engine
