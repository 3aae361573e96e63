// group-preview and group-confirm against a sandbox seeded with existing, case-variant and
// colliding accounts (preview) and made to look like a finished IdP cycle (confirm): each verdict
// asserted, and the sandbox read back to prove neither command wrote anything.
#include "engine/group/grouprun.h"
#include "sandbox/sandboxserver.h"
#include "support/connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <qcoro/qcorotask.h>

using engine::GroupCsv;
using engine::GroupRun;
using engine::RunResult;
using engine::StepResult;
using Outcome = StepResult::Outcome;
using namespace std::chrono_literals;

namespace {

QJsonObject user(const QString &userName, const QString &email, bool active = true,
                 const QString &externalId = {})
{
    QJsonObject body {
        {QStringLiteral("schemas"),
         QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("active"), active},
        {QStringLiteral("name"),
         QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Given")},
                      {QStringLiteral("familyName"), QStringLiteral("Family")}}},
        {QStringLiteral("emails"),
         QJsonArray {QJsonObject {{QStringLiteral("value"), email},
                                  {QStringLiteral("type"), QStringLiteral("work")},
                                  {QStringLiteral("primary"), true}}}},
    };
    if (!externalId.isEmpty())
        body.insert(QStringLiteral("externalId"), externalId);
    return body;
}

/// Everything the sandbox holds, to compare before and after.
QByteArray snapshot(sandbox::SandboxServer &server)
{
    QJsonArray all;
    for (const auto kind : {sandbox::ResourceKind::User, sandbox::ResourceKind::Group}) {
        const QList<QJsonObject> resources = server.store().list(kind, nullptr);
        for (const QJsonObject &resource : resources)
            all.append(resource);
    }
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

const StepResult *find(const RunResult &result, const QString &user, const QString &id)
{
    for (const StepResult &step : result.steps) {
        if (step.user == user && step.id == id)
            return &step;
    }
    return nullptr;
}

} // namespace

class TestGroupRun : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    RunResult run(sandbox::SandboxServer &server, GroupRun::Kind kind, const QByteArray &csvText,
                  const QString &idp, const QString &sso = {})
    {
        const GroupCsv csv = GroupCsv::parse(csvText);
        if (!csv.isValid())
            qFatal("%s", qPrintable(csv.problems.first().toString()));
        engine::GroupOptions options;
        options.idp = *common::idpFromName(idp);
        options.groupName = QStringLiteral("SCIM Pilot");
        options.ssoAttribute = sso;
        options.members = csv.members;
        server.clearReceived();
        const QByteArray before = snapshot(server);
        GroupRun groupRun(&m_network, testsupport::connectionTo(server.endpoint(), server.token(), 10s), kind,
                          options);
        const RunResult result = QCoro::waitFor(groupRun.run());
        // Read-only: only GETs were sent, and the sandbox holds exactly what it held.
        for (const sandbox::ReceivedRequest &request : server.received()) {
            if (request.method != "GET")
                qFatal("%s %s was sent", request.method.constData(), request.target.constData());
        }
        if (snapshot(server) != before)
            qFatal("the sandbox changed");
        return result;
    }

