// Every PATCH shape and filter of shared/reference/idp-requests.md sent to the sandbox as literal
// JSON, the effect read back with GET; each shape also against --strict, which must reject what
// RFC 7643/7644 reject and leave the resource untouched.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using sandbox::SandboxServer;
using testsupport::RawReply;
using testsupport::SandboxClient;

namespace {

const QByteArray Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/// A tenant with a user, a manager, another user already in the seeded group.
struct Tenant
{
    explicit Tenant(bool strict)
        : server(SandboxServer::Config {strict, QStringLiteral("SCIM Pilot"), "test-token"})
    {
        server.start();
        client = std::make_unique<SandboxClient>(server.endpoint(), server.token());
        user = create("Users",
                      R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"u@example.com",
            "name":{"givenName":"Given","familyName":"Family"},"active":true,
            "emails":[{"type":"work","value":"old@example.com","primary":true}]})");
        manager = create(
            "Users",
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"boss@example.com"})");
        other = create(
            "Users",
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"other@example.com"})");
        group = server.seededGroupId().toUtf8();
        client->send("PATCH", "/Groups/" + group,
                     expand(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations":[{"op":"add","path":"members","value":[{"value":"{other}"}]}]})"));
    }

    QByteArray create(const char *collection, const QByteArray &body)
    {
        return client->send("POST", "/" + QByteArray(collection), body)
            .json.value(QLatin1String("id"))
            .toString()
            .toUtf8();
    }

    QByteArray expand(QByteArray text) const
    {
        return text.replace("{user}", user)
            .replace("{mgr}", manager)
            .replace("{other}", other)
            .replace("{group}", group);
    }

    SandboxServer server;
    std::unique_ptr<SandboxClient> client;
    QByteArray user, manager, other, group;
};

/// `a/b/0/c` into a JSON object; `members[value=ID]` gives whether such a member is there.
QJsonValue lookup(const QJsonObject &object, const QString &pointer)
{
    QJsonValue current = object;
    const QStringList segments = pointer.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        const qsizetype open = segment.indexOf(QLatin1Char('['));
        if (open > 0) {
            const QString wanted = segment.mid(open + 7, segment.size() - open - 8); // [value=…]
            const QJsonArray array = current.toObject().value(segment.left(open)).toArray();
            for (const QJsonValue &element : array) {
                if (element.toObject().value(QLatin1String("value")).toString() == wanted)
                    return true;
            }
            return false;
        }
        bool isIndex = false;
        const int index = segment.toInt(&isIndex);
        current = isIndex ? current.toArray().at(index) : current.toObject().value(segment);
    }
    return current;
}

QJsonValue expected(const QByteArray &json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().at(0);
}

} // namespace

class TestSandboxPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchShapes_data()
    {
        QTest::addColumn<QByteArray>("collection");
        QTest::addColumn<QByteArray>("operations");
        QTest::addColumn<int>("strictStatus");
        QTest::addColumn<QString>("pointer1");
        QTest::addColumn<QByteArray>("expected1");
        QTest::addColumn<QString>("pointer2");
        QTest::addColumn<QByteArray>("expected2");
        const QString manager = QString::fromLatin1(Enterprise) + QStringLiteral("/manager/value");

        QTest::newRow("E3b manager, legacy array on 'manager'")
            << QByteArray("Users")
            << QByteArray(
                   R"([{"op":"Add","path":"manager","value":[{"$ref":"../Users/{mgr}","value":"{mgr}"}]}])")
            << 400 << manager << QByteArray(R"("{mgr}")") << QString() << QByteArray();
        QTest::newRow("E3b manager, bare string on the URN path")
            << QByteArray("Users")
            << QByteArray(
                   R"([{"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"{mgr}"}])")
            << 400 << manager << QByteArray(R"("{mgr}")") << QString() << QByteArray();
        QTest::newRow("manager as the RFC's complex value")
            << QByteArray("Users")
            << QByteArray(
                   R"([{"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":{"value":"{mgr}"}}])")
            << 200 << manager << QByteArray(R"("{mgr}")") << QString() << QByteArray();
        QTest::newRow("E5 legacy update: work email by value path, family name")
            << QByteArray("Users")
            << QByteArray(
                   R"([{"op":"Replace","path":"emails[type eq \u0022work\u0022].value","value":"new@example.com"},{"op":"Replace","path":"name.familyName","value":"Newname"}])")
            << 200 << QStringLiteral("emails/0/value") << QByteArray(R"("new@example.com")")
            << QStringLiteral("name/familyName") << QByteArray(R"("Newname")");
        QTest::newRow("E5 add nickName")
            << QByteArray("Users") << QByteArray(R"([{"op":"Add","path":"nickName","value":"Nick"}])") << 200
            << QStringLiteral("nickName") << QByteArray(R"("Nick")") << QString() << QByteArray();
        QTest::newRow("E5' path-less replace with dotted keys")
            << QByteArray("Users")
            << QByteArray(
                   R"([{"op":"replace","value":{"displayName":"Display","name.givenName":"Newgiven","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber":"701"}}])")
            << 200 << QStringLiteral("name/givenName") << QByteArray(R"("Newgiven")")
            << QString::fromLatin1(Enterprise) + QStringLiteral("/employeeNumber") << QByteArray(R"("701")");
        QTest::newRow("E6 legacy disable with the string \"False\"")
            << QByteArray("Users") << QByteArray(R"([{"op":"Replace","path":"active","value":"False"}])")
            << 400 << QStringLiteral("active") << QByteArray("false") << QString() << QByteArray();
        QTest::newRow("E6' disable with a boolean")
            << QByteArray("Users") << QByteArray(R"([{"op":"replace","path":"active","value":false}])") << 200
            << QStringLiteral("active") << QByteArray("false") << QString() << QByteArray();
        QTest::newRow("O5 path-less deactivate")
            << QByteArray("Users") << QByteArray(R"([{"op":"replace","value":{"active":false}}])") << 200
            << QStringLiteral("active") << QByteArray("false") << QString() << QByteArray();
        QTest::newRow("op name in odd case")
            << QByteArray("Users") << QByteArray(R"([{"op":"rEpLaCe","path":"title","value":"Tester"}])")
            << 200 << QStringLiteral("title") << QByteArray(R"("Tester")") << QString() << QByteArray();
        QTest::newRow("E10 add member with $ref null")
            << QByteArray("Groups")
            << QByteArray(R"([{"op":"Add","path":"members","value":[{"$ref":null,"value":"{user}"}]}])")
            << 200 << QStringLiteral("members[value={user}]") << QByteArray("true")
            << QStringLiteral("members[value={other}]") << QByteArray("true");
        QTest::newRow("E11 legacy remove with a value array")
            << QByteArray("Groups")
            << QByteArray(R"([{"op":"Remove","path":"members","value":[{"value":"{other}"}]}])") << 400
            << QStringLiteral("members[value={other}]") << QByteArray("false") << QString() << QByteArray();
        QTest::newRow("E11 remove by members[value eq] path")
            << QByteArray("Groups")
            << QByteArray(R"([{"op":"remove","path":"members[value eq \u0022{other}\u0022]"}])") << 200
            << QStringLiteral("members[value={other}]") << QByteArray("false") << QString() << QByteArray();
        QTest::newRow("E12 rename with Replace displayName")
            << QByteArray("Groups")
            << QByteArray(R"([{"op":"Replace","path":"displayName","value":"Renamed"}])") << 200
            << QStringLiteral("displayName") << QByteArray(R"("Renamed")") << QString() << QByteArray();
        QTest::newRow("O10 remove then add a member, with display")
            << QByteArray("Groups")
            << QByteArray(
                   R"([{"op":"remove","path":"members[value eq \u0022{user}\u0022]"},{"op":"add","path":"members","value":[{"value":"{user}","display":"U"}]}])")
            << 200 << QStringLiteral("members[value={user}]") << QByteArray("true")
            << QStringLiteral("members[value={other}]") << QByteArray("true");
        QTest::newRow("O10 replace all members")
            << QByteArray("Groups")
            << QByteArray(R"([{"op":"replace","path":"members","value":[{"value":"{user}"}]}])") << 200
            << QStringLiteral("members[value={user}]") << QByteArray("true")
            << QStringLiteral("members[value={other}]") << QByteArray("false");
        QTest::newRow("O11 rename repeating the id")
            << QByteArray("Groups")
            << QByteArray(R"([{"op":"replace","value":{"id":"{group}","displayName":"Renamed"}}])") << 200
            << QStringLiteral("displayName") << QByteArray(R"("Renamed")") << QStringLiteral("id")
            << QByteArray(R"("{group}")");
        QTest::newRow("trying to change the id")
            << QByteArray("Groups")
            << QByteArray(R"([{"op":"replace","value":{"id":"another","displayName":"Renamed"}}])") << 400
            << QStringLiteral("id") << QByteArray(R"("{group}")") << QString() << QByteArray();
    }

    void patchShapes()
    {
        QFETCH(QByteArray, collection);
        QFETCH(QByteArray, operations);
        QFETCH(int, strictStatus);
        QFETCH(QString, pointer1);
        QFETCH(QByteArray, expected1);
        QFETCH(QString, pointer2);
        QFETCH(QByteArray, expected2);

        for (const bool strict : {false, true}) {
            Tenant tenant(strict);
            const QByteArray id = collection == "Users" ? tenant.user : tenant.group;
            const QByteArray message = tenant.expand(
                R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":)" + operations
                + "}");
            const QJsonObject before = tenant.client->get("/" + collection + "/" + id).json;
            const RawReply patched = tenant.client->send("PATCH", "/" + collection + "/" + id, message);
            const int wanted = strict ? strictStatus : 200;
            QVERIFY2(patched.status == wanted,
                     qPrintable(QStringLiteral("%1: %2 %3")
                                    .arg(strict ? QStringLiteral("strict") : QStringLiteral("lenient"))
                                    .arg(patched.status)
                                    .arg(QString::fromUtf8(patched.body))));
            const QJsonObject after = tenant.client->get("/" + collection + "/" + id).json;
            if (wanted != 200) {
                // Refused: a SCIM Error, and nothing changed.
                QVERIFY(patched.json.value(QLatin1String("schemas"))
                            .toArray()
                            .contains(QLatin1String("urn:ietf:params:scim:api:messages:2.0:Error")));
                QVERIFY(!patched.json.value(QLatin1String("detail")).toString().isEmpty());
                QCOMPARE(after, before);
                continue;
            }
            QCOMPARE(lookup(after, QString::fromUtf8(tenant.expand(pointer1.toUtf8()))),
                     expected(tenant.expand(expected1)));
            if (!pointer2.isEmpty())
                QCOMPARE(lookup(after, QString::fromUtf8(tenant.expand(pointer2.toUtf8()))),
                         expected(tenant.expand(expected2)));
            QVERIFY(after.value(QLatin1String("meta")).toObject().value(QLatin1String("version"))
                    != before.value(QLatin1String("meta")).toObject().value(QLatin1String("version")));
        }
    }

    void strictNeedsPatchSchemaAndOperationsKey()
    {
        for (const bool strict : {false, true}) {
            Tenant tenant(strict);
            const RawReply reply
                = tenant.client->send("PATCH", "/Users/" + tenant.user,
                                      R"({"operations":[{"op":"add","path":"title","value":"T"}]})");
            QCOMPARE(reply.status, strict ? 400 : 200);
        }
    }

    void malformedPatches_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("scimType");
        QTest::newRow("no operations")
            << QByteArray(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[]})")
            << "invalidSyntax";
        QTest::newRow("unknown op") << QByteArray(
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"merge","path":"title","value":"x"}]})")
                                    << "invalidSyntax";
        QTest::newRow("remove without path") << QByteArray(
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"remove"}]})")
                                             << "noTarget";
        QTest::newRow("replace without value") << QByteArray(
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"title"}]})")
                                               << "invalidSyntax";
        QTest::newRow("bad filter in path") << QByteArray(
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"emails[type gt 1].value","value":"x"}]})")
                                            << "invalidFilter";
        QTest::newRow("not json") << QByteArray("{nope") << "invalidSyntax";
        QTest::newRow("active not a boolean") << QByteArray(
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":"maybe"}]})")
                                              << "invalidValue";
    }

    void malformedPatches()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, scimType);
        Tenant tenant(false);
        const RawReply reply = tenant.client->send("PATCH", "/Users/" + tenant.user, message);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(QLatin1String("scimType")).toString(), scimType);
    }

    void filters_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QStringList>("userNames"); // sorted; {"invalidFilter"} for a refusal
        const QStringList ann {QStringLiteral("Ann.Lee@example.com")};
        QTest::newRow("E1 test connection: random GUID, + encoding")
            << QByteArray("/Users?filter=userName+eq+%227d420df3-1f2b-4f44-a2b2-61f2fbc3f0fb%22")
            << QStringList();
        QTest::newRow("E2 userName eq")
            << QByteArray("/Users?filter=userName+eq+%22Ann.Lee%40example.com%22") << ann;
        QTest::newRow("userName is case-insensitive")
            << QByteArray("/Users?filter=userName+eq+%22ANN.LEE%40EXAMPLE.COM%22") << ann;
        QTest::newRow("E2 externalId eq") << QByteArray("/Users?filter=externalId+eq+%22ext-1%22") << ann;
        QTest::newRow("externalId is case-exact")
            << QByteArray("/Users?filter=externalId+eq+%22EXT-1%22") << QStringList();
        QTest::newRow("E2 work email value path")
            << QByteArray("/Users?filter=emails%5Btype+eq+%22work%22%5D.value+eq+%22ann%40example.com%22")
            << ann;
        QTest::newRow("value path respects the type")
            << QByteArray("/Users?filter=emails%5Btype+eq+%22work%22%5D.value+eq+%22ann%40home.example%22")
            << QStringList();
        QTest::newRow("O2 Okta, %20 encoding with paging")
            << QByteArray("/Users?filter=userName%20eq%20%22bob%40example.com%22&startIndex=1&count=100")
            << QStringList {QStringLiteral("bob@example.com")};
        QTest::newRow("plus in a value") << QByteArray("/Users?filter=userName+eq+%22a%2Bb%40example.com%22")
                                         << QStringList {QStringLiteral("a+b@example.com")};
        QTest::newRow("unicode") << QByteArray("/Users?filter=userName%20eq%20%22zo%C3%AB%40example.com%22")
                                 << QStringList {QString::fromUtf8("zoë@example.com")};
        QTest::newRow("and") << QByteArray("/Users?filter=userName%20sw%20%22a%22%20and%20active%20eq%20true")
                             << QStringList {QStringLiteral("Ann.Lee@example.com"),
                                             QStringLiteral("a+b@example.com")};
        QTest::newRow("or with parentheses")
            << QByteArray("/Users?filter=(userName%20eq%20%22bob%40example.com%22%20or%20title%20eq%20%22x%"
                          "22)%20and%20active%20eq%20false")
            << QStringList {QStringLiteral("bob@example.com")};
        QTest::newRow("co") << QByteArray("/Users?filter=userName%20co%20%22LEE%22") << ann;
        QTest::newRow("ne") << QByteArray("/Users?filter=userName%20ne%20%22bob%40example.com%22")
                            << QStringList {QStringLiteral("Ann.Lee@example.com"),
                                            QStringLiteral("a+b@example.com"),
                                            QString::fromUtf8("zoë@example.com")};
        QTest::newRow("pr") << QByteArray("/Users?filter=title%20pr")
                            << QStringList {QStringLiteral("bob@example.com")};
        QTest::newRow("gt is refused") << QByteArray("/Users?filter=userName%20gt%20%22a%22")
                                       << QStringList {QStringLiteral("invalidFilter")};
        QTest::newRow("ew is refused") << QByteArray("/Users?filter=userName%20ew%20%22a%22")
                                       << QStringList {QStringLiteral("invalidFilter")};
        QTest::newRow("not is refused") << QByteArray("/Users?filter=not%20(title%20pr)")
                                        << QStringList {QStringLiteral("invalidFilter")};
        QTest::newRow("missing value")
            << QByteArray("/Users?filter=userName%20eq") << QStringList {QStringLiteral("invalidFilter")};
        QTest::newRow("unclosed string") << QByteArray("/Users?filter=userName%20eq%20%22abc")
                                         << QStringList {QStringLiteral("invalidFilter")};
        QTest::newRow("unquoted value") << QByteArray("/Users?filter=userName%20eq%20bob")
                                        << QStringList {QStringLiteral("invalidFilter")};
        // Hostile filters are refused, not recursed into until the stack overflows (30,000 levels did).
        QTest::newRow("30,000 parentheses")
            << QByteArray("/Users?filter=" + QByteArray(30000, '(') + "title%20pr" + QByteArray(30000, ')'))
            << QStringList {QStringLiteral("invalidFilter")};
        QTest::newRow("30,000 value paths") << QByteArray(
            "/Users?filter=" + QByteArray("emails[").repeated(30000) + "type%20pr" + QByteArray(30000, ']'))
                                            << QStringList {QStringLiteral("invalidFilter")};
        QByteArray chain = "title%20pr";
        for (int i = 0; i < 20000; ++i)
            chain += "%20or%20title%20pr";
        QTest::newRow("20,000 ors") << QByteArray("/Users?filter=" + chain)
                                    << QStringList {QStringLiteral("invalidFilter")};
        QTest::newRow("32 levels still fine")
            << QByteArray("/Users?filter=" + QByteArray(32, '(') + "title%20pr" + QByteArray(32, ')'))
            << QStringList {QStringLiteral("bob@example.com")};
    }

    void filters()
    {
        QFETCH(QByteArray, target);
        QFETCH(QStringList, userNames);
        Tenant tenant(false);
        tenant.create("Users", R"({"userName":"Ann.Lee@example.com","externalId":"ext-1","active":true,
            "emails":[{"type":"home","value":"ann@home.example"},{"type":"work","value":"ann@example.com","primary":true}]})");
        tenant.create(
            "Users",
            R"({"userName":"bob@example.com","externalId":"ext-2","title":"Engineer","active":false})");
        tenant.create("Users", R"({"userName":"zoë@example.com","active":true})");
        tenant.create("Users", R"({"userName":"a+b@example.com","active":true})");
        // The tenant's own three users are out of the way: none matches these filters but ne.
        for (const QByteArray &id : {tenant.user, tenant.manager, tenant.other})
            tenant.client->send("DELETE", "/Users/" + id);

        const RawReply reply = tenant.client->get(target);
        if (userNames == QStringList {QStringLiteral("invalidFilter")}) {
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.json.value(QLatin1String("scimType")).toString(), QStringLiteral("invalidFilter"));
            return;
        }
        QVERIFY2(reply.status == 200, reply.body.constData());
        QStringList found;
        const QJsonArray resources = reply.json.value(QLatin1String("Resources")).toArray();
        for (const QJsonValue &resource : resources)
            found.append(resource.toObject().value(QLatin1String("userName")).toString());
        found.sort();
        userNames.sort();
        QCOMPARE(found, userNames);
        QCOMPARE(reply.json.value(QLatin1String("totalResults")).toInt(-1), int(userNames.size()));
        QVERIFY(reply.json.value(QLatin1String("Resources")).isArray());
        QVERIFY(reply.json.value(QLatin1String("startIndex")).isDouble());
        QVERIFY(reply.json.value(QLatin1String("itemsPerPage")).isDouble());
    }

    void groupLookups()
    {
        Tenant tenant(false);
        // O9: Okta's displayName filter with paging; E9: Entra's, always without members.
        RawReply okta = tenant.client->get(
            "/Groups?filter=displayName%20eq%20%22SCIM%20Pilot%22&startIndex=1&count=100");
        QCOMPARE(okta.json.value(QLatin1String("totalResults")).toInt(), 1);
        QVERIFY(okta.json.value(QLatin1String("Resources"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .contains(QLatin1String("members")));
        RawReply entra
            = tenant.client->get("/Groups?excludedAttributes=members&filter=displayName+eq+%22SCIM+Pilot%22");
        QCOMPARE(entra.json.value(QLatin1String("totalResults")).toInt(), 1);
        const QJsonObject group = entra.json.value(QLatin1String("Resources")).toArray().at(0).toObject();
        QVERIFY(!group.contains(QLatin1String("members")));
        QCOMPARE(group.value(QLatin1String("id")).toString().toUtf8(), tenant.group);
        RawReply byId = tenant.client->get("/Groups/" + tenant.group + "?excludedAttributes=members");
        QCOMPARE(byId.status, 200);
        QVERIFY(!byId.json.contains(QLatin1String("members")));
        QCOMPARE(byId.json.value(QLatin1String("displayName")).toString(), QStringLiteral("SCIM Pilot"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPatch)
#include "tst_sandboxpatch.moc"
