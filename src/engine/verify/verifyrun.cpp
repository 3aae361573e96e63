#include "engine/verify/verifyrun.h"

#include "credentials/token.h"
#include "engine/idp/wire.h"
#include "engine/run/diagnosis.h"
#include "scim/filter.h"
#include "scim/listresponse.h"
#include "scim/resourcepath.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QUuid>

#include <tuple>

namespace engine {

namespace {
/// The token wave's requests: the two refusals, the acceptance, three discovery reads, Entra's two
/// test-connection filters, Okta's, the groups list, the group's details and the unknown id.
constexpr int TokenWaveRequests = 12;
} // namespace

VerifyRun::VerifyRun(QNetworkAccessManager *network, scim::Connection connection, VerifyOptions options,
                     QObject *parent)
    : Run(network, std::move(connection), parent)
    , m_options(std::move(options))
{ }

QStringList VerifyRun::stepIds(scim::AuthMode mode, bool load)
{
    QStringList ids {QStringLiteral("endpoint-url"),  QStringLiteral("auth-mode"),
                     QStringLiteral("reachability"),  QStringLiteral("tls-certificate"),
                     QStringLiteral("tls-protocols"), QStringLiteral("tls-cipher-suites"),
                     QStringLiteral("tls-key"),       QStringLiteral("tls-root"),
                     QStringLiteral("tls-expiry")};
    if (mode == scim::AuthMode::OAuthClientCredentials)
        ids << QStringLiteral("oauth-token-endpoint") << QStringLiteral("oauth-grant")
            << QStringLiteral("oauth-rejects-bad-secret") << QStringLiteral("oauth-token-lifetime");
    ids << QStringLiteral("auth-rejects-missing-token")
        << (mode == scim::AuthMode::Basic ? QStringLiteral("basic-rejects-bad-password")
                                          : QStringLiteral("auth-rejects-bad-token"));
    ids << QStringLiteral("auth-accepts-token") << QStringLiteral("service-provider-config")
        << QStringLiteral("resource-types") << QStringLiteral("schemas")
        << QStringLiteral("entra-test-connection") << QStringLiteral("okta-test-connection")
        << QStringLiteral("groups-list") << QStringLiteral("group-details")
        << QStringLiteral("unknown-id-404") << QStringLiteral("content-type")
        << QStringLiteral("token-expiry") << QStringLiteral("clock-skew");
    if (load)
        ids << QStringLiteral("throughput");
    return ids;
}

QCoro::Task<RunResult> VerifyRun::execute()
{
    RunResult result = begin(QStringLiteral("verify"),
                             m_options.idp ? common::idpName(*m_options.idp) : QStringLiteral("both"));
    const QStringList ids = stepIds(client().authentication().mode, m_options.load);
    const auto done = [&](RunResult::Outcome outcome) {
        // Whatever did not run is listed as skipped, so every report has every step.
        result.steps.append(skipSteps(ids.mid(result.steps.size()), {},
                                      tr("Not run: the endpoint could not be reached safely.")));
        return end(std::move(result), outcome);
    };

    // The checks that need only a working token go out together: one round trip, not one per
    // six of them (Qt's connections per host).
    client().setParallelRequests(TokenWaveRequests);
    result.steps.append(finishStep(endpointUrl()));
    result.steps.append(finishStep(authMode()));
    scim::RequestOptions anonymous;
    anonymous.auth = scim::RequestOptions::Auth::None;
    const scim::Response root = co_await client().sendTo("GET", client().endpoint().url(), {}, anonymous);
    if (isCancelled())
        co_return done(RunResult::Outcome::Cancelled);
    result.steps.append(finishStep(reachability(root)));
    result.steps.append(finishStep(tlsCertificate(root)));
    const bool trusted = result.steps.constLast().outcome != Outcome::Failed;
    if (result.steps.at(2).outcome == Outcome::Failed)
        co_return done(RunResult::Outcome::Error);
    // The handshakes send nothing, so they run even for a certificate this computer refuses, and
    // at the same time as everything that needs the token: verify waits for two round trips, not
    // one per kind of check.
    auto tlsTask = tlsSteps(root);
    if (!trusted) {
        result.steps.append(co_await tlsTask);
        co_return done(isCancelled() ? RunResult::Outcome::Cancelled : RunResult::Outcome::Error);
    }
    bool granted = true;
    QList<Step> oauth;
    if (client().oauth()) {
        oauth = co_await oauthSteps();
        granted = !client().oauth()->accessToken().isEmpty();
        if (const auto method = client().oauth()->acceptedMethod())
            result.clientAuthentication = scim::clientAuthMethodName(*method);
    }
    QList<Step> withToken;
    if (!isCancelled())
        withToken = co_await tokenSteps(granted);
    result.steps.append(co_await tlsTask);
    if (isCancelled())
        co_return done(RunResult::Outcome::Cancelled);
    result.steps.append(oauth);
    result.steps.append(withToken);
    if (m_options.load && !isCancelled()) {
        const auto accepted = std::find_if(result.steps.cbegin(), result.steps.cend(), [](const Step &step) {
            return step.id == QLatin1String("auth-accepts-token");
        });
        if (accepted != result.steps.cend() && accepted->outcome != Outcome::Failed
            && accepted->outcome != Outcome::Skipped) {
            Step load = co_await throughput();
            result.steps.append(finishStep(std::move(load)));
        } else {
            result.steps.append(skipSteps({QStringLiteral("throughput")}, {},
                                          tr("Not run: the endpoint did not accept the token (see "
                                             "auth-accepts-token).")));
        }
    }
    co_return done(RunResult::Outcome::Passed);
}

QCoro::Task<QList<StepResult>> VerifyRun::tokenSteps(bool granted)
{
    // Independent requests run at once (QCoro tasks start eagerly); results keep their order.
    auto missing = authRejects(false);
    auto wrong = authRejects(true);
    if (!granted) {
        // No access token: every step that needs one would only ask the token endpoint again.
        QList<Step> steps;
        steps.append(finishStep(co_await missing));
        steps.append(finishStep(co_await wrong));
        QStringList ids = stepIds(client().authentication().mode);
        steps.append(skipSteps(ids.mid(ids.indexOf(QLatin1String("auth-accepts-token"))), {},
                               tr("Not run: no access token could be obtained (see oauth-grant).")));
        co_return steps;
    }
    // Everything that needs only a working token goes out at once; whether the token worked is
    // judged when the answers are in.
    auto acceptedTask
        = client().get(QStringLiteral("Users"),
                       scim::Query().add(QStringLiteral("startIndex"), 1).add(QStringLiteral("count"), 1));
    auto spc = discovery(QStringLiteral("service-provider-config"), QStringLiteral("ServiceProviderConfig"));
    auto types = discovery(QStringLiteral("resource-types"), QStringLiteral("ResourceTypes"));
    auto schemas = discovery(QStringLiteral("schemas"), QStringLiteral("Schemas"));
    auto entra = entraTestConnection();
    auto okta = oktaTestConnection();
    auto groups = groupsList();
    auto group = groupDetails();
    auto unknown = unknownId();
    const scim::Response accepted = co_await acceptedTask;
    const Step acceptsStep = authAccepts(accepted);
    const bool tokenWorks = acceptsStep.outcome != Outcome::Failed;

    QList<Step> steps;
    steps.append(finishStep(co_await missing));
    steps.append(finishStep(co_await wrong));
    steps.append(finishStep(acceptsStep));
    for (auto *task : {&spc, &types, &schemas, &entra, &okta, &groups, &group, &unknown}) {
        Step s = co_await *task;
        const bool refused = !s.exchanges.isEmpty()
            && (s.exchanges.constLast().status == 401 || s.exchanges.constLast().status == 403);
        if (!tokenWorks && refused && s.outcome != Outcome::Passed)
            s.set(Outcome::Skipped, tr("Not judged: the token itself was refused (see auth-accepts-token)."));
        steps.append(finishStep(s));
    }
    steps.append(finishStep(contentType(accepted)));
    steps.append(finishStep(tokenExpiry()));
    steps.append(finishStep(clockSkew(accepted)));
    co_return steps;
}

QCoro::Task<StepResult> VerifyRun::authRejects(bool sendWrongToken)
{
    const scim::Authentication &auth = client().authentication();
    const bool basic = auth.mode == scim::AuthMode::Basic;
    Step s = newStep(!sendWrongToken ? "auth-rejects-missing-token"
                         : basic     ? "basic-rejects-bad-password"
                                     : "auth-rejects-bad-token");
    scim::RequestOptions options;
    if (sendWrongToken) {
        // The mode's own form with a wrong secret: a wrong password for Basic, a wrong token else.
        options.auth = scim::RequestOptions::Auth::Override;
        const QByteArray wrong
            = "scim-console-wrong-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        options.overrideAuthorization = auth.authorization(wrong);
    } else {
        options.auth = scim::RequestOptions::Auth::None;
    }
    const scim::Response r = co_await client().get(
        QStringLiteral("Users"),
        scim::Query().add(QStringLiteral("startIndex"), 1).add(QStringLiteral("count"), 1), options);
    s.record(r);
    const Diagnosis transport = Diagnosis::ofTransport(r);
    if (transport.isProblem())
        co_return (s.set(Outcome::Failed, transport.detail, transport.hint));
    if (r.status == 401)
        co_return (s.set(Outcome::Passed, tr("Refused with HTTP 401, as it should be.")));
    if (r.status == 403)
        co_return (s.set(
            Outcome::Warning, tr("Refused with HTTP 403."),
            tr("Refusing is right; 401 is what RFC 7644 and the identity providers expect, and it makes "
               "a bad token easier to tell from missing permissions.")));
    if (r.status >= 200 && r.status < 300)
        co_return (s.set(
            Outcome::Failed,
            sendWrongToken ? (
                //: %1 is the HTTP status code, e.g. 200
                basic ? tr("HTTP %1 with a wrong password: the endpoint does not check passwords — it is "
                           "open to anyone who knows the username.")
                            .arg(r.status)
                      //: %1 is the HTTP status code, e.g. 200; "token" is the SCIM bearer token
                      : tr("HTTP %1 with a wrong token: the endpoint does not check tokens — it is open to "
                           "anyone.")
                            .arg(r.status))
                           //: %1 is the HTTP status code, e.g. 200
                           : tr("HTTP %1 without any token: the endpoint is open to anyone.").arg(r.status),
            tr("Stop here. Do not connect an identity provider until the service provider fixes "
               "authentication; anyone could read and change your users.")));
    const Diagnosis d = Diagnosis::of(r);
    co_return (s.set(r.bodyKind == scim::BodyKind::Html ? Outcome::Failed : Outcome::Warning,
                     //: %1 is the HTTP status code, %2 a sentence describing the answer
                     tr("Refused, but with HTTP %1 rather than 401. %2").arg(r.status).arg(d.detail),
                     d.hint));
}

StepResult VerifyRun::authAccepts(const scim::Response &response) const
{
    Step s = newStep("auth-accepts-token");
    s.record(response);
    const Diagnosis d = Diagnosis::of(response);
    if (d.isProblem())
        return s.set(Outcome::Failed, d.detail, d.hint);
    //: %1 is a summary of the answer, e.g. "HTTP 200 in 12 ms"
    return s.set(Outcome::Passed, tr("GET /Users with the token: %1.").arg(Diagnosis::summary(response)));
}

QCoro::Task<StepResult> VerifyRun::discovery(QString id, QString path)
{
    Step s = newStep(id);
    const scim::Response r = co_await client().get(path);
    s.record(r);
    const QString neither
        = tr("Neither Entra ID nor Okta needs it to provision users; some tools and auditors read it.");
    const Diagnosis d = Diagnosis::of(r);
    if (d.isProblem())
        co_return (s.set(Outcome::Warning, d.detail, neither));
    const QJsonObject body = r.object();
    if (path == QLatin1String("ServiceProviderConfig")) {
        if (!body.value(QLatin1String("patch")).toObject().value(QLatin1String("supported")).toBool())
            co_return (s.set(
                Outcome::Warning, tr("It says PATCH is not supported."),
                tr("Entra ID changes group membership with PATCH only. If the service really lacks PATCH, "
                   "groups will not provision from Entra ID.")));
        co_return (s.set(
            Outcome::Passed,
            //: %1 is "supported" or "not supported" (translated separately)
            tr("PATCH supported; filter %1.")
                .arg(body.value(QLatin1String("filter")).toObject().value(QLatin1String("supported")).toBool()
                         ? tr("supported")
                         : tr("not supported"))));
    }
    QStringList names;
    const QJsonArray resources = body.value(QLatin1String("Resources")).toArray();
    for (const QJsonValue &resource : resources)
        names.append(resource.toObject().value(QLatin1String("id")).toString());
    const QStringList wanted = path == QLatin1String("ResourceTypes")
        ? QStringList {QStringLiteral("User"), QStringLiteral("Group")}
        : QStringList {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")};
    for (const QString &name : wanted) {
        if (!names.contains(name, Qt::CaseInsensitive))
            co_return (s.set(Outcome::Warning,
                             //: %1 is a SCIM resource type or schema name, %2 a list of those found
                             tr("%1 is not listed (found: %2).").arg(name, names.join(QLatin1String(", "))),
                             neither));
    }
    //: %1 is a comma-separated list of SCIM resource types or schemas, e.g. User, Group
    co_return (s.set(Outcome::Passed, tr("Lists %1.").arg(names.join(QLatin1String(", ")))));
}

QCoro::Task<StepResult> VerifyRun::entraTestConnection()
{
    // E1: a random userName, then a random group name; each must give 200 and an empty list.
    Step s = newStep("entra-test-connection");
    const QString guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString groupGuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Entra ID sends the two one after the other; they are independent, so they go out at once.
    scim::Query userQuery;
    userQuery.add(QStringLiteral("filter"), scim::filter::eq(QStringLiteral("userName"), guid));
    scim::Query groupQuery;
    groupQuery.add(QStringLiteral("excludedAttributes"), QStringLiteral("members"))
        .add(QStringLiteral("filter"), scim::filter::eq(QStringLiteral("displayName"), groupGuid));
    auto usersTask = client().get(QStringLiteral("Users"), userQuery, wire::entra());
    auto groupsTask = client().get(QStringLiteral("Groups"), groupQuery, wire::entra());
    const scim::Response users = co_await usersTask;
    const scim::Response groups = co_await groupsTask;
    s.record(users);
    s.record(groups);
    for (const auto &[r, isGroup, value] :
         {std::tuple {&users, false, guid}, std::tuple {&groups, true, groupGuid}}) {
        if (Step judged = judgeEmptySearch(s, *r, isGroup, value); judged.outcome == Outcome::Failed)
            co_return forIdp(judged, common::Idp::Entra);
    }
    co_return (s.set(Outcome::Passed,
                     tr("A random userName and a random group name each gave 200 with an empty list, as "
                        "Entra ID expects.")));
}

StepResult VerifyRun::judgeEmptySearch(Step s, const scim::Response &response, bool groups,
                                       const QString &value) const
{
    if (response.status == 404)
        return s.set(
            Outcome::Failed,
            groups ? tr("HTTP 404 for a group filter that matches no one.", "service group")
                   : tr("HTTP 404 for a user filter that matches no one."),
            tr("Entra ID treats 404 here as an error: Test Connection fails and, during provisioning, "
               "the app is quarantined after repeated failures. The service must answer 200 with an "
               "empty list."));
    const Diagnosis d = Diagnosis::of(response);
    if (d.isProblem())
        return s.set(Outcome::Failed, d.detail, d.hint);
    const scim::ListResponse list = scim::ListResponse::fromJson(response.object());
    if (!list.isValid())
        return s.set(Outcome::Failed, list.problems.join(QLatin1Char(' ')),
                     tr("Entra ID expects a ListResponse; send this report to the service provider."));
    if (list.totalResults == 0 && list.resources.isEmpty())
        return s;
    QString matched;
    if (groups)
        //: %1 is the random group name searched for, %2 how many groups matched it
        matched = tr("A random group name (%1) matched %2: the filter is ignored.", "service group")
                      .arg(value)
                      .arg(list.totalResults);
    else
        //: %1 is the random userName searched for, %2 how many users matched it
        matched = tr("A random user name (%1) matched %2: the filter is ignored.")
                      .arg(value)
                      .arg(list.totalResults);
    return s.set(Outcome::Failed, matched,
                 tr("Entra ID matches users and groups with filters; without working filters it creates "
                    "duplicates or links the wrong accounts."));
}

QCoro::Task<StepResult> VerifyRun::oktaTestConnection()
{
    Step s = newStep("okta-test-connection");
    const scim::Response r = co_await client().get(
        QStringLiteral("Users"),
        scim::Query().add(QStringLiteral("startIndex"), 1).add(QStringLiteral("count"), 2), wire::okta());
    s.record(r);
    const Diagnosis d = Diagnosis::of(r);
    if (d.isProblem())
        co_return (forIdp(s.set(Outcome::Failed, d.detail, d.hint), common::Idp::Okta));
    const scim::ListResponse list = scim::ListResponse::fromJson(r.object());
    if (!list.isValid() || !list.hasStartIndex || !list.hasItemsPerPage) {
        QStringList problems = list.problems;
        if (!list.hasStartIndex || !list.hasItemsPerPage)
            problems.append(tr("startIndex and itemsPerPage must be present."));
        co_return (forIdp(
            s.set(Outcome::Failed, problems.join(QLatin1Char(' ')),
                  tr("Okta's test reads totalResults, startIndex and itemsPerPage as integers; send this "
                     "report to the service provider.")),
            common::Idp::Okta));
    }
    co_return (s.set(
        Outcome::Passed,
        //: %1 is the total number of users the service reports; keep the query text as it is
        tr("startIndex=1&count=2 → a ListResponse of %1 users with integer counts.").arg(list.totalResults)));
}

QCoro::Task<StepResult> VerifyRun::groupsList()
{
    Step s = newStep("groups-list");
    const scim::Response r
        = co_await client().get(QStringLiteral("Groups"),
                                scim::Query()
                                    .add(QStringLiteral("excludedAttributes"), QStringLiteral("members"))
                                    .add(QStringLiteral("startIndex"), 1)
                                    .add(QStringLiteral("count"), 100));
    s.record(r);
    const Diagnosis d = Diagnosis::of(r);
    if (d.isProblem())
        co_return (s.set(Outcome::Failed, d.detail, d.hint));
    const scim::ListResponse list = scim::ListResponse::fromJson(r.object());
    if (!list.isValid())
        co_return (s.set(Outcome::Failed, list.problems.join(QLatin1Char(' ')),
                         tr("Both identity providers list groups to link them; send this report to the "
                            "service provider.")));
    //: %n is the total number of groups at the service
    co_return (s.set(Outcome::Passed, tr("%n group(s).", nullptr, list.totalResults)));
}

QCoro::Task<StepResult> VerifyRun::groupDetails()
{
    Step s = newStep("group-details");
    if (m_options.groupId.isEmpty() && m_options.groupName.isEmpty()) {
        s.advice.append(Advice::NameGroup);
        co_return (s.set(Outcome::Skipped, tr("No group given."),
                         tr("Add the group details you received to the profile (its group name or id).")));
    }
    const scim::Query excluded
        = scim::Query().add(QStringLiteral("excludedAttributes"), QStringLiteral("members"));
    QJsonObject group;
    if (!m_options.groupId.isEmpty()) {
        const scim::Response r
            = co_await client().get(scim::groupPath(m_options.groupId), excluded, wire::entra());
        s.record(r);
        if (r.status == 404)
            co_return (
                //: %1 is the group id given for the service's group
                s.set(Outcome::Failed, tr("No group has the id %1.").arg(m_options.groupId),
                      tr("Check the group details you received; ids are exact, letter case included.")));
        const Diagnosis d = Diagnosis::of(r);
        if (d.isProblem())
            co_return (s.set(Outcome::Failed, d.detail, d.hint));
        group = r.object();
    } else {
        scim::Query query = excluded;
        query.add(QStringLiteral("filter"),
                  scim::filter::eq(QStringLiteral("displayName"), m_options.groupName));
        const scim::Response r = co_await client().get(QStringLiteral("Groups"), query, wire::entra());
        s.record(r);
        const Diagnosis d = Diagnosis::of(r);
        if (d.isProblem())
            co_return (s.set(Outcome::Failed, d.detail, d.hint));
        const scim::ListResponse list = scim::ListResponse::fromJson(r.object());
        if (list.resources.isEmpty())
            co_return (
                //: %1 is the group name given for the service's group
                s.set(Outcome::Failed, tr("No group is named “%1”.").arg(m_options.groupName),
                      tr("Check the group name you received, letter for letter; the service provider creates "
                         "this group for you.")));
        group = list.resources.at(0).toObject();
        if (list.resources.size() > 1)
            co_return (
                s.set(Outcome::Warning,
                      //: %1 is the number of groups with that name, %2 the group name
                      tr("%1 groups are named “%2”.").arg(list.resources.size()).arg(m_options.groupName),
                      tr("Use the group's id instead of its name, so the right one is linked.")));
    }
    //: %1 is the group's display name at the service, %2 its id
    const QString found = tr("“%1” (id %2).")
                              .arg(group.value(QLatin1String("displayName")).toString(),
                                   group.value(QLatin1String("id")).toString());
    if (group.contains(QLatin1String("members")))
        co_return (
            s.set(Outcome::Warning,
                  //: %1 is the group found, e.g. “Pilot” (id 42).
                  tr("Found %1 The answer still lists members although they were excluded.").arg(found),
                  tr("Entra ID always asks for groups without members; a service that sends them anyway gets "
                     "slow and may time out as the group grows.")));
    //: %1 is the group found, e.g. “Pilot” (id 42).
    co_return (s.set(Outcome::Passed, tr("Found %1").arg(found)));
}

QCoro::Task<StepResult> VerifyRun::unknownId()
{
    Step s = newStep("unknown-id-404");
    const scim::Response r
        = co_await client().get(scim::userPath(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    s.record(r);
    const Diagnosis transport = Diagnosis::ofTransport(r);
    if (transport.isProblem())
        co_return (s.set(Outcome::Failed, transport.detail, transport.hint));
    if (r.status == 404 && r.scimError && r.scimError->hasErrorSchema)
        co_return (s.set(Outcome::Passed, tr("HTTP 404 with a SCIM Error body.")));
    if (r.status == 404)
        co_return (s.set(Outcome::Warning, tr("HTTP 404, but without a SCIM Error body."),
                         tr("Identity providers cope, but their logs will show no reason; RFC 7644 asks "
                            "for an Error body.")));
    if (r.status >= 200 && r.status < 300)
        co_return (s.set(
            //: %1 is the HTTP status code, e.g. 200
            Outcome::Failed, tr("HTTP %1 for a user that cannot exist.").arg(r.status),
            tr("The identity provider would believe a deleted user still exists; send this report to the "
               "service provider.")));
    const Diagnosis d = Diagnosis::of(r);
    //: %1 is the HTTP status code, %2 a sentence describing the answer
    co_return (s.set(Outcome::Warning, tr("HTTP %1 instead of 404. %2").arg(r.status).arg(d.detail), d.hint));
}

} // namespace engine
