// GroupRun's frame: the group read, the workers, the order of the results. The per-person checks
// are in grouppreview.cpp and groupconfirm.cpp.
#include "engine/group/grouprun_p.h"
#include "engine/run/diagnosis.h"
#include "engine/run/grouplookup.h"
#include "scim/resourcepath.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QUuid>

namespace engine {

using namespace groupdetail;

GroupRun::GroupRun(QNetworkAccessManager *network, Kind kind, GroupOptions options, QObject *parent)
    : Run(parent)
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

QCoro::Task<RunResult> GroupRun::execute()
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
        GroupLookup lookup
            = co_await GroupLookup::find(m_client, *m_dialect, m_options.groupId, m_options.groupName);
        m_group = lookup.group;
        m_groupProblem = lookup.problem;
        groupResponses = lookup.responses;
        if (m_groupProblem.isEmpty()) {
            const scim::Response group = co_await m_client.get(scim::groupPath(m_group.id));
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
            // Named by the account's userName where the service tells it (and where its id can be
            // asked for safely).
            scim::Response account;
            if (scim::checkId(id) == scim::IdProblem::None)
                account = co_await m_client.get(scim::userPath(id));
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
            step.maskSecrets(m_client.secrets());
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
            step.maskSecrets(m_client.secrets());
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
    result.maskSecrets(m_client.secrets());
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
        for (StepResult &step : steps) {
            step.settleCancelled();
            step.maskSecrets(m_client.secrets());
        }
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

} // namespace engine
