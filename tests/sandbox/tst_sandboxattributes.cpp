// The sandbox as a service with a narrower User schema: attributes it drops silently and
// attributes it refuses, on POST, PUT and PATCH, over real HTTP.
#include "sandbox/attributefilter.h"
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using sandbox::SandboxServer;
using testsupport::RawReply;
using testsupport::SandboxClient;

namespace {

const QString Enterprise = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
const QString Department = Enterprise + QStringLiteral(":department");

/// A user with every attribute the tests drop or refuse; @p withAddresses adds two addresses.
QByteArray fullUser(bool withAddresses, const QString &userName = QStringLiteral("ann@example.com"))
{
    QJsonObject user {{QStringLiteral("schemas"),
                       QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"), Enterprise}},
                      {QStringLiteral("userName"), userName},
                      {QStringLiteral("title"), QStringLiteral("Pilot")},
                      {QStringLiteral("phoneNumbers"),
                       QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("work")},
                                                {QStringLiteral("value"), QStringLiteral("+49 30 1234")}}}},
                      {QStringLiteral("name"),
                       QJsonObject {{QStringLiteral("formatted"), QStringLiteral("Ann Example")},
                                    {QStringLiteral("givenName"), QStringLiteral("Ann")},
                                    {QStringLiteral("familyName"), QStringLiteral("Example")}}},
                      {Enterprise, QJsonObject {{QStringLiteral("department"), QStringLiteral("Ops")}}}};
    if (withAddresses)
        user.insert(QStringLiteral("addresses"),
                    QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("work")},
                                             {QStringLiteral("locality"), QStringLiteral("Berlin")},
                                             {QStringLiteral("postalCode"), QStringLiteral("10115")}},
                                QJsonObject {{QStringLiteral("type"), QStringLiteral("home")},
                                             {QStringLiteral("locality"), QStringLiteral("Potsdam")},
                                             {QStringLiteral("postalCode"), QStringLiteral("14467")}}});
    return QJsonDocument(user).toJson(QJsonDocument::Compact);
}

QByteArray patchOp(const QByteArray &operations)
{
    return R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[)" + operations
        + "]}";
}

QJsonObject object(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).toObject();
}

} // namespace

// A failure inside the helper ends the test function too.
#define VERIFY_REFUSED(reply, path)     \
    do {                                \
        verifyRefused(reply, path);     \
        if (QTest::currentTestFailed()) \
            return;                     \
    } while (false)