private Q_SLOTS:
    void previewPredictsEachVerdict_data()
    {
        QTest::addColumn<QString>("idp");
        QTest::newRow("entra") << QStringLiteral("entra");
        QTest::newRow("okta") << QStringLiteral("okta");
    }

    void previewPredictsEachVerdict()
    {
        QFETCH(QString, idp);
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        const QString linked
            = server.store()
                  .create(sandbox::ResourceKind::User,
                          user(QStringLiteral("linked@example.com"), QStringLiteral("linked@example.com")))
                  .value(QLatin1String("id"))
                  .toString();
        server.store().create(
            sandbox::ResourceKind::User,
            user(QStringLiteral("case.variant@example.com"), QStringLiteral("cv@example.com")));
        server.store().create(sandbox::ResourceKind::User,
                              user(QStringLiteral("other@example.com"), QStringLiteral("taken@example.com")));
        server.store().create(sandbox::ResourceKind::User,
                              user(QStringLiteral("third@example.com"), QStringLiteral("third@example.com"),
                                   true, QStringLiteral("EMP-7")));

        const RunResult result = run(server, GroupRun::Kind::Preview,
                                     "userName,email,externalId\n"
                                     "new.person@example.com,new.person@example.com,\n"
                                     "linked@example.com,linked@example.com,\n"
                                     "Case.Variant@example.com,case.variant@example.com,\n"
                                     "fresh@example.com,taken@example.com,\n"
                                     "fourth@example.com,fourth@example.com,EMP-7\n"
                                     "upn@corp.example,first.last@example.com,\n",
                                     idp, QStringLiteral("email"));
        QCOMPARE(result.kind, QStringLiteral("group-preview"));
        QCOMPARE(result.steps.size(), 12);
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        // The machine verdict, then the sentence the admin reads.
        const auto verdict = [&](const char *who) {
            const StepResult *step = find(result, QString::fromLatin1(who), QStringLiteral("match"));
            return step ? step->verdict + QLatin1Char(' ') + step->detail : QStringLiteral("no step");
        };
        QVERIFY2(verdict("new.person@example.com").startsWith(QLatin1String("would-create No account has")),
                 qPrintable(verdict("new.person@example.com")));
        QVERIFY2(verdict("linked@example.com")
                     .startsWith(QLatin1String("would-link Links to the existing account "
                                               "linked@example.com (")
                                 + linked),
                 qPrintable(verdict("linked@example.com")));
        // The service matches case-insensitively and the IdP's own lookup finds the variant: it links.
        QVERIFY2(verdict("Case.Variant@example.com")
                     .startsWith(
                         QLatin1String("would-link Links to the existing account case.variant@example.com")),
                 qPrintable(verdict("Case.Variant@example.com")));
        QVERIFY2(verdict("fresh@example.com")
                     .startsWith(QLatin1String("would-collide Collides with other@example.com")),
                 qPrintable(verdict("fresh@example.com")));
        QVERIFY2(verdict("fourth@example.com")
                     .startsWith(QLatin1String("would-collide Collides with third@example.com")),
                 qPrintable(verdict("fourth@example.com")));
        QCOMPARE(find(result, QStringLiteral("Case.Variant@example.com"), QStringLiteral("match"))->outcome,
                 Outcome::Passed);
        QCOMPARE(find(result, QStringLiteral("fresh@example.com"), QStringLiteral("match"))->outcome,
                 Outcome::Failed);
        QCOMPARE(find(result, QStringLiteral("linked@example.com"), QStringLiteral("match"))->outcome,
                 Outcome::Passed);
        // SSO by email: the row whose userName is not its email is warned about, the others pass.
        QCOMPARE(find(result, QStringLiteral("upn@corp.example"), QStringLiteral("row-valid"))->outcome,
                 Outcome::Warning);
        QVERIFY(find(result, QStringLiteral("upn@corp.example"), QStringLiteral("row-valid"))
                    ->detail.contains(QLatin1String("first.last@example.com")));
        QCOMPARE(find(result, QStringLiteral("linked@example.com"), QStringLiteral("row-valid"))->outcome,
                 Outcome::Passed);
        // The IdP's own matching request: Okta pages, Entra does not.
        const StepResult *match
            = find(result, QStringLiteral("new.person@example.com"), QStringLiteral("match"));
        const QString query = match->exchanges.first().url.query(QUrl::FullyEncoded);
        QCOMPARE(query.contains(QLatin1String("startIndex=1")), idp == QLatin1String("okta"));
        // Entra ID's first cycle for the file's 6 people in one group: 6 + 1 + 6 = 13 objects,
        // 0.13–1.04 minutes. Okta publishes no such guidance.
        QCOMPARE(result.firstSync.has_value(), idp == QLatin1String("entra"));
        if (result.firstSync) {
            QCOMPARE(result.firstSync->objects, qint64(13));
            QCOMPARE(result.firstSync->lowMinutes, 0.13);
            QCOMPARE(result.firstSync->highMinutes, 1.04);
            QCOMPARE(result.firstSync->latencyMs, result.medianAnswerMs());
            QVERIFY(result.firstSync->latencyMs);
        }
    }

    void previewTimesTheFirstSyncByTheEndpointsAnswers()
    {
        // Every answer takes 400 ms: 2 requests per object make 0.8 s, past the low bound's 0.6 s.
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        server.faults().latencyMs = 400;
        const RunResult result
            = run(server, GroupRun::Kind::Preview, "userName\nslow@example.com\n", QStringLiteral("entra"));
        QVERIFY(result.firstSync);
        // 1 + 1 + 1 = 3 objects: 0.03–0.24 minutes.
        QCOMPARE(result.firstSync->users, 1);
        QCOMPARE(result.firstSync->lowMinutes, 0.03);
        QCOMPARE(result.firstSync->highMinutes, 0.24);
        QVERIFY2(result.firstSync->latencyMs && *result.firstSync->latencyMs >= 400,
                 qPrintable(QString::number(result.firstSync->latencyMs.value_or(-1))));
        QCOMPARE(result.firstSync->near, engine::FirstSyncEstimate::Near::Between);
        const QJsonObject json = result.toJson().value(QLatin1String("firstSyncMinutes")).toObject();
        QCOMPARE(json.value(QLatin1String("near")).toString(), QStringLiteral("between"));
        QCOMPARE(RunResult::fromJson(result.toJson())->firstSync->highMinutes, 0.24);
    }

    void previewOnACaseSensitiveServiceStillFindsTheVariant()
    {
        // The IdP's exact request misses (the service compares userName exactly); the console's
        // lower-cased one finds the account: that is a real collision.
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        server.faults().caseExactUserNames = true;
        server.store().create(sandbox::ResourceKind::User,
                              user(QStringLiteral("mixed@example.com"), QStringLiteral("m@example.com")));
        const RunResult result
            = run(server, GroupRun::Kind::Preview, "userName\nMIXED@example.com\n", QStringLiteral("entra"));
        const StepResult *match = find(result, QStringLiteral("MIXED@example.com"), QStringLiteral("match"));
        QCOMPARE(match->verdict, QStringLiteral("would-collide"));
        QCOMPARE(match->outcome, Outcome::Failed);
        QVERIFY2(match->detail.contains(QLatin1String("differs only in letter case")),
                 qPrintable(match->detail));
    }

    void confirmAfterAFirstCycle()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        const auto add = [&](const QJsonObject &body) {
            return server.store()
                .create(sandbox::ResourceKind::User, body)
                .value(QLatin1String("id"))
                .toString();
        };
        const QString arrived
            = add(user(QStringLiteral("arrived@example.com"), QStringLiteral("arrived@example.com")));
        const QString inactive = add(
            user(QStringLiteral("inactive@example.com"), QStringLiteral("inactive@example.com"), false));
        add(user(QStringLiteral("outside@example.com"), QStringLiteral("outside@example.com")));
        const QString changed
            = add(user(QStringLiteral("changed@example.com"), QStringLiteral("changed@example.com")));
        const QString stranger
            = add(user(QStringLiteral("stranger@example.com"), QStringLiteral("stranger@example.com")));
        QJsonArray members;
        for (const QString &id : {arrived, inactive, changed, stranger})
            members.append(QJsonObject {{QStringLiteral("value"), id}});
        server.store().patch(
            sandbox::ResourceKind::Group, server.seededGroupId(),
            QJsonObject {{QStringLiteral("schemas"),
                          QJsonArray {QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
                         {QStringLiteral("Operations"),
                          QJsonArray {QJsonObject {{QStringLiteral("op"), QStringLiteral("add")},
                                                   {QStringLiteral("path"), QStringLiteral("members")},
                                                   {QStringLiteral("value"), members}}}}});

        const RunResult result = run(server, GroupRun::Kind::Confirm,
                                     "userName,givenName,familyName,email\n"
                                     "arrived@example.com,Given,Family,ARRIVED@example.com\n"
                                     "missing@example.com,Miss,Ing,missing@example.com\n"
                                     "inactive@example.com,Given,Family,\n"
                                     "outside@example.com,Given,,\n"
                                     "changed@example.com,Other,Family,\n",
                                     QStringLiteral("okta"));
        QCOMPARE(result.kind, QStringLiteral("group-confirm"));
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        const auto outcome = [&](const char *who, const char *id) {
            const StepResult *step = find(result, QString::fromLatin1(who), QString::fromLatin1(id));
            return step ? StepResult::outcomeName(step->outcome) : QStringLiteral("none");
        };
        for (const char *id : {"arrived", "active", "attributes-match", "in-group"})
            QCOMPARE(outcome("arrived@example.com", id), QStringLiteral("passed"));
        QCOMPARE(outcome("missing@example.com", "arrived"), QStringLiteral("failed"));
        QCOMPARE(outcome("missing@example.com", "in-group"), QStringLiteral("skipped"));
        QCOMPARE(outcome("inactive@example.com", "arrived"), QStringLiteral("passed"));
        QCOMPARE(outcome("inactive@example.com", "active"), QStringLiteral("failed"));
        QCOMPARE(outcome("inactive@example.com", "in-group"), QStringLiteral("passed"));
        QCOMPARE(outcome("outside@example.com", "in-group"), QStringLiteral("failed"));
        QCOMPARE(outcome("outside@example.com", "attributes-match"), QStringLiteral("passed"));
        QCOMPARE(outcome("changed@example.com", "attributes-match"), QStringLiteral("failed"));
        QVERIFY(find(result, QStringLiteral("changed@example.com"), QStringLiteral("attributes-match"))
                    ->detail.contains(QLatin1String("givenName")));
        // The account in the group that the file does not list.
        QCOMPARE(outcome("stranger@example.com", "not-in-file"), QStringLiteral("warning"));
        int extra = 0;
        for (const StepResult &step : result.steps)
            extra += step.id == QLatin1String("not-in-file");
        QCOMPARE(extra, 1);
    }

    void confirmOfAHugeGroupNamesTheFirstFifty()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        QJsonArray members;
        for (int i = 0; i < 80; ++i) {
            const QString userName = QStringLiteral("someone%1@example.com").arg(i, 2, 10, QLatin1Char('0'));
            members.append(QJsonObject {{QStringLiteral("value"),
                                         server.store()
                                             .create(sandbox::ResourceKind::User, user(userName, userName))
                                             .value(QLatin1String("id"))}});
        }
        server.store().patch(
            sandbox::ResourceKind::Group, server.seededGroupId(),
            QJsonObject {{QStringLiteral("schemas"),
                          QJsonArray {QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
                         {QStringLiteral("Operations"),
                          QJsonArray {QJsonObject {{QStringLiteral("op"), QStringLiteral("add")},
                                                   {QStringLiteral("path"), QStringLiteral("members")},
                                                   {QStringLiteral("value"), members}}}}});
        const RunResult result = run(server, GroupRun::Kind::Confirm, "userName\nsomeone00@example.com\n",
                                     QStringLiteral("entra"));
        int named = 0;
        for (const StepResult &step : result.steps)
            named += step.id == QLatin1String("not-in-file");
        QCOMPARE(named, 51); // 50 by name, then one for the other 29
        QVERIFY(result.steps.last().detail.startsWith(QLatin1String("29 more account")));
        QVERIFY(server.received().size() < 60);
    }

    void confirmNamesAMissingGroup()
    {
        sandbox::SandboxServer server(
            sandbox::SandboxServer::Config {false, QStringLiteral("Another group"), {}});
        QVERIFY(server.start());
        server.store().create(sandbox::ResourceKind::User,
                              user(QStringLiteral("a@example.com"), QStringLiteral("a@example.com")));
        const RunResult result
            = run(server, GroupRun::Kind::Confirm, "userName\na@example.com\n", QStringLiteral("entra"));
        const StepResult *inGroup = find(result, QStringLiteral("a@example.com"), QStringLiteral("in-group"));
        QCOMPARE(inGroup->outcome, Outcome::Failed);
        QVERIFY(inGroup->detail.contains(QLatin1String("SCIM Pilot")));
    }

    void cancelEndsTheRunCancelled()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        server.faults().latencyMs = 200;
        QByteArray text = "userName\n";
        for (int i = 0; i < 30; ++i)
            text += "p" + QByteArray::number(i) + "@example.com\n";
        engine::GroupOptions options;
        options.members = GroupCsv::parse(text).members;
        options.concurrency = 2;
        GroupRun groupRun(&m_network, testsupport::connectionTo(server.endpoint(), server.token()),
                          GroupRun::Kind::Preview, options);
        connect(&groupRun, &GroupRun::stepFinished, &groupRun, &GroupRun::cancel);
        const RunResult result = QCoro::waitFor(groupRun.run());
        QCOMPARE(result.outcome, RunResult::Outcome::Cancelled);
        QVERIFY(server.received().size() < 30);
        QCOMPARE(result.steps.size(), 60); // every row accounted for
        QCOMPARE(result.steps.last().outcome, Outcome::Skipped);
        QCOMPARE(server.store().count(sandbox::ResourceKind::User), 0);
    }

    void manyRowsRunConcurrentlyAndBackOffTogether()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        QByteArray csv = "userName\n";
        for (int i = 0; i < 40; ++i)
            csv += "person" + QByteArray::number(i) + "@example.com\n";
        QString error;
        const auto rule = sandbox::FaultRule::parse(QStringLiteral("GET:/Users:3:429=1"), &error);
        QVERIFY2(rule, qPrintable(error));
        server.faults().rules.append(*rule);
        const RunResult result = run(server, GroupRun::Kind::Preview, csv, QStringLiteral("entra"));
        QCOMPARE(result.steps.size(), 80);
        QCOMPARE(result.outcome, RunResult::Outcome::Passed);
        // In file order, whatever order the answers came in.
        QCOMPARE(result.steps.at(2).user, QStringLiteral("person1@example.com"));
        QCOMPARE(result.steps.at(79).user, QStringLiteral("person39@example.com"));
        int retried = 0;
        for (const sandbox::ReceivedRequest &request : server.received())
            retried += request.status == 429;
        QCOMPARE(retried, 1);
    }
};

QTEST_GUILESS_MAIN(TestGroupRun)
#include "tst_grouprun.moc"
