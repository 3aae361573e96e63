// Importing a tenant's real Entra mapping: the synchronizationSchema Microsoft Graph returns for
// …/synchronization/jobs/{jobId}/schema, row by row, and every unusable file refused with the
// exact JSON path of what is wrong.
#include "engine/mapping/entraschema.h"
#include "engine/mapping/expression.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using engine::AttributeMapping;
using engine::EntraSchemaImport;
using engine::MappingError;
using engine::MappingRow;

namespace {

const QString UserRows = QStringLiteral("$.synchronizationRules[0].objectMappings[0].attributeMappings");
const QString Enterprise = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:");

QByteArray fixture(const QString &name)
{
    const QString root = qEnvironmentVariable("SCIM_SOURCE_DIR");
    const QString path = root.isEmpty() ? QFINDTESTDATA(QStringLiteral("../fixtures/mapping/") + name)
                                        : root + QStringLiteral("/tests/fixtures/mapping/") + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(path));
    return file.readAll();
}

QByteArray customised()
{
    return fixture(QStringLiteral("entra-schema-customised.json"));
}

/// The customised fixture with user row @p index changed by @p edit.
QByteArray withUserRow(int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(customised()).object();
    QJsonArray rules = root.value(QLatin1String("synchronizationRules")).toArray();
    QJsonObject rule = rules.at(0).toObject();
    QJsonArray objectMappings = rule.value(QLatin1String("objectMappings")).toArray();
    QJsonObject users = objectMappings.at(0).toObject();
    QJsonArray rows = users.value(QLatin1String("attributeMappings")).toArray();
    QJsonObject row = rows.at(index).toObject();
    edit(row);
    rows.replace(index, row);
    users.insert(QLatin1String("attributeMappings"), rows);
    objectMappings.replace(0, users);
    rule.insert(QLatin1String("objectMappings"), objectMappings);
    rules.replace(0, rule);
    root.insert(QLatin1String("synchronizationRules"), rules);
    return QJsonDocument(root).toJson();
}

QJsonObject source(const char *type, const char *name, const char *expression = nullptr)
{
    QJsonObject object {{QStringLiteral("type"), QLatin1String(type)},
                        {QStringLiteral("name"), QLatin1String(name)}};
    if (expression)
        object.insert(QStringLiteral("expression"), QLatin1String(expression));
    return object;
}

QJsonObject objectMapping(const char *sourceObject, bool enabled, const QJsonArray &rows)
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("sourceObjectName"), QLatin1String(sourceObject)},
            {QStringLiteral("targetObjectName"), QLatin1String(sourceObject)},
            {QStringLiteral("attributeMappings"), rows}};
}

QJsonObject row(const char *target, const QJsonObject &from)
{
    return {{QStringLiteral("targetAttributeName"), QLatin1String(target)}, {QStringLiteral("source"), from}};
}

QByteArray schema(const QJsonArray &objectMappings)
{
    const QJsonObject rule {{QStringLiteral("name"), QStringLiteral("USER_TO_USER")},
                            {QStringLiteral("objectMappings"), objectMappings}};
    return QJsonDocument(QJsonObject {{QStringLiteral("synchronizationRules"), QJsonArray {rule}}}).toJson();
}

struct Expected
{
    MappingRow::Type type;
    QString source;
    QString target;
    int precedence = 0;
    MappingRow::Apply apply = MappingRow::Apply::Always;
    bool reference = false;
    QString defaultValue = {};

    Expected(MappingRow::Type type_, QString source_, QString target_, int precedence_ = 0,
             MappingRow::Apply apply_ = MappingRow::Apply::Always, bool reference_ = false)
        : type(type_)
        , source(std::move(source_))
        , target(std::move(target_))
        , precedence(precedence_)
        , apply(apply_)
        , reference(reference_)
    { }
};