class TestSandboxAttributes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    void startSandbox(const QStringList &drop, const QStringList &reject)
    {
        SandboxServer::Config config;
        config.dropAttributes = drop;
        config.rejectAttributes = reject;
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->start());
        m_client = std::make_unique<SandboxClient>(m_server->endpoint(), m_server->token());
    }

    qsizetype users() const { return m_server->store().count(sandbox::ResourceKind::User); }

    /// Creates a user the filter lets through and returns its id.
    QByteArray create(const QByteArray &body)
    {
        const RawReply created = m_client->send("POST", "/Users", body);
        if (created.status != 201)
            qWarning("POST answered %d: %s", created.status, created.body.constData());
        return created.json.value(QLatin1String("id")).toString().toUtf8();
    }

    static void verifyRefused(const RawReply &reply, const QString &path)
    {
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(QLatin1String("schemas")).toArray(),
                 QJsonArray {QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")});
        QCOMPARE(reply.json.value(QLatin1String("status")).toString(), QStringLiteral("400"));
        QCOMPARE(reply.json.value(QLatin1String("scimType")).toString(), QStringLiteral("invalidValue"));
        QCOMPARE(reply.json.value(QLatin1String("detail")).toString(),
                 QStringLiteral("Attribute '%1' is not supported by this service.").arg(path));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void postDropsAndRejects()
    {
        startSandbox({QStringLiteral("title"), Department}, {QStringLiteral("addresses")});
        VERIFY_REFUSED(m_client->send("POST", "/Users", fullUser(true)), QStringLiteral("addresses"));
        QCOMPARE(users(), 0);

        const RawReply created = m_client->send("POST", "/Users", fullUser(false));
        QCOMPARE(created.status, 201);
        QCOMPARE(users(), 1);
        const RawReply read
            = m_client->get("/Users/" + created.json.value(QLatin1String("id")).toString().toUtf8());
        QCOMPARE(read.status, 200);
        for (const QJsonObject &user : {created.json, read.json}) {
            QVERIFY2(!user.contains(QLatin1String("title")), QJsonDocument(user).toJson().constData());
            // The extension held only the department: it goes, and its URN from "schemas".
            QVERIFY(!user.contains(Enterprise));
            QCOMPARE(user.value(QLatin1String("schemas")).toArray(),
                     QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")});
            QCOMPARE(user.value(QLatin1String("userName")).toString(), QStringLiteral("ann@example.com"));
            QCOMPARE(object(user, "name").value(QLatin1String("formatted")).toString(),
                     QStringLiteral("Ann Example"));
            QCOMPARE(user.value(QLatin1String("phoneNumbers"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QLatin1String("value")),
                     QJsonValue(QStringLiteral("+49 30 1234")));
        }
    }

    void droppingOneExtensionAttributeKeepsTheOthers()
    {
        startSandbox({Department}, {});
        const QByteArray id = create(
            R"({"userName":"ann@example.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":)"
            R"({"department":"Ops","employeeNumber":"42"}})");
        const QJsonObject user = m_client->get("/Users/" + id).json;
        QCOMPARE(object(user, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
                 (QJsonObject {{QStringLiteral("employeeNumber"), QStringLiteral("42")}}));
        QVERIFY(user.value(QLatin1String("schemas")).toArray().contains(Enterprise));
    }

    void dropSubAttribute()
    {
        startSandbox({QStringLiteral("name.formatted")}, {});
        const QJsonObject user = m_client->get("/Users/" + create(fullUser(true))).json;
        QCOMPARE(object(user, "name"),
                 (QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Ann")},
                               {QStringLiteral("familyName"), QStringLiteral("Example")}}));
        QCOMPARE(object(user, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                     .value(QLatin1String("department"))
                     .toString(),
                 QStringLiteral("Ops"));

        // A name of nothing but the dropped sub-attribute goes as a whole.
        const QJsonObject bare
            = m_client->get("/Users/" + create(R"({"userName":"bo@example.com","name":{"formatted":"Bo"}})"))
                  .json;
        QVERIFY2(!bare.contains(QLatin1String("name")), QJsonDocument(bare).toJson().constData());
    }

    void dropSubAttributeOfEveryElement()
    {
        startSandbox({QStringLiteral("addresses.locality")}, {});
        const QJsonArray addresses = m_client->get("/Users/" + create(fullUser(true)))
                                         .json.value(QLatin1String("addresses"))
                                         .toArray();
        QCOMPARE(addresses.size(), 2);
        for (const QJsonValue &address : addresses) {
            QVERIFY(!address.toObject().contains(QLatin1String("locality")));
            QVERIFY(address.toObject().contains(QLatin1String("postalCode")));
        }
    }

    void valuePathSelectsElements()
    {
        startSandbox({QStringLiteral(R"(addresses[type eq "work"].locality)")},
                     {QStringLiteral(R"(phoneNumbers[type eq "mobile"])")});
        const QByteArray mobile
            = R"({"userName":"cy@example.com","phoneNumbers":[{"type":"mobile","value":"+49 170 1"}]})";
        VERIFY_REFUSED(m_client->send("POST", "/Users", mobile),
                       QStringLiteral(R"(phoneNumbers[type eq "mobile"])"));
        QCOMPARE(users(), 0);

        const QJsonObject user = m_client->get("/Users/" + create(fullUser(true))).json;
        const QJsonArray addresses = user.value(QLatin1String("addresses")).toArray();
        QCOMPARE(addresses.size(), 2);
        QCOMPARE(addresses.at(0).toObject(),
                 (QJsonObject {{QStringLiteral("type"), QStringLiteral("work")},
                               {QStringLiteral("postalCode"), QStringLiteral("10115")}}));
        QCOMPARE(addresses.at(1).toObject().value(QLatin1String("locality")).toString(),
                 QStringLiteral("Potsdam"));
        QCOMPARE(user.value(QLatin1String("phoneNumbers")).toArray().size(), 1);
    }

    void patchAddingARejectedAttributeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("operations");
        QTest::addColumn<QString>("rejected");
        QTest::newRow("path") << QByteArray(
            R"({"op":"add","path":"addresses","value":[{"type":"work","locality":"Bonn"}]})")
                              << QStringLiteral("addresses");
        QTest::newRow("no path") << QByteArray(
            R"({"op":"Add","value":{"addresses":[{"type":"work","locality":"Bonn"}]}})")
                                 << QStringLiteral("addresses");
        QTest::newRow("value path") << QByteArray(
            "{\"op\":\"replace\",\"path\":\"addresses[type eq \\\"work\\\"].locality\",\"value\":\"Bonn\"}")
                                    << QStringLiteral("addresses");
        QTest::newRow("sub-attribute")
            << QByteArray(R"({"op":"replace","path":"name.honorificPrefix","value":"Dr."})")
            << QStringLiteral("name.honorificPrefix");
        QTest::newRow("extension") << QByteArray(
            R"({"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter","value":"CC-7"})")
                                   << Enterprise + QStringLiteral(":costCenter");
        QTest::newRow("second operation") << QByteArray(
            R"({"op":"replace","path":"displayName","value":"Ann"},{"op":"add","path":"addresses","value":[{"locality":"Bonn"}]})")
                                          << QStringLiteral("addresses");
    }

    void patchAddingARejectedAttributeIsRefused()
    {
        QFETCH(QByteArray, operations);
        QFETCH(QString, rejected);
        startSandbox({},
                     {QStringLiteral("addresses"), QStringLiteral("name.honorificPrefix"),
                      Enterprise + QStringLiteral(":costCenter")});
        const QByteArray id = create(fullUser(false));
        const QJsonObject before = m_client->get("/Users/" + id).json;
        QVERIFY(!before.isEmpty());

        VERIFY_REFUSED(m_client->send("PATCH", "/Users/" + id, patchOp(operations)), rejected);
        QCOMPARE(m_client->get("/Users/" + id).json, before);
    }

    void patchReplacingADroppedAttributeSucceedsWithoutIt()
    {
        startSandbox({QStringLiteral("title"), Department}, {});
        const QByteArray id = create(fullUser(false));
        const RawReply patched = m_client->send(
            "PATCH", "/Users/" + id,
            patchOp(
                R"({"op":"replace","path":"title","value":"Captain"},)"
                R"({"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Sales"},)"
                R"({"op":"replace","path":"displayName","value":"Ann E."})"));
        QCOMPARE(patched.status, 200);
        const QJsonObject read = m_client->get("/Users/" + id).json;
        for (const QJsonObject &user : {patched.json, read}) {
            QVERIFY2(!user.contains(QLatin1String("title")), QJsonDocument(user).toJson().constData());
            QVERIFY(!user.contains(Enterprise));
            QCOMPARE(user.value(QLatin1String("displayName")).toString(), QStringLiteral("Ann E."));
        }
        QCOMPARE(object(read, "meta").value(QLatin1String("version")).toString(), QStringLiteral("W/\"2\""));
    }

    void putLikewise()
    {
        startSandbox({QStringLiteral("title")}, {QStringLiteral("addresses")});
        const QByteArray id = create(fullUser(false));
        const QJsonObject before = m_client->get("/Users/" + id).json;
        VERIFY_REFUSED(m_client->send("PUT", "/Users/" + id, fullUser(true)), QStringLiteral("addresses"));
        QCOMPARE(m_client->get("/Users/" + id).json, before);

        const RawReply replaced = m_client->send(
            "PUT", "/Users/" + id, R"({"userName":"ann@example.com","title":"Captain","nickName":"Annie"})");
        QCOMPARE(replaced.status, 200);
        const QJsonObject read = m_client->get("/Users/" + id).json;
        QVERIFY(!replaced.json.contains(QLatin1String("title")));
        QVERIFY(!read.contains(QLatin1String("title")));
        QCOMPARE(read.value(QLatin1String("nickName")).toString(), QStringLiteral("Annie"));
    }

    void namesCompareCaseInsensitively()
    {
        startSandbox(
            {QStringLiteral("Title"), QStringLiteral("NAME.Formatted")},
            {QStringLiteral("URN:IETF:params:scim:schemas:extension:enterprise:2.0:User:Department")});
        VERIFY_REFUSED(
            m_client->send("POST", "/Users", fullUser(false)),
            QStringLiteral("URN:IETF:params:scim:schemas:extension:enterprise:2.0:User:Department"));
        const QJsonObject user = m_client
                                     ->get("/Users/"
                                           + create(R"({"userName":"ann@example.com","TITLE":"Pilot",)"
                                                    R"("Name":{"Formatted":"Ann","givenName":"Ann"}})"))
                                     .json;
        QVERIFY2(!user.contains(QLatin1String("title")) && !user.contains(QLatin1String("TITLE")),
                 QJsonDocument(user).toJson().constData());
        QCOMPARE(object(user, "name").keys(), QStringList {QStringLiteral("givenName")});
    }

    void emptyValuesAreNotValues()
    {
        startSandbox({}, {QStringLiteral("addresses"), QStringLiteral("title"), QStringLiteral("name")});
        const RawReply created = m_client->send(
            "POST", "/Users",
            R"({"userName":"ann@example.com","addresses":[],"title":"","name":{"givenName":null}})");
        QCOMPARE(created.status, 201);
        VERIFY_REFUSED(
            m_client->send("POST", "/Users", R"({"userName":"bo@example.com","name":{"givenName":"Bo"}})"),
            QStringLiteral("name"));
        // Removing a refused attribute is no value either.
        const QByteArray id = created.json.value(QLatin1String("id")).toString().toUtf8();
        QCOMPARE(
            m_client->send("PATCH", "/Users/" + id, patchOp(R"({"op":"remove","path":"addresses"})")).status,
            200);
    }

    void groupsAreUntouched()
    {
        startSandbox({QStringLiteral("members")}, {QStringLiteral("displayName")});
        const QByteArray user = create(R"({"userName":"ann@example.com"})");
        const QJsonObject body {
            {QStringLiteral("displayName"), QStringLiteral("Pushed")},
            {QStringLiteral("members"),
             QJsonArray {QJsonObject {{QStringLiteral("value"), QString::fromUtf8(user)}}}}};
        const RawReply group
            = m_client->send("POST", "/Groups", QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(group.status, 201);
        QCOMPARE(group.json.value(QLatin1String("members")).toArray().size(), 1);
        QCOMPARE(m_client->get("/Groups/" + m_server->seededGroupId().toUtf8()).status, 200);
    }

    void changeableAfterConstruction()
    {
        startSandbox({}, {});
        m_server->setRejectAttributes({QStringLiteral("title")});
        m_server->setDropAttributes({QStringLiteral("nickName")});
        QCOMPARE(m_server->rejectAttributes(), QStringList {QStringLiteral("title")});
        QCOMPARE(m_server->dropAttributes(), QStringList {QStringLiteral("nickName")});
        VERIFY_REFUSED(m_client->send("POST", "/Users", R"({"userName":"ann@example.com","title":"Pilot"})"),
                       QStringLiteral("title"));
        m_server->setRejectAttributes({});
        const RawReply created = m_client->send(
            "POST", "/Users", R"({"userName":"ann@example.com","title":"Pilot","nickName":"A"})");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QLatin1String("title")).toString(), QStringLiteral("Pilot"));
        QVERIFY(!created.json.contains(QLatin1String("nickName")));
    }

    void quietRejectionsNameNoAttribute()
    {
        startSandbox({}, {QStringLiteral("title"), QStringLiteral("addresses")});
        m_server->setRejectionsNameNoAttribute(true);
        const RawReply refused = m_client->send("POST", "/Users", fullUser(true));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(QLatin1String("scimType")).toString(), QStringLiteral("invalidValue"));
        QCOMPARE(refused.json.value(QLatin1String("detail")).toString(),
                 QStringLiteral("An attribute is not supported by this service."));
        QCOMPARE(users(), 0);
        // Changing the paths keeps the quiet refusals.
        m_server->setRejectAttributes({QStringLiteral("nickName")});
        QCOMPARE(m_client->send("POST", "/Users", fullUser(true)).status, 201);
        const RawReply nick
            = m_client->send("POST", "/Users", R"({"userName":"bo@example.com","nickName":"Bo"})");
        QCOMPARE(nick.status, 400);
        QCOMPARE(nick.json.value(QLatin1String("detail")).toString(),
                 QStringLiteral("An attribute is not supported by this service."));
    }

    void pathSyntax_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("attribute") << QStringLiteral("title") << true;
        QTest::newRow("sub-attribute") << QStringLiteral("name.formatted") << true;
        QTest::newRow("$ref") << QStringLiteral("manager.$ref") << true;
        QTest::newRow("extension") << Department << true;
        QTest::newRow("extension sub-attribute") << Enterprise + QStringLiteral(":manager.value") << true;
        QTest::newRow("core URN") << QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User:title")
                                  << true;
        QTest::newRow("value path") << QStringLiteral(R"(addresses[type eq "work"].locality)") << true;
        QTest::newRow("value path, whole elements") << QStringLiteral(R"(emails[type eq "work"])") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral(" ") << false;
        QTest::newRow("padded") << QStringLiteral(" title") << false;
        QTest::newRow("space inside") << QStringLiteral("job title") << false;
        QTest::newRow("punctuation") << QStringLiteral("tit!e") << false;
        QTest::newRow("digit first") << QStringLiteral("9lives") << false;
        QTest::newRow("trailing dot") << QStringLiteral("name.") << false;
        QTest::newRow("leading dot") << QStringLiteral(".name") << false;
        QTest::newRow("two dots") << QStringLiteral("name.formatted.x") << false;
        QTest::newRow("URN alone") << QStringLiteral("urn:") << false;
        QTest::newRow("URN without attribute") << Enterprise + QStringLiteral(":") << false;
        QTest::newRow("unclosed filter") << QStringLiteral(R"(addresses[type eq "work")") << false;
        QTest::newRow("empty filter") << QStringLiteral("addresses[]") << false;
        QTest::newRow("bad filter") << QStringLiteral("addresses[type zz 1]") << false;
        QTest::newRow("junk after filter") << QStringLiteral(R"(addresses[type eq "work"]x)") << false;
    }

    void pathSyntax()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QCOMPARE(sandbox::AttributeFilter::isValidPath(path), valid);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAttributes)
#include "tst_sandboxattributes.moc"
