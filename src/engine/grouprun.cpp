#include "grouprun.h"

#include "diagnosis.h"
#include "grouplookup.h"
#include "scim/filter.h"
#include "scim/listresponse.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace engine {

namespace {

const QString Enterprise = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

StepResult makeStep(const char *id, const QString &user)
{
    StepResult step;
    step.id = QLatin1String(id);
    step.user = user;
    step.title = GroupRun::stepTitle(step.id);
    return step;
}

void record(StepResult &step, const scim::Response &response)
{
    step.exchanges.append(response.exchanges);
    step.durationMs += response.durationMs;
}

StepResult set(StepResult step, StepResult::Outcome outcome, const QString &detail, const QString &hint = {})
{
    step.outcome = outcome;
    step.detail = detail;
    step.hint = hint;
    return step;
}

QString describeAccount(const QJsonObject &account)
{
    return QStringLiteral("%1 (%2)").arg(account.value(QLatin1String("userName")).toString(),
                                         account.value(QLatin1String("id")).toString());
}

/// The value of a file column in a SCIM user, as the service holds it.
QStringList valuesOf(const QJsonObject &user, const QString &attribute)
{
    const QJsonObject name = user.value(QLatin1String("name")).toObject();
    const QJsonObject enterprise = user.value(Enterprise).toObject();
    if (attribute == QLatin1String("givenName"))
        return {name.value(QLatin1String("givenName")).toString()};
    if (attribute == QLatin1String("familyName"))
        return {name.value(QLatin1String("familyName")).toString()};
    if (attribute == QLatin1String("department") || attribute == QLatin1String("employeeNumber"))
        return {enterprise.value(attribute).toString()};
    if (attribute == QLatin1String("email")) {
        QStringList emails;
        const QJsonArray all = user.value(QLatin1String("emails")).toArray();
        for (const QJsonValue &email : all)
            emails.append(email.toObject().value(QLatin1String("value")).toString());
        return emails;
    }
    return {user.value(attribute).toString()};
}

} // namespace

