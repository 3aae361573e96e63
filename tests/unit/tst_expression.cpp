// Entra's mapping expressions: each function as Entra documents it on a realistic person, the
// sample values for what the console does not evaluate, syntax errors with their position, and
// hostile input (deep nesting, oversized text, random garbage) refused without a crash.
#include "engine/mapping/expression.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using engine::ExpressionError;
using engine::ExpressionValue;

namespace {

using Attributes = QMap<QString, QString>;

/// A person with @p attributes; one without a key has no value for it.
engine::SourceLookup person(const Attributes &attributes)
{
    return [attributes](const QString &name) -> std::optional<QString> {
        const auto it = attributes.constFind(name);
        return it == attributes.constEnd() ? std::nullopt : std::optional<QString>(*it);
    };
}

const Attributes &ann()
{
    static const Attributes attributes {
        {QStringLiteral("userPrincipalName"), QStringLiteral("ann.smith@contoso.com")},
        {QStringLiteral("mail"), QStringLiteral("Ann.Smith@Contoso.com")},
        {QStringLiteral("mailNickname"), QStringLiteral("ann.smith")},
        {QStringLiteral("givenName"), QStringLiteral("Ann")},
        {QStringLiteral("surname"), QStringLiteral("Smith")},
        {QStringLiteral("displayName"), QStringLiteral("  Ann   Smith ")},
        {QStringLiteral("IsSoftDeleted"), QStringLiteral("False")},
        {QStringLiteral("country"), QStringLiteral("USA")},
        {QStringLiteral("department"), QStringLiteral("Sales")},
        {QStringLiteral("employeeId"), QString()},
        {QStringLiteral("city"), QStringLiteral("S\u00e3o Paulo")},
        {QStringLiteral("appRoleAssignments"), QStringLiteral("Approver")},
        {QStringLiteral("proxyAddresses"), QStringLiteral("SMTP:ann@contoso.com,smtp:ann@fabrikam.com")},
    }; // no jobTitle, no manager
    return attributes;
}

ExpressionValue evaluated(const QString &expression, const Attributes &attributes = ann())
{
    const auto result = engine::evaluateExpression(expression, person(attributes));
    if (const auto *error = std::get_if<ExpressionError>(&result))
        qWarning("%s at %lld: %s", qPrintable(expression), qlonglong(error->position),
                 qPrintable(error->message));
    return std::holds_alternative<ExpressionValue>(result)
        ? std::get<ExpressionValue>(result)
        : ExpressionValue {QStringLiteral("<error>"), {}, {}, {}};
}

std::optional<ExpressionError> errorOf(const QString &expression)
{
    const auto result = engine::evaluateExpression(expression, person(ann()));
    if (const auto *error = std::get_if<ExpressionError>(&result))
        return *error;
    return std::nullopt;
}

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDefaultActiveSwitchInvertsIsSoftDeleted()
    {
        const QString expression
            = QStringLiteral("Switch([IsSoftDeleted], , \"False\", \"True\", \"True\", \"False\")");
        Attributes person = ann();
        QCOMPARE(evaluated(expression, person).value, QStringLiteral("True"));
        person[QStringLiteral("IsSoftDeleted")] = QStringLiteral("True");
        QCOMPARE(evaluated(expression, person).value, QStringLiteral("False"));
        person.remove(QStringLiteral("IsSoftDeleted")); // the empty default: nothing is sent
        QCOMPARE(evaluated(expression, person).value, std::nullopt);
        QCOMPARE(evaluated(QStringLiteral("Not([IsSoftDeleted])")).value, QStringLiteral("True"));
    }

