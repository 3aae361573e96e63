// GroupRun's frame: the group read, the rows at once, the order of the results, the group's
// members not in the file. The per-person checks are in grouppreview.cpp and groupconfirm.cpp.
#include "engine/group/grouprun_p.h"
#include "engine/run/diagnosis.h"
#include "engine/run/grouplookup.h"
#include "engine/run/workerpool.h"
#include "scim/resourcepath.h"

#include <QJsonArray>

namespace engine {

using namespace groupdetail;

GroupRun::GroupRun(QNetworkAccessManager *network, scim::Connection connection, Kind kind,
                   GroupOptions options, QObject *parent)
    : Run(network, std::move(connection), parent)
    , m_kind(kind)
    , m_options(std::move(options))
    , m_dialect(PilotDialect::forIdp(m_options.idp))
{
    client().setDefaultOptions(m_dialect->options());
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

QString GroupRun::groupLabel() const
{
    return m_group.displayName.isEmpty() ? m_group.id : m_group.displayName;
}

QCoro::Task<RunResult> GroupRun::execute()
{
    RunResult result
        = begin(m_kind == Kind::Preview ? QStringLiteral("group-preview") : QStringLiteral("group-confirm"),
                common::idpName(m_dialect->idp()));
    QList<scim::Response> groupResponses;
    if (m_kind == Kind::Confirm)
        groupResponses = co_await readGroup();

    QList<QList<StepResult>> perRow;
    perRow.resize(m_options.members.size());
    client().setParallelRequests(m_options.concurrency);
    co_await forEachBounded(
        int(m_options.members.size()), m_options.concurrency,
        [this, &perRow](int index) { return checkRow(&perRow, index); }, [this] { return isCancelled(); });
    const QStringList rowSteps = m_kind == Kind::Preview
        ? QStringList {QStringLiteral("row-valid"), QStringLiteral("match")}
        : QStringList {QStringLiteral("arrived"), QStringLiteral("active"),
                       QStringLiteral("attributes-match"), QStringLiteral("in-group")};
    for (qsizetype i = 0; i < perRow.size(); ++i) {
        if (perRow.at(i).isEmpty()) // never reached: cancelled
            perRow[i] = skipSteps(rowSteps, m_options.members.at(i).userName, {});
        result.steps.append(perRow.at(i));
    }
    if (m_kind == Kind::Confirm && m_groupProblem.isEmpty() && !isCancelled()) {
        const QList<StepResult> extra = co_await notInFile();
        result.steps.append(extra);
    }
    // The group reads belong to the first in-group step, where they are judged.
    for (StepResult &step : result.steps) {
        if (step.id == QLatin1String("in-group")) {
            for (const scim::Response &response : std::as_const(groupResponses))
                step.exchanges.append(response.exchanges);
            break;
        }
    }
    // Entra ID's first cycle for the file's people, as the one group being previewed: the median
    // of this run's own answers is a real measurement of the endpoint. Okta publishes no such pace.
    if (m_kind == Kind::Preview && m_options.idp == common::Idp::Entra) {
        const int people = int(m_options.members.size());
        result.firstSync = estimateFirstSync(people, 1, people, result.medianAnswerMs());
    }
    co_return end(std::move(result));
}

QCoro::Task<QList<scim::Response>> GroupRun::readGroup()
{
    GroupLookup lookup
        = co_await GroupLookup::find(client(), *m_dialect, m_options.groupId, m_options.groupName);
    m_group = lookup.group;
    m_groupProblem = lookup.problem;
    QList<scim::Response> responses = lookup.responses;
    if (!m_groupProblem.isEmpty())
        co_return responses;
    const scim::Response group = co_await client().get(scim::groupPath(m_group.id));
    responses.append(group);
    if (!group.isSuccess()) {
        //: %1 is the id of the group at the service, %2 a summary of the failed response
        m_groupProblem = tr("The group %1 could not be read: %2").arg(m_group.id, Diagnosis::summary(group));
        co_return responses;
    }
    const QJsonArray members = group.object().value(QLatin1String("members")).toArray();
    for (const QJsonValue &member : members) {
        const QJsonObject object = member.toObject();
        m_groupMembers.insert(object.value(QLatin1String("value")).toString(),
                              object.value(QLatin1String("display")).toString());
    }
    co_return responses;
}

QCoro::Task<> GroupRun::checkRow(QList<QList<StepResult>> *results, int index)
{
    const GroupMember member = m_options.members.at(index);
    // One co_await per statement: GCC 12 miscompiles co_await inside a conditional expression.
    QList<StepResult> steps;
    if (m_kind == Kind::Preview)
        steps = co_await preview(member);
    else
        steps = co_await confirm(member);
    for (StepResult &step : steps)
        step = finishStep(step);
    (*results)[index] = steps;
}

QCoro::Task<QList<StepResult>> GroupRun::notInFile()
{
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
    QList<StepResult> steps;
    for (const QString &id : std::as_const(extra)) {
        if (isCancelled())
            break;
        // Named by the account's userName where the service tells it (and where its id can be
        // asked for safely).
        scim::Response account;
        if (scim::checkId(id) == scim::IdProblem::None)
            account = co_await client().get(scim::userPath(id));
        const QString userName = account.isSuccess()
            ? account.object().value(QLatin1String("userName")).toString()
            : m_groupMembers.value(id);
        StepResult step = newStep("not-in-file", userName.isEmpty() ? id : userName);
        step.record(account);
        step.set(
            Outcome::Warning,
            //: %1 is the account's userName, %2 its id, %3 the group's name (or id) at the service
            tr("Account %1 (%2) is in the group “%3” but not in the file.").arg(userName, id, groupLabel()),
            tr("If this person should not be in the pilot, remove them from the group in the IdP; the "
               "next cycle then removes the membership."));
        steps.append(finishStep(step));
    }
    if (!unnamed.isEmpty()) {
        const int more = int(unnamed.size());
        //: %n is the number of further accounts not listed by name
        StepResult step = newStep("not-in-file", tr("%n more account(s)", nullptr, more));
        step.set(Outcome::Warning,
                 //: %n is the number of accounts, %1 a comma-separated list of their ids
                 tr("%n more account(s) in the group are not in the file: %1", nullptr, more)
                     .arg(unnamed.join(QLatin1String(", "))),
                 tr("Is this the pilot group? A pilot group holds a few people; check the group the profile "
                    "names."));
        steps.append(finishStep(step));
    }
    co_return steps;
}

StepResult GroupRun::requestFailed(StepResult step, const scim::Response &response) const
{
    const Diagnosis d = Diagnosis::of(response);
    return step.set(Outcome::Failed, d.detail, d.hint);
}

} // namespace engine
