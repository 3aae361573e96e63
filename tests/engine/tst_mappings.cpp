// The pilot replays an IdP's attribute mapping: what the service stores, changes, drops or
// refuses, row by row, with the row to fix — against the sandbox made to drop and refuse
// attributes, with the default mappings and with an imported Entra ID schema.
#include "engine/mapping/mapping.h"
#include "engine/pilot/mappingcheck.h"
#include "engine/pilot/pilotrun.h"
#include "sandbox/sandboxserver.h"
#include "support/connection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using engine::PilotRun;
using engine::RunResult;
using engine::StepResult;
using Outcome = StepResult::Outcome;

namespace {

const QString Address = QStringLiteral("mapping-addresses[type eq \"work\"].");

QString describe(const RunResult &result)
{
    QStringList lines;
    for (const StepResult &step : result.steps)
        lines.append(QStringLiteral("%1=%2/%3 (%4)")
                         .arg(step.id, StepResult::outcomeName(step.outcome), step.verdict, step.detail));
    return lines.join(QLatin1Char('\n'));
}

const StepResult *stepOf(const RunResult &result, const QString &id)
{
    for (const StepResult &step : result.steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

/// The create bodies the service received, in order.
QList<QJsonObject> creates(const sandbox::SandboxServer &server)
{
    QList<QJsonObject> bodies;
    for (const sandbox::ReceivedRequest &request : server.received()) {
        if (request.method == "POST" && request.target.contains("/Users"))
            bodies.append(QJsonDocument::fromJson(request.body).object());
    }
    return bodies;
}

QString fixture(const char *name)
{
    return QStringLiteral(SCIM_TEST_FIXTURES "/mapping/") + QLatin1String(name);
}

} // namespace

class TestMappings : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    RunResult pilot(sandbox::SandboxServer &server, engine::DialectId dialect,
                    std::optional<engine::AttributeMapping> mapping = {})
    {
        engine::PilotOptions options;
        options.dialect = dialect;
        options.groupName = QStringLiteral("SCIM Pilot");
        options.mapping = std::move(mapping);
        PilotRun run(&m_network, testsupport::connectionTo(server.endpoint(), server.token()), options);
        return QCoro::waitFor(run.run());
    }

    static void expectNothingLeft(sandbox::SandboxServer &server, const RunResult &result)
    {
        QVERIFY2(result.cleanup && result.cleanup->leftovers.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(server.store().count(sandbox::ResourceKind::User), 0);
    }

private Q_SLOTS:
    void defaultEntraMappingAgainstAServiceThatDropsAndRefuses()
    {
        sandbox::SandboxServer::Config config;
        config.dropAttributes = {QStringLiteral("title")};
        config.rejectAttributes = {QStringLiteral("addresses")};
        sandbox::SandboxServer server(config);
        QVERIFY(server.start());
        const RunResult result = pilot(server, engine::DialectId::Entra);

        const engine::AttributeMapping mapping = engine::AttributeMapping::defaults(common::Idp::Entra);
        int addressRows = 0;
        for (const engine::MappingRow &row : mapping.user) {
            const StepResult *step = stepOf(result, QStringLiteral("mapping-") + row.target);
            QVERIFY2(step, qPrintable(row.target));
            if (row.target == QLatin1String("title")) {
                QCOMPARE(step->verdict, QStringLiteral("dropped"));
                QCOMPARE(step->outcome, Outcome::Warning);
                QVERIFY2(step->hint.contains(QStringLiteral("delete the row “jobTitle → title”")),
                         qPrintable(step->hint));
            } else if (row.target.startsWith(QLatin1String("addresses"))) {
                ++addressRows;
                QCOMPARE(step->verdict, QStringLiteral("rejected"));
                QCOMPARE(step->outcome, Outcome::Failed);
                QVERIFY2(step->hint.contains(
                             QStringLiteral("delete the row “%1 → %2”").arg(row.source, row.target)),
                         qPrintable(step->hint));
            } else {
                QVERIFY2(step->verdict == QLatin1String("stored") && step->outcome == Outcome::Passed,
                         qPrintable(describe(result)));
            }
        }
        QCOMPARE(addressRows, 6);
        // The IdP's own create fails; the rest of the life ran with the user created without them.
        const StepResult *created = stepOf(result, QStringLiteral("create-user"));
        QCOMPARE(created->outcome, Outcome::Failed);
        QVERIFY(created->detail.contains(QLatin1String("addresses")));
        QCOMPARE(stepOf(result, QStringLiteral("delete-user"))->outcome, Outcome::Passed);
        QList<QJsonObject> bodies = creates(server);
        QVERIFY(bodies.size() >= 2);
        QVERIFY(bodies.at(0).contains(QLatin1String("addresses"))); // as Entra sends it
        QVERIFY(!bodies.at(1).contains(QLatin1String("addresses"))); // and without the refused rows
        QCOMPARE(bodies.at(1).value(QLatin1String("title")).toString(), QStringLiteral("SCIM Pilot Tester"));
        expectNothingLeft(server, result);
    }

    void aRefusalThatNamesNothingIsFoundByHalving()
    {
        sandbox::SandboxServer::Config config;
        config.rejectAttributes = {QStringLiteral("phoneNumbers"), QStringLiteral("preferredLanguage")};
        sandbox::SandboxServer server(config);
        server.setRejectionsNameNoAttribute(true);
        QVERIFY(server.start());
        const RunResult result = pilot(server, engine::DialectId::EntraRfc);
        QStringList rejected;
        for (const StepResult &step : result.steps) {
            if (step.verdict == QLatin1String("rejected"))
                rejected.append(step.id);
        }
        QCOMPARE(rejected,
                 (QStringList {QStringLiteral("mapping-preferredLanguage"),
                               QStringLiteral("mapping-phoneNumbers[type eq \"work\"].value"),
                               QStringLiteral("mapping-phoneNumbers[type eq \"mobile\"].value"),
                               QStringLiteral("mapping-phoneNumbers[type eq \"fax\"].value")}));
        QVERIFY(stepOf(result, QStringLiteral("mapping-preferredLanguage"))
                    ->detail.contains(QLatin1String("halves")));
        expectNothingLeft(server, result); // every test user the halving created is gone too
    }

    void anImportedEntraSchemaChangesTheCreateBody()
    {
        engine::MappingError error;
        const auto mapping = engine::MappingFile::load(fixture("entra-schema-customised.json"), &error);
        QVERIFY2(mapping, qPrintable(error.toString()));
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        const RunResult result = pilot(server, engine::DialectId::Entra, mapping);
        QVERIFY2(result.outcome == RunResult::Outcome::Passed, qPrintable(describe(result)));
        const QJsonObject body = creates(server).constFirst();
        QVERIFY(!body.contains(QLatin1String("title"))); // the row the admin deleted
        QCOMPARE(body.value(QLatin1String("userType")).toString(), QStringLiteral("Employee")); // a constant
        const QJsonObject name = body.value(QLatin1String("name")).toObject();
        QCOMPARE(body.value(QLatin1String("nickName")).toString(),
                 QString(name.value(QLatin1String("givenName")).toString() + QLatin1Char('.')
                         + name.value(QLatin1String("familyName")).toString())
                     .toLower()); // an expression
        QVERIFY(stepOf(result, QStringLiteral("mapping-nickName")));
        QVERIFY(!stepOf(result, QStringLiteral("mapping-title")));
        // Matching precedence: userName first, then externalId, both before the create.
        QStringList lookups;
        for (const sandbox::ReceivedRequest &request : server.received()) {
            if (request.method == "POST")
                break;
            if (request.target.contains("/Users?"))
                lookups.append(QUrl::fromPercentEncoding(request.target));
        }
        QCOMPARE(lookups.size(), 2);
        QVERIFY2(lookups.at(0).contains(QLatin1String("filter=userName+eq")), qPrintable(lookups.at(0)));
        QVERIFY2(lookups.at(1).contains(QLatin1String("filter=externalId+eq")), qPrintable(lookups.at(1)));
        expectNothingLeft(server, result);
    }

    void aBrokenMappingFileNamesTheJsonPathAndNothingIsSent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("not JSON") << QByteArray("{\"synchronizationRules\": [") << "$";
        QTest::newRow("own format, row without target")
            << QByteArray(R"({"format":"scim-console-mapping/1","idp":"entra","user":[{"source":"mail"}]})")
            << "$.user[0].target";
        QTest::newRow("own format, two sources") << QByteArray(
            R"({"format":"scim-console-mapping/1","idp":"okta","user":[{"source":"a","constant":"b","target":"c"}]})")
                                                 << "$.user[0]";
        QTest::newRow("own format, expression that does not parse") << QByteArray(
            "{\"format\":\"scim-console-mapping/1\",\"idp\":\"entra\",\"user\":[{\"source\":\"mail\","
            "\"target\":\"userName\"},{\"expression\":\"Join(\\\" \\\", [givenName]\",\"target\":"
            "\"name.formatted\"}]}") << "$.user[1].expression";
        QTest::newRow("own format, unknown idp")
            << QByteArray(R"({"format":"scim-console-mapping/1","idp":"onelogin","user":[]})") << "$.idp";
    }

    void aBrokenMappingFileNamesTheJsonPathAndNothingIsSent()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("mapping.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        engine::MappingError error;
        QVERIFY(!engine::MappingFile::load(file.fileName(), &error));
        QCOMPARE(error.jsonPath, path);
        QVERIFY(!error.message.isEmpty());
    }

    void aValueStoredDifferentlyIsChangedAndCaseIsNamed_data()
    {
        QTest::addColumn<QJsonValue>("stored");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<bool>("caseOnly");
        QTest::newRow("as sent") << QJsonValue(QStringLiteral("SCIM Pilot Tester")) << "stored" << false;
        QTest::newRow("letter case") << QJsonValue(QStringLiteral("scim pilot tester")) << "changed" << true;
        QTest::newRow("another value") << QJsonValue(QStringLiteral("Tester")) << "changed" << false;
        QTest::newRow("empty") << QJsonValue(QString()) << "dropped" << false;
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << "dropped" << false;
    }

    void aValueStoredDifferentlyIsChangedAndCaseIsNamed()
    {
        QFETCH(QJsonValue, stored);
        QFETCH(QString, verdict);
        QFETCH(bool, caseOnly);
        engine::MappingRow row;
        row.source = QStringLiteral("jobTitle");
        row.target = QStringLiteral("title");
        const engine::SentValue sent {row, QStringLiteral("SCIM Pilot Tester"), false, {}};
        QJsonObject user;
        if (!stored.isUndefined())
            user.insert(QStringLiteral("title"), stored);
        const StepResult step = engine::MappingCheck::judge(StepResult(), common::Idp::Okta, row, sent, false,
                                                            user, QSet<QString> {QStringLiteral("title")});
        QCOMPARE(step.verdict, verdict);
        QCOMPARE(step.outcome, verdict == QLatin1String("stored") ? Outcome::Passed : Outcome::Warning);
        QCOMPARE(step.detail.contains(QLatin1String("letter case")), caseOnly);
        if (verdict == QLatin1String("dropped")) {
            QVERIFY(step.detail.contains(QLatin1String("advertises it")));
            QVERIFY2(step.hint.contains(QLatin1String("In Okta")), qPrintable(step.hint));
        }
    }

    void aServiceErrorNamesExactlyTheRowsItMeans_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QStringList>("named");
        QTest::newRow("a whole attribute")
            << "Attribute 'addresses' is not supported."
            << QStringList {QStringLiteral("addresses[type eq \"work\"].locality"),
                            QStringLiteral("addresses[type eq \"work\"].country")};
        QTest::newRow("one sub-attribute, not its siblings")
            << "name.formatted: invalidValue" << QStringList {QStringLiteral("name.formatted")};
        QTest::newRow("a plain attribute at the end of a sentence")
            << "Unknown attribute title." << QStringList {QStringLiteral("title")};
        QTest::newRow("an extension attribute by its URN")
            << "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department is read-only"
            << QStringList {
                   QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department")};
        QTest::newRow("a word inside another") << "displayName is too long" << QStringList();
    }

    void aServiceErrorNamesExactlyTheRowsItMeans()
    {
        QFETCH(QString, error);
        QFETCH(QStringList, named);
        QList<engine::MappingRow> rows;
        for (const char *target :
             {"title", "name.formatted", "name.givenName", "addresses[type eq \"work\"].locality",
              "addresses[type eq \"work\"].country",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"}) {
            engine::MappingRow row;
            row.source = QStringLiteral("x");
            row.target = QString::fromLatin1(target);
            rows.append(row);
        }
        QStringList found;
        for (const engine::MappingRow &row : engine::MappingCheck::namedIn(error, rows))
            found.append(row.target);
        QCOMPARE(found, named);
    }

    void theValuesTheConsoleFindsItsUserByAreAlwaysItsOwn()
    {
        // A customised row may compute userName or externalId from anything: the synthetic
        // person's userName and the run's marker stand in, so the cleanup always finds it.
        engine::MappingRow userName;
        userName.source = QStringLiteral("mailNickname");
        userName.target = QStringLiteral("userName");
        engine::MappingRow externalId;
        externalId.source = QStringLiteral("objectId");
        externalId.target = QStringLiteral("externalId");
        const engine::PilotUser person
            = engine::PilotUser::make(QStringLiteral("run1"), QStringLiteral("example.com"));
        const engine::UserBody body
            = engine::UserBody::build({userName, externalId}, person, engine::UserBody::Moment::Create);
        QCOMPARE(body.body.value(QLatin1String("userName")).toString(), person.userName);
        QCOMPARE(body.body.value(QLatin1String("externalId")).toString(), person.externalId);
        QVERIFY(!body.sent.at(0).note.isEmpty());
        QVERIFY(!body.sent.at(1).note.isEmpty());
    }

    void aFailedReadBackJudgesNoRow()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        QString error;
        server.faults().rules.append(*sandbox::FaultRule::parse(QStringLiteral("GET:/Users/:1:500"), &error));
        const RunResult result = pilot(server, engine::DialectId::Okta);
        int judged = 0;
        for (const StepResult &step : result.steps) {
            if (!step.id.startsWith(QLatin1String("mapping-")))
                continue;
            ++judged;
            QVERIFY2(step.outcome == Outcome::Skipped && step.verdict.isEmpty(),
                     qPrintable(describe(result)));
        }
        QCOMPARE(judged, 7);
        expectNothingLeft(server, result);
    }

    void aProfileRemembersItsMapping()
    {
        const QString profile = QStringLiteral("profile-for-mappings");
        engine::MappingError error;
        QVERIFY(!engine::MappingFile::saved(profile, &error));
        QVERIFY(error.message.isEmpty());
        QCOMPARE(engine::MappingFile::effective(profile, common::Idp::Okta, &error)->origin,
                 QStringLiteral("default"));
        engine::AttributeMapping mapping = engine::AttributeMapping::defaults(common::Idp::Okta);
        QVERIFY(mapping.setEnabled(QStringLiteral("title"), true));
        QString saveError;
        QVERIFY2(engine::MappingFile::save(profile, mapping, &saveError), qPrintable(saveError));
        const auto remembered = engine::MappingFile::effective(profile, common::Idp::Okta, &error);
        QVERIFY2(remembered, qPrintable(error.toString()));
        QCOMPARE(remembered->origin, QStringLiteral("profile"));
        QCOMPARE(remembered->user, mapping.user);
        engine::MappingFile::forget(profile);
        QVERIFY(!engine::MappingFile::saved(profile, &error));
    }

    void oktaRowsSwitchOnAndTheUniqueIdentifierIsWhatOktaLooksUp()
    {
        engine::AttributeMapping mapping = engine::AttributeMapping::defaults(common::Idp::Okta);
        QVERIFY(mapping.setEnabled(QStringLiteral("title"), true));
        QVERIFY(mapping.setUniqueIdentifier(QStringLiteral("userName")));
        QVERIFY(!mapping.setEnabled(QStringLiteral("noSuchAttribute"), true));
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        const RunResult result = pilot(server, engine::DialectId::Okta, mapping);
        QVERIFY2(result.outcome == RunResult::Outcome::Passed, qPrintable(describe(result)));
        const QJsonObject body = creates(server).constFirst();
        QCOMPARE(body.value(QLatin1String("title")).toString(), QStringLiteral("SCIM Pilot Tester"));
        QVERIFY(!body.contains(QLatin1String("nickName"))); // still off
        QCOMPARE(body.value(QLatin1String("emails")).toArray().at(0).toObject().value(QLatin1String("type")),
                 QJsonValue(QStringLiteral("work")));
        QCOMPARE(stepOf(result, QStringLiteral("mapping-title"))->verdict, QStringLiteral("stored"));
        QVERIFY(!stepOf(result, QStringLiteral("mapping-nickName")));
        expectNothingLeft(server, result);
    }
};

QTEST_GUILESS_MAIN(TestMappings)
#include "tst_mappings.moc"