    void evaluatesEachFunction_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected"); // a null QString: the expression yields nothing
        const auto row = [](const char *name, const char *expression, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(expression)
                                << (expected ? QString::fromUtf8(expected) : QString());
        };
        row("Switch default", R"(Switch([country], "Other", "Canada", "CA", "USA", "US"))", "US");
        row("Switch no match, empty default", R"(Switch([country], , "Canada", "CA"))", nullptr);
        row("Not lower case", R"(Not("true"))", "False");
        row("Join", R"(Join(" ", [givenName], [surname]))", "Ann Smith");
        row("Join skips a null source", R"(Join(" ", [givenName], [jobTitle], [surname]))", "Ann Smith");
        row("Join of nothing", R"(Join(" ", [jobTitle], [manager]))", nullptr);
        row("nested ToLower(Join)", R"(ToLower(Join(".", [givenName], [surname])))", "ann.smith");
        row("ToLower with an empty culture", R"(ToLower([mail], ))", "ann.smith@contoso.com");
        row("ToUpper", R"(ToUpper([givenName], "en-GB"))", "ANN");
        row("Append", R"(Append([mailNickname], "@fabrikam.com"))", "ann.smith@fabrikam.com");
        row("Append to nothing", R"x(Append([jobTitle], " (contractor)"))x", nullptr);
        row("IIF true", R"(IIF([country]="USA",[country],[department]))", "USA");
        row("IIF false", R"(IIF([country] = "Canada", [country], [department]))", "Sales");
        row("IIF IsPresent", R"(IIF(IsPresent([jobTitle]), [jobTitle], "Staff"))", "Staff");
        row("IIF IsNullOrEmpty", R"(IIF(IsNullOrEmpty([employeeId]), "none", [employeeId]))", "none");
        row("IsNull", R"(IsNull([jobTitle]))", "True");
        row("Coalesce", R"(Coalesce([jobTitle], [employeeId], [department], "x"))", "Sales");
        row("Coalesce of nothing", R"(Coalesce([jobTitle], [employeeId]))", nullptr);
        row("SingleAppRoleAssignment", R"(SingleAppRoleAssignment([appRoleAssignments]))", "Approver");
        row("Mid (Graph's sample)", R"(Mid([userPrincipalName], 1, 8))", "ann.smit");
        row("Mid of quoted numbers", R"(Mid([userPrincipalName], "5", "5"))", "smith");
        row("Left", R"(Left([givenName], 2))", "An");
        row("Replace oldValue", R"(Replace([userPrincipalName], "@contoso.com", , , "@fabrikam.com", , ))",
            "ann.smith@fabrikam.com");
        row("Replace regex group", R"x(Replace([mail], , "(?<Suffix>@(.)*)", "Suffix", "", , ))x",
            "Ann.Smith");
        row("Replace regex $n", R"x(Replace([mail], , "(\\w+)\\.(\\w+)@", , "$2.$1@", , ))x",
            "Smith.Ann@Contoso.com");
        row("Replace template", R"(Replace([givenName], "{name}", , , , , "Hello {name}"))", "Hello Ann");
        row("Trim", R"(Trim([displayName]))", "Ann   Smith");
        row("StripSpaces", R"(StripSpaces([displayName]))", "AnnSmith");
        row("Word", R"(Word("The quick brown fox", 3, " "))", "brown");
        row("Word of an address", R"(Word([userPrincipalName], 1, "@."))", "ann");
        row("Word past the end", R"(Word([givenName], 2, " "))", nullptr);
        row("NormalizeDiacritics", R"(NormalizeDiacritics([city]))", "Sao Paulo");
        row("NormalizeDiacritics letters", "NormalizeDiacritics(\"Zo\u00eb \u00c6r\u00f8 Stra\u00dfe\")",
            "Zoe AEro Strasse");
        row("Join of Split", R"(Join(";", Split([proxyAddresses], ",")))",
            "SMTP:ann@contoso.com;smtp:ann@fabrikam.com");
        row("bare attribute", "[mail]", "Ann.Smith@Contoso.com");
        row("bare missing attribute", "[jobTitle]", nullptr);
        row("bare literal", R"("Employee")", "Employee");
        row("escaped quotes", "\"Company name: \\\"Contoso\\\" \\\\ Ltd\"",
            "Company name: \"Contoso\" \\ Ltd");
        row("names in any case", R"(toLower(JOIN(".", [givenName], [surname])))", "ann.smith");
        row("whitespace anywhere", " Join ( \" \" ,\n\t[givenName] ,[surname] ) ", "Ann Smith");
    }

    void evaluatesEachFunction()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        const ExpressionValue value = evaluated(expression);
        QCOMPARE(value.value, expected.isNull() ? std::nullopt : std::optional<QString>(expected));
        QVERIFY2(!value.sample, qPrintable(value.note));
    }

    void unknownFunctionsYieldASampleValue()
    {
        const ExpressionValue complex
            = evaluated(QStringLiteral("AppRoleAssignmentsComplex([appRoleAssignments])"));
        QCOMPARE(complex.value, QStringLiteral("sample-approleassignmentscomplex"));
        QVERIFY(complex.sample);
        QVERIFY2(complex.note.contains(QLatin1String("AppRoleAssignmentsComplex")), qPrintable(complex.note));

        const ExpressionValue nested = evaluated(QStringLiteral("ToUpper(DateFromNum([lastLogon]))"));
        QCOMPARE(nested.value, QStringLiteral("SAMPLE-DATEFROMNUM"));
        QVERIFY(nested.sample);
        QVERIFY2(nested.note.contains(QLatin1String("DateFromNum")), qPrintable(nested.note));

        // Only what is chosen counts: the unevaluated branch IIF leaves aside does not make a sample.
        const ExpressionValue chosen
            = evaluated(QStringLiteral("IIF(IsPresent([mail]), [mail], CBool([accountEnabled]))"));
        QCOMPARE(chosen.value, QStringLiteral("Ann.Smith@Contoso.com"));
        QVERIFY(!chosen.sample);
        QVERIFY(
            evaluated(QStringLiteral("IIF(IsPresent([jobTitle]), [mail], CBool([accountEnabled]))")).sample);
    }

    void aPersonWithoutAnAppRoleGetsASampleRole()
    {
        Attributes person = ann();
        person.remove(QStringLiteral("appRoleAssignments"));
        const ExpressionValue role
            = evaluated(QStringLiteral("SingleAppRoleAssignment([appRoleAssignments])"), person);
        QCOMPARE(role.value, QStringLiteral("sample-singleapproleassignment"));
        QVERIFY(role.sample);
    }

    void namesTheAttributesItReads()
    {
        QCOMPARE(engine::expressionAttributes(QStringLiteral(
                     "IIF([country]=\"USA\", Join(\" \", [givenName], [surname]), [country])")),
                 (QStringList {QStringLiteral("country"), QStringLiteral("givenName"),
                               QStringLiteral("surname")}));
        QCOMPARE(engine::expressionAttributes(QStringLiteral("Join(\" \", [givenName]")), QStringList());
        QVERIFY(!engine::checkExpression(QStringLiteral("Switch([IsSoftDeleted], , \"False\", \"True\")")));
        QVERIFY(engine::checkExpression(QStringLiteral("Switch([IsSoftDeleted], ")));
    }

    void syntaxErrorsNameTheirPosition_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<qsizetype>("position");
        QTest::addColumn<QString>("words");
        QTest::newRow("unclosed paren")
            << QStringLiteral(R"(Join(" ", [givenName])") << qsizetype(4) << QStringLiteral("never closed");
        QTest::newRow("unterminated string") << QStringLiteral("Join(\" , [givenName])") << qsizetype(5)
                                             << QStringLiteral("never closed with \"");
        QTest::newRow("escaped closing quote")
            << QStringLiteral("\"abc\\\"") << qsizetype(0) << QStringLiteral("never closed with \"");
        QTest::newRow("stray token") << QStringLiteral(R"(Join(" ", [givenName]) [surname])") << qsizetype(23)
                                     << QStringLiteral("after the end");
        QTest::newRow("missing comma") << QStringLiteral(R"(Join(" " [givenName]))") << qsizetype(9)
                                       << QStringLiteral("expected “,” or “)” in Join");
        QTest::newRow("unclosed attribute")
            << QStringLiteral("ToLower([givenName)") << qsizetype(8) << QStringLiteral("never closed with ]");
        QTest::newRow("empty attribute")
            << QStringLiteral("ToLower([ ])") << qsizetype(8) << QStringLiteral("attribute name is missing");
        QTest::newRow("name without call")
            << QStringLiteral("ToLower") << qsizetype(7) << QStringLiteral("expected “(” after ToLower");
        QTest::newRow("empty") << QStringLiteral("  ") << qsizetype(0) << QStringLiteral("empty");
        QTest::newRow("stray character")
            << QStringLiteral(R"(Join(",", @))") << qsizetype(10) << QStringLiteral("not “@”");
        QTest::newRow("comparison without right side")
            << QStringLiteral("[country] = ") << qsizetype(12) << QStringLiteral("missing at the end");
        QTest::newRow("too many arguments") << QStringLiteral("Trim([givenName], [surname])") << qsizetype(0)
                                            << QStringLiteral("Trim takes 1, not 2 argument");
        QTest::newRow("too few arguments") << QStringLiteral("Word([givenName], 1)") << qsizetype(0)
                                           << QStringLiteral("Word takes 3, not 2 argument");
        QTest::newRow("nested arity") << QStringLiteral(R"(ToLower(Switch([a])))") << qsizetype(8)
                                      << QStringLiteral("Switch takes at least 2, not 1 argument");
    }

    void syntaxErrorsNameTheirPosition()
    {
        QFETCH(QString, expression);
        QFETCH(qsizetype, position);
        QFETCH(QString, words);
        const std::optional<ExpressionError> error = errorOf(expression);
        QVERIFY2(error, qPrintable(expression));
        QVERIFY2(error->message.contains(words), qPrintable(error->message));
        QCOMPARE(error->position, position);
    }

    void refusesHostileNesting()
    {
        const std::optional<ExpressionError> parens = errorOf(QString(100000, QLatin1Char('(')));
        QVERIFY(parens);
        QVERIFY2(parens->message.contains(QLatin1String("10000")), qPrintable(parens->message));

        // Deep but within the length cap: refused at the 65th function (two characters each).
        const QString deep
            = QStringLiteral("T(").repeated(3000) + QStringLiteral("[a]") + QString(3000, QLatin1Char(')'));
        const std::optional<ExpressionError> nested = errorOf(deep);
        QVERIFY(nested);
        QCOMPARE(nested->position, qsizetype(128));
        QVERIFY2(nested->message.contains(QLatin1String("64")), qPrintable(nested->message));

        const QString limit = QStringLiteral("Trim(").repeated(64) + QStringLiteral("[givenName]")
            + QString(64, QLatin1Char(')'));
        QCOMPARE(evaluated(limit).value, QStringLiteral("Ann"));
        QVERIFY(errorOf(QStringLiteral("Trim(") + limit + QLatin1Char(')')));
    }

    void capsTheLengthAtEntrasLimit()
    {
        const QString fits = QLatin1Char('"') + QString(9998, QLatin1Char('x')) + QLatin1Char('"');
        QCOMPARE(fits.size(), 10000);
        QCOMPARE(evaluated(fits).value, QString(9998, QLatin1Char('x')));
        const std::optional<ExpressionError> tooLong = errorOf(fits + QLatin1Char(' '));
        QVERIFY(tooLong);
        QCOMPARE(tooLong->position, qsizetype(10000));
    }

    void neverCrashesOnGarbage()
    {
        // Random text from the characters that matter to the parser: each is an error or a value.
        static const QString alphabet = QStringLiteral("()[]\",= \\aZ9-_.Join(Switch(IIF(");
        QRandomGenerator random(20240514);
        int errors = 0;
        for (int i = 0; i < 3000; ++i) {
            QString text;
            const int length = int(random.bounded(1, 120));
            for (int c = 0; c < length; ++c)
                text += alphabet.at(random.bounded(alphabet.size()));
            const auto result = engine::evaluateExpression(text, person(ann()));
            if (const auto *error = std::get_if<ExpressionError>(&result)) {
                ++errors;
                QVERIFY(error->position >= 0 && error->position <= text.size());
                QVERIFY(!error->message.isEmpty());
            }
            engine::expressionAttributes(text);
        }
        QVERIFY(errors > 0);
    }
};

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