QList<Expected> expectedUserRows()
{
    using T = MappingRow::Type;
    const auto direct = [](const char *source, const QString &target) {
        return Expected {T::Direct, QLatin1String(source), target};
    };
    const auto work = [](const char *attribute, const char *sub) -> QString {
        return QLatin1String(attribute) + QStringLiteral("[type eq \"") + QLatin1String(sub)
            + QStringLiteral("\"].value");
    };
    const auto address = [](const char *sub) -> QString {
        return QStringLiteral("addresses[type eq \"work\"].") + QLatin1String(sub);
    };
    Expected country = direct("country", address("country"));
    country.defaultValue = QStringLiteral("GB");
    return {
        {T::Direct, QStringLiteral("userPrincipalName"), QStringLiteral("userName"), 1},
        {T::Expression, QStringLiteral("Switch([IsSoftDeleted], , \"False\", \"True\", \"True\", \"False\")"),
         QStringLiteral("active")},
        direct("displayName", QStringLiteral("displayName")),
        direct("mail", work("emails", "work")),
        direct("preferredLanguage", QStringLiteral("preferredLanguage")),
        direct("givenName", QStringLiteral("name.givenName")),
        direct("surname", QStringLiteral("name.familyName")),
        {T::Expression, QStringLiteral("Join(\" \", [givenName], [surname])"),
         QStringLiteral("name.formatted")},
        direct("physicalDeliveryOfficeName", address("formatted")),
        direct("streetAddress", address("streetAddress")),
        direct("city", address("locality")),
        direct("state", address("region")),
        direct("postalCode", address("postalCode")),
        country,
        direct("telephoneNumber", work("phoneNumbers", "work")),
        direct("mobile", work("phoneNumbers", "mobile")),
        direct("facsimileTelephoneNumber", work("phoneNumbers", "fax")),
        {T::Direct, QStringLiteral("mailNickname"), QStringLiteral("externalId"), 2,
         MappingRow::Apply::CreateOnly},
        direct("employeeId", Enterprise + QStringLiteral("employeeNumber")),
        direct("department", Enterprise + QStringLiteral("department")),
        {T::Direct, QStringLiteral("manager"), Enterprise + QStringLiteral("manager"), 0,
         MappingRow::Apply::Always, true},
        {T::Constant, QStringLiteral("Employee"), QStringLiteral("userType")},
        {T::Expression, QStringLiteral("ToLower(Join(\".\", [givenName], [surname]), )"),
         QStringLiteral("nickName")},
    };
}

void compareRows(const QList<MappingRow> &rows, const QList<Expected> &expected)
{
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const MappingRow &row = rows.at(i);
        const Expected &want = expected.at(i);
        const QByteArray where = "row " + QByteArray::number(i) + " (" + want.target.toUtf8() + ')';
        QVERIFY2(row.type == want.type, where.constData());
        QVERIFY2(row.source == want.source,
                 qPrintable(QString::fromUtf8(where) + QStringLiteral(": ") + row.source));
        QVERIFY2(row.target == want.target,
                 qPrintable(QString::fromUtf8(where) + QStringLiteral(": ") + row.target));
        QVERIFY2(row.matchingPrecedence == want.precedence, where.constData());
        QVERIFY2(row.apply == want.apply, where.constData());
        QVERIFY2(row.reference == want.reference, where.constData());
        QVERIFY2(row.defaultValue == want.defaultValue, where.constData());
        QVERIFY2(row.enabled, where.constData());
    }
}

} // namespace

class TestMappingImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsACustomisedTenantMapping()
    {
        MappingError error;
        const std::optional<AttributeMapping> mapping = EntraSchemaImport::parse(customised(), &error);
        QVERIFY2(mapping, qPrintable(error.toString()));
        QCOMPARE(mapping->idp, common::Idp::Entra);
        QVERIFY(mapping->origin.isEmpty());
        compareRows(mapping->user, expectedUserRows());
        using T = MappingRow::Type;
        compareRows(mapping->group,
                    {{T::Direct, QStringLiteral("displayName"), QStringLiteral("displayName"), 1},
                     {T::Direct, QStringLiteral("objectId"), QStringLiteral("externalId")},
                     {T::Direct, QStringLiteral("members"), QStringLiteral("members")}});
        // Every imported expression is one the console evaluates (or samples) without a syntax error.
        for (const MappingRow &row : mapping->user) {
            if (row.type == T::Expression)
                QVERIFY2(!engine::checkExpression(row.source), qPrintable(row.source));
        }
    }

    void takesTheFirstEnabledUserMapping()
    {
        const QByteArray json = schema(
            {objectMapping("User", false, {row("userName", source("Attribute", "mail"))}),
             objectMapping("Contact", true, {row("displayName", source("Attribute", "displayName"))}),
             objectMapping("user", true,
                           {row("userName", source("Attribute", "userPrincipalName")),
                            row("title", source("Constant", "ignored", "\"Engineer \\\"II\\\"\"")),
                            row("locale", source("Constant", "en-GB"))})});
        MappingError error;
        const std::optional<AttributeMapping> mapping = EntraSchemaImport::parse(json, &error);
        QVERIFY2(mapping, qPrintable(error.toString()));
        QCOMPARE(mapping->user.size(), 3);
        QCOMPARE(mapping->user.at(0).source, QStringLiteral("userPrincipalName"));
        QCOMPARE(mapping->user.at(1).type, MappingRow::Type::Constant);
        QCOMPARE(mapping->user.at(1).source, QStringLiteral("Engineer \"II\""));
        QCOMPARE(mapping->user.at(2).source, QStringLiteral("en-GB"));
        QVERIFY(mapping->group.isEmpty());
    }

    void rebuildsAFunctionThatHasNoExpressionText()
    {
        // Graph's documented Mid sample, without its "expression".
        QJsonObject mid = source("Function", "Mid");
        mid.insert(
            QStringLiteral("parameters"),
            QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("source")},
                                     {QStringLiteral("value"), source("Attribute", "userPrincipalName")}},
                        QJsonObject {{QStringLiteral("key"), QStringLiteral("start")},
                                     {QStringLiteral("value"), source("Constant", "1", "\"1\"")}},
                        QJsonObject {{QStringLiteral("key"), QStringLiteral("length")},
                                     {QStringLiteral("value"), source("Constant", "8")}}});
        MappingError error;
        const auto mapping
            = EntraSchemaImport::parse(schema({objectMapping("User", true, {row("nickName", mid)})}), &error);
        QVERIFY2(mapping, qPrintable(error.toString()));
        QCOMPARE(mapping->user.constFirst().type, MappingRow::Type::Expression);
        QCOMPARE(mapping->user.constFirst().source, QStringLiteral("Mid([userPrincipalName], \"1\", \"8\")"));
    }

    void refusesUnusableFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("not JSON") << QByteArray("{\"synchronizationRules\": [") << QStringLiteral("$")
                                  << QStringLiteral("is not JSON: ");
        QTest::newRow("not an object")
            << QByteArray("[]") << QStringLiteral("$") << QStringLiteral("is not a JSON object");
        QTest::newRow("a job, not its schema")
            << QByteArray(
                   "{\"@odata.context\": \"https://graph.microsoft.com/beta/$metadata#jobs/$entity\", "
                   "\"id\": \"scim.1\", \"templateId\": \"scim\", \"schedule\": {\"interval\": \"PT40M\"}}")
            << QStringLiteral("$.synchronizationRules")
            << QStringLiteral("is missing — this is not an Entra synchronization schema");
        QTest::newRow("no User mapping")
            << schema(
                   {objectMapping("Group", true, {row("displayName", source("Attribute", "displayName"))})})
            << QStringLiteral("$.synchronizationRules") << QStringLiteral("holds no mapping of User objects");
        QTest::newRow("only a disabled User mapping")
            << schema({objectMapping("User", false, {row("userName", source("Attribute", "mail"))})})
            << QStringLiteral("$.synchronizationRules[0].objectMappings[0].enabled")
            << QStringLiteral("is false");
        QTest::newRow("row without target")
            << withUserRow(4, [](QJsonObject &row) { row.remove(QLatin1String("targetAttributeName")); })
            << UserRows + QStringLiteral("[4].targetAttributeName") << QStringLiteral("is missing");
        QTest::newRow("target not a string")
            << withUserRow(7, [](QJsonObject &row) { row.insert(QLatin1String("targetAttributeName"), 7); })
            << UserRows + QStringLiteral("[7].targetAttributeName") << QStringLiteral("is not a string");
        QTest::newRow("empty target") << withUserRow(
            2,
            [](QJsonObject &row) { row.insert(QLatin1String("targetAttributeName"), QStringLiteral(" ")); })
                                      << UserRows + QStringLiteral("[2].targetAttributeName")
                                      << QStringLiteral("is empty");
        QTest::newRow("bad expression")
            << withUserRow(1,
                           [](QJsonObject &row) {
                               QJsonObject from = row.value(QLatin1String("source")).toObject();
                               from.insert(QLatin1String("expression"),
                                           QStringLiteral("Switch([IsSoftDeleted], , \"False\", \"True\""));
                               row.insert(QLatin1String("source"), from);
                           })
            << UserRows + QStringLiteral("[1].source.expression")
            << QStringLiteral("does not parse at character 7: this “(” of Switch");
        QTest::newRow("unknown source type")
            << withUserRow(0,
                           [](QJsonObject &row) {
                               row.insert(QLatin1String("source"), source("Lookup", "userPrincipalName"));
                           })
            << UserRows + QStringLiteral("[0].source.type") << QStringLiteral("is “Lookup”");
        QTest::newRow("matching priority not a number") << withUserRow(
            0, [](QJsonObject &row) { row.insert(QLatin1String("matchingPriority"), QStringLiteral("1")); })
                                                        << UserRows + QStringLiteral("[0].matchingPriority")
                                                        << QStringLiteral("is not a whole number");
        QTest::newRow("over 4 MiB") << QByteArray(EntraSchemaImport::MaxBytes + 1, ' ') << QStringLiteral("$")
                                    << QStringLiteral("4 MiB");
        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(row("userName", source("Attribute", "mail")));
        QTest::newRow("over 500 rows")
            << schema({objectMapping("User", true, many)})
            << QStringLiteral("$.synchronizationRules[0].objectMappings[0].attributeMappings")
            << QStringLiteral("at most 500");
    }

    void refusesUnusableFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, words);
        MappingError error;
        QVERIFY(!EntraSchemaImport::parse(json, &error));
        QCOMPARE(error.jsonPath, path);
        QVERIFY2(error.message.contains(words), qPrintable(error.toString()));
        // One whole clause for the translators: the path is its subject, not glued on in front.
        QVERIFY2(error.message.startsWith(path + QLatin1Char(' ')), qPrintable(error.toString()));
    }

    void readsAFileSavedWithAByteOrderMark()
    {
        MappingError error;
        const auto mapping = EntraSchemaImport::parse(QByteArray("\xef\xbb\xbf") + customised(), &error);
        QVERIFY2(mapping, qPrintable(error.toString()));
        QCOMPARE(mapping->user.size(), expectedUserRows().size());
        QVERIFY(!EntraSchemaImport::parse(QByteArray("\xff\xfe{\0}\0", 6), &error));
        QVERIFY2(error.message.contains(QLatin1String("UTF-16")), qPrintable(error.toString()));
    }

    void namesTheOffsetOfBrokenJson()
    {
        MappingError error;
        QVERIFY(!EntraSchemaImport::parse(customised().left(1000), &error));
        QCOMPARE(error.jsonPath, QStringLiteral("$"));
        const QRegularExpressionMatch offset
            = QRegularExpression(QStringLiteral("at offset (\\d+)$")).match(error.message);
        QVERIFY2(offset.hasMatch(), qPrintable(error.toString()));
        // Where the text stops, give or take the character Qt looks for.
        QVERIFY2(qAbs(offset.captured(1).toInt() - 1000) <= 1, qPrintable(error.toString()));
        QVERIFY(!EntraSchemaImport::parse(QByteArray(), nullptr)); // a null error is allowed
    }
};

QTEST_GUILESS_MAIN(TestMappingImport)
#include "tst_mappingimport.moc"