GroupRun::GroupRun(QNetworkAccessManager *network, Kind kind, GroupOptions options, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_options(std::move(options))
    , m_dialect(PilotDialect::create(m_options.idp == QLatin1String("okta") ? QStringLiteral("okta")
                                                                            : QStringLiteral("entra")))
    , m_client(network)
{
    m_client.setEndpoint(m_options.endpoint);
    m_client.setToken(m_options.token);
    m_client.setCaCertificates(m_options.caCertificates);
    m_client.setTimeout(m_options.timeout);
    m_client.setDefaultOptions(m_dialect->options());
}

GroupRun::~GroupRun() = default;

QString GroupRun::stepTitle(const QString &id)
{
    static const QHash<QString, QString> titles {
        {QStringLiteral("row-valid"), tr("The row can be provisioned")},
        {QStringLiteral("match"), tr("What the first sync will do")},
        {QStringLiteral("arrived"), tr("The account arrived")},
        {QStringLiteral("active"), tr("The account is active")},
        {QStringLiteral("attributes-match"), tr("Its attributes are as in the file")},
        {QStringLiteral("in-group"), tr("It is in the group")},
        {QStringLiteral("not-in-file"), tr("In the group but not in the file")},
    };
    return titles.value(id, id);
}

void GroupRun::cancel()
{
    m_cancelled = true;
    m_client.cancelAll();
}

QCoro::Task<RunResult> GroupRun::run()
{
    RunResult result;
    result.kind = m_kind == Kind::Preview ? QStringLiteral("group-preview") : QStringLiteral("group-confirm");
    result.endpoint = m_options.endpoint.toString();
    result.idp = m_dialect->idp();
    result.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    result.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();

    QList<scim::Response> groupResponses;
    if (m_kind == Kind::Confirm) {
        GroupLookup lookup = co_await GroupLookup::find(m_client, m_options.groupId, m_options.groupName);
        m_group = lookup.group;
        m_groupProblem = lookup.problem;
        groupResponses = lookup.responses;
        if (m_groupProblem.isEmpty()) {
            const scim::Response group = co_await m_client.get(QStringLiteral("Groups/") + m_group.id);
            groupResponses.append(group);
            if (group.isSuccess()) {
                const QJsonArray members = group.object().value(QLatin1String("members")).toArray();
                for (const QJsonValue &member : members) {
                    const QJsonObject object = member.toObject();
                    m_groupMembers.insert(object.value(QLatin1String("value")).toString(),
                                          object.value(QLatin1String("display")).toString());
                }
            } else {
                m_groupProblem
                    = tr("The group %1 could not be read: %2").arg(m_group.id, Diagnosis::summary(group));
            }
        }
    }

    QList<QList<StepResult>> perRow;
    perRow.resize(m_options.members.size());
    std::vector<QCoro::Task<>> workers;
    for (int i = 0; i < std::clamp(m_options.concurrency, 1, 16); ++i)
        workers.push_back(worker(&perRow));
    for (auto &task : workers)
        co_await task;
    for (qsizetype i = 0; i < perRow.size(); ++i) {
        if (perRow.at(i).isEmpty()) { // never reached: cancelled
            const QList<const char *> ids = m_kind == Kind::Preview
                ? QList<const char *> {"row-valid", "match"}
                : QList<const char *> {"arrived", "active", "attributes-match", "in-group"};
            for (const char *id : ids)
                perRow[i].append(set(makeStep(id, m_options.members.at(i).userName), Outcome::Skipped,
                                     tr("Not checked: the run was cancelled.")));
        }
        result.steps.append(perRow.at(i));
    }

    if (m_kind == Kind::Confirm && m_groupProblem.isEmpty() && !m_cancelled) {
        QStringList extra;
        for (auto it = m_groupMembers.cbegin(); it != m_groupMembers.cend(); ++it) {
            if (!m_seenIds.contains(it.key()))
                extra.append(it.key());
        }
        extra.sort();
        // A pilot group is small; a wrong group can be huge: name the first ones, count the rest.
        constexpr qsizetype MaxNamed = 50;
        const QStringList unnamed = extra.mid(MaxNamed);
        extra = extra.mid(0, MaxNamed);
        for (const QString &id : std::as_const(extra)) {
            if (m_cancelled)
                break;
            // Named by the account's userName where the service tells it.
            const scim::Response account = co_await m_client.get(QStringLiteral("Users/") + id);
            const QString userName = account.isSuccess()
                ? account.object().value(QLatin1String("userName")).toString()
                : m_groupMembers.value(id);
            StepResult step = makeStep("not-in-file", userName.isEmpty() ? id : userName);
            record(step, account);
            step = set(
                step, Outcome::Warning,
                tr("Account %1 (%2) is in the group “%3” but not in the file.")
                    .arg(userName, id, m_group.displayName.isEmpty() ? m_group.id : m_group.displayName),
                tr("If this person should not be in the pilot, remove them from the group in the IdP; the "
                   "next cycle then removes the membership."));
            Q_EMIT stepFinished(step);
            result.steps.append(step);
        }
        if (!unnamed.isEmpty()) {
            StepResult step = makeStep("not-in-file", tr("%n more account(s)", nullptr, int(unnamed.size())));
            step = set(
                step, Outcome::Warning,
                tr("%n more account(s) in the group are not in the file: %1", nullptr, int(unnamed.size()))
                    .arg(unnamed.join(QLatin1String(", "))),
                tr("Is this the pilot group? A pilot group holds a few people; check the group the profile "
                   "names."));
            Q_EMIT stepFinished(step);
            result.steps.append(step);
        }
    }
    // The group reads belong to the first in-group step, where they are judged.
    for (StepResult &step : result.steps) {
        if (step.id == QLatin1String("in-group")) {
            for (const scim::Response &response : std::as_const(groupResponses))
                step.exchanges.append(response.exchanges);
            break;
        }
    }
    result.outcome = m_cancelled ? RunResult::Outcome::Cancelled : RunResult::outcomeOf(result.steps);
    result.durationMs = clock.elapsed();
    co_return result;
}

QCoro::Task<> GroupRun::worker(QList<QList<StepResult>> *results)
{
    while (!m_cancelled && m_next < m_options.members.size()) {
        const int index = m_next++;
        const GroupMember member = m_options.members.at(index);
        // One co_await per statement: GCC 12 miscompiles co_await inside a conditional expression.
        QList<StepResult> steps;
        if (m_kind == Kind::Preview)
            steps = co_await preview(member);
        else
            steps = co_await confirm(member);
        (*results)[index] = steps;
        for (const StepResult &step : std::as_const((*results)[index]))
            Q_EMIT stepFinished(step);
    }
}

StepResult GroupRun::requestFailed(StepResult step, const scim::Response &response) const
{
    const Diagnosis d = Diagnosis::of(response);
    return set(std::move(step), Outcome::Failed, d.detail, d.hint);
}

QCoro::Task<QJsonArray> GroupRun::match(QString userName, StepResult *step, bool *ok)
{
    const scim::Response found = co_await m_dialect->findByUserName(m_client, userName);
    record(*step, found);
    const scim::ListResponse list = scim::ListResponse::fromJson(found.object());
    *ok = found.isSuccess() && list.isValid();
    if (!*ok)
        *step = requestFailed(*step, found);
    co_return list.resources;
}

QCoro::Task<QJsonArray> GroupRun::search(QString attribute, QString value, StepResult *step, bool *ok)
{
    const scim::Response found = co_await m_client.get(
        QStringLiteral("Users"),
        scim::Query().add(QStringLiteral("filter"), scim::filter::eq(attribute, value)));
    record(*step, found);
    const scim::ListResponse list = scim::ListResponse::fromJson(found.object());
    *ok = found.isSuccess() && list.isValid();
    if (!*ok)
        *step = requestFailed(*step, found);
    co_return list.resources;
}

StepResult GroupRun::ssoAlignment(const GroupMember &member) const
{
    StepResult step = makeStep("row-valid", member.userName);
    const QString email = member.attributes.value(QStringLiteral("email"));
    if (m_options.ssoAttribute == QLatin1String("email")) {
        if (email.isEmpty())
            return set(step, Outcome::Warning,
                       tr("Line %1: SSO signs people in by email, and this row has none to compare with the "
                          "userName.")
                           .arg(member.line));
        if (email.compare(member.userName, Qt::CaseInsensitive) != 0)
            return set(
                step, Outcome::Warning,
                tr("Line %1: SSO signs in with the email %2, but SCIM would send the userName %3.")
                    .arg(member.line)
                    .arg(email, member.userName),
                tr("When SSO and SCIM identify a person by different values, the first sign-in can create a "
                   "second account. Map userName to the email (or SSO to the userName) in the IdP's "
                   "attribute mappings."));
    }
    return set(step, Outcome::Passed, tr("Line %1.").arg(member.line));
}

QCoro::Task<QList<StepResult>> GroupRun::preview(GroupMember member)
{
    QList<StepResult> steps {ssoAlignment(member)};
    StepResult step = makeStep("match", member.userName);
    bool ok = false;
    const QJsonArray found = co_await match(member.userName, &step, &ok);
    if (!ok) {
        steps.append(step);
        co_return steps;
    }
    QJsonObject variant;
    for (const QJsonValue &value : found) {
        const QJsonObject account = value.toObject();
        const QString userName = account.value(QLatin1String("userName")).toString();
        if (userName == member.userName) {
            steps.append(
                set(step, Outcome::Passed,
                    QStringLiteral("would-link %1").arg(account.value(QLatin1String("id")).toString()),
                    tr("The IdP finds the existing account %1 and takes it over; nothing new is created.")
                        .arg(describeAccount(account))));
            co_return steps;
        }
        if (userName.compare(member.userName, Qt::CaseInsensitive) == 0)
            variant = account;
    }
    // A service that matches case-sensitively hides a case variant from the IdP's own request.
    if (variant.isEmpty() && member.userName != member.userName.toLower()) {
        const QJsonArray lower = co_await match(member.userName.toLower(), &step, &ok);
        if (!ok) {
            steps.append(step);
            co_return steps;
        }
        if (!lower.isEmpty())
            variant = lower.first().toObject();
    }
    if (!variant.isEmpty()) {
        steps.append(set(
            step, Outcome::Failed,
            QStringLiteral("would-collide case variant %1").arg(describeAccount(variant)),
            tr("The service holds %1, which differs only in letter case. Depending on the service the IdP "
               "creates a second account or fails with a conflict: align the userName first.")
                .arg(describeAccount(variant))));
        co_return steps;
    }
    for (const auto &[column, filterAttribute] :
         {std::pair {QStringLiteral("email"), QStringLiteral("emails.value")},
          std::pair {QStringLiteral("externalId"), QStringLiteral("externalId")}}) {
        const QString value = member.attributes.value(column);
        if (value.isEmpty())
            continue;
        const QJsonArray holders = co_await search(filterAttribute, value, &step, &ok);
        if (!ok) {
            steps.append(step);
            co_return steps;
        }
        if (!holders.isEmpty()) {
            const QJsonObject holder = holders.first().toObject();
            steps.append(
                set(step, Outcome::Failed,
                    QStringLiteral("would-collide %1 held by %2").arg(column, describeAccount(holder)),
                    tr("The IdP would create a new account for %1, but its %2 %3 already belongs to %4: "
                       "the service will refuse it (409) or hold two accounts for one person.")
                        .arg(member.userName, column, value, describeAccount(holder))));
            co_return steps;
        }
    }
    steps.append(set(step, Outcome::Passed, QStringLiteral("would-create"),
                     tr("No account matches: the IdP creates a new one.")));
    co_return steps;
}

QCoro::Task<QList<StepResult>> GroupRun::confirm(GroupMember member)
{
    QList<StepResult> steps;
    StepResult arrived = makeStep("arrived", member.userName);
    bool ok = false;
    const QJsonArray found = co_await match(member.userName, &arrived, &ok);
    QJsonObject account;
    for (const QJsonValue &value : found) {
        if (value.toObject()
                .value(QLatin1String("userName"))
                .toString()
                .compare(member.userName, Qt::CaseInsensitive)
            == 0)
            account = value.toObject();
    }
    const auto skipRest = [&](const QString &why) {
        for (const char *id : {"active", "attributes-match", "in-group"})
            steps.append(set(makeStep(id, member.userName), Outcome::Skipped, why));
    };
    if (!ok) {
        steps.append(arrived);
        skipRest(tr("Not checked: the account could not be looked up."));
        co_return steps;
    }
    if (account.isEmpty()) {
        steps.append(
            set(arrived, Outcome::Failed, tr("No account with the userName %1.").arg(member.userName),
                tr("The IdP has not provisioned this person yet. Check that they are in the assigned group, "
                   "and look for them in the IdP's provisioning logs.")));
        skipRest(tr("Not checked: the account has not arrived."));
        co_return steps;
    }
    const QString id = account.value(QLatin1String("id")).toString();
    m_seenIds.insert(id);
    steps.append(set(arrived, Outcome::Passed, describeAccount(account)));

    StepResult active = makeStep("active", member.userName);
    const QJsonValue flag = account.value(QLatin1String("active"));
    if (flag.isUndefined())
        steps.append(
            set(active, Outcome::Warning, tr("The service does not say whether the account is active.")));
    else if (flag.toBool(false) && flag.isBool())
        steps.append(set(active, Outcome::Passed, tr("active: true")));
    else
        steps.append(
            set(active, Outcome::Failed,
                tr("active: %1")
                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray {flag}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1)),
                tr("The person cannot sign in. Check the IdP's mapping for active, and whether the account "
                   "was deactivated on the service side.")));

    StepResult attributes = makeStep("attributes-match", member.userName);
    QStringList differences;
    for (auto it = member.attributes.cbegin(); it != member.attributes.cend(); ++it) {
        const QStringList held = valuesOf(account, it.key());
        const bool same = std::any_of(held.cbegin(), held.cend(), [&](const QString &value) {
            return it.key() == QLatin1String("email") ? value.compare(it.value(), Qt::CaseInsensitive) == 0
                                                      : value == it.value();
        });
        if (!same)
            differences.append(tr("%1: the file says “%2”, the service holds “%3”")
                                   .arg(it.key(), it.value(), held.join(QLatin1String(", "))));
    }
    steps.append(
        differences.isEmpty()
            ? set(attributes, Outcome::Passed,
                  tr("%n attribute(s) compared.", nullptr, int(member.attributes.size())))
            : set(attributes, Outcome::Failed, differences.join(QLatin1String("; ")),
                  tr("Check the IdP's attribute mappings for these attributes, then let the next cycle "
                     "update them.")));

    StepResult inGroup = makeStep("in-group", member.userName);
    if (!m_groupProblem.isEmpty())
        steps.append(set(inGroup, Outcome::Failed, m_groupProblem));
    else if (m_groupMembers.contains(id))
        steps.append(
            set(inGroup, Outcome::Passed,
                tr("Member of %1.").arg(m_group.displayName.isEmpty() ? m_group.id : m_group.displayName)));
    else
        steps.append(set(
            inGroup, Outcome::Failed,
            tr("Not a member of %1.").arg(m_group.displayName.isEmpty() ? m_group.id : m_group.displayName),
            tr("The IdP pushes group memberships only for groups it is told to provision: check that "
               "the group is assigned to the app and its memberships are provisioned.")));
    co_return steps;
}

} // namespace engine
