// PilotRun's frame: the group, the people at once, the cleanup, and what the phases share. The
// phases themselves are in pilotphases.cpp.
#include "engine/pilot/pilotrun.h"

#include "engine/pilot/cleanup.h"
#include "engine/pilot/mappingcheck.h"
#include "engine/run/diagnosis.h"
#include "engine/run/grouplookup.h"
#include "engine/run/workerpool.h"
#include "scim/filter.h"
#include "scim/listresponse.h"
#include "scim/resourcepath.h"

#include <QHash>
#include <QJsonArray>

namespace engine {

PilotRun::PilotRun(QNetworkAccessManager *network, scim::Connection connection, PilotOptions options,
                   QObject *parent)
    : Run(network, std::move(connection), parent)
    , m_options(std::move(options))
    , m_dialect(PilotDialect::create(m_options.dialect))
    , m_journal(client().endpoint().toString(), runId())
{
    m_mapping = m_options.mapping.value_or(AttributeMapping::defaults(m_dialect->idp()));
    client().setEndpoint(m_dialect->endpoint(client().endpoint()));
    client().setDefaultOptions(m_dialect->options());
}

PilotRun::~PilotRun() = default;

QStringList PilotRun::stepIds()
{
    return {QStringLiteral("match-before-create"),
            QStringLiteral("create-user"),
            QStringLiteral("read-user"),
            QStringLiteral("find-user"),
            QStringLiteral("find-user-case-insensitive"),
            QStringLiteral("duplicate-rejected"),
            QStringLiteral("update-user"),
            QStringLiteral("verify-update"),
            QStringLiteral("add-to-group"),
            QStringLiteral("verify-membership"),
            QStringLiteral("remove-from-group"),
            QStringLiteral("deactivate-user"),
            QStringLiteral("verify-deactivated"),
            QStringLiteral("delete-user"),
            QStringLiteral("verify-deleted")};
}

QStringList PilotRun::stepIdsFor(const AttributeMapping &mapping)
{
    QStringList ids = stepIds();
    QStringList extra;
    const QList<MappingRow> rows = mapping.enabledUserRows();
    if (std::any_of(rows.cbegin(), rows.cend(), [](const MappingRow &row) { return row.reference; }))
        extra << QStringLiteral("create-manager") << QStringLiteral("set-manager");
    for (const MappingRow &row : rows)
        extra.append(MappingCheck::stepId(row));
    const qsizetype afterRead = ids.indexOf(QLatin1String("read-user")) + 1;
    for (qsizetype i = 0; i < extra.size(); ++i)
        ids.insert(afterRead + i, extra.at(i));
    return ids;
}

QString PilotRun::titleOf(const QString &id) const
{
    for (const MappingRow &row : m_mapping.user) {
        if (MappingCheck::stepId(row) == id)
            return MappingCheck::title(row);
    }
    return stepTitle(id);
}

QString PilotRun::stepTitle(const QString &id)
{
    static const QHash<QString, QString> titles {
        {QStringLiteral("match-before-create"), tr("Look for the user before creating it")},
        {QStringLiteral("create-user"), tr("Create the user (joiner)")},
        {QStringLiteral("read-user"), tr("Read the user back")},
        {QStringLiteral("find-user"), tr("Find the user by userName")},
        {QStringLiteral("find-user-case-insensitive"), tr("Find it with the userName in capitals")},
        {QStringLiteral("duplicate-rejected"), tr("A second create is refused (409)")},
        {QStringLiteral("update-user"), tr("Change the user (mover)")},
        {QStringLiteral("verify-update"), tr("The change is stored")},
        {QStringLiteral("add-to-group"), tr("Add the user to the group")},
        {QStringLiteral("verify-membership"), tr("The user is a member")},
        {QStringLiteral("remove-from-group"), tr("Remove the user from the group")},
        {QStringLiteral("deactivate-user"), tr("Deactivate the user (leaver)")},
        {QStringLiteral("verify-deactivated"), tr("The user is inactive")},
        {QStringLiteral("delete-user"), tr("Delete the user")},
        {QStringLiteral("verify-deleted"), tr("The user is gone (404)")},
        {QStringLiteral("create-manager"), tr("Create the user's manager")},
        {QStringLiteral("set-manager"), tr("Set the manager (a follow-up PATCH)")},
    };
    return titles.value(id, id);
}

void PilotRun::cancel()
{
    // Cancel never stops the cleanup: once it runs, it runs to the end.
    if (m_cleaningUp)
        markCancelled();
    else
        Run::cancel();
}

QCoro::Task<RunResult> PilotRun::execute()
{
    RunResult result = begin(QStringLiteral("pilot"), common::idpName(m_dialect->idp()), m_dialect->name());
    co_await resolveGroup();
    QList<QList<StepResult>> perUser;
    perUser.resize(m_options.count);
    client().setParallelRequests(m_options.concurrency);
    co_await forEachBounded(m_options.count, m_options.concurrency,
                            [this, &perUser](int index) { return runUser(&perUser, index); });
    for (const auto &steps : std::as_const(perUser))
        result.steps.append(steps);

    // Whatever happened — success, failure, cancel — what the run created goes.
    m_cleaningUp = true;
    Q_EMIT cleaningUp();
    Cleanup cleanup(client(), m_journal, m_options.keepDeactivated, m_options.concurrency);
    result.cleanup = co_await cleanup.run();
    result.cleanup->steps = cleanup.steps();
    co_return end(std::move(result));
}

QCoro::Task<> PilotRun::runUser(QList<QList<StepResult>> *results, int index)
{
    Life life;
    life.user = PilotUser::make(runId(), m_options.userDomain, index + 1);
    client().addSecret(life.user.password);
    for (const Phase phase :
         {&PilotRun::joiner, &PilotRun::manager, &PilotRun::mappingCheck, &PilotRun::matching,
          &PilotRun::mover, &PilotRun::membership, &PilotRun::leaver, &PilotRun::removal}) {
        const bool goOn = co_await (this->*phase)(&life);
        if (!goOn || isCancelled())
            break;
    }
    life.steps.append(
        skipSteps(stepIdsFor(m_mapping).mid(life.steps.size()), life.user.userName, life.stopReason));
    (*results)[index] = life.steps;
}

bool PilotRun::add(Life *life, StepResult step)
{
    life->steps.append(finishStep(std::move(step)));
    return !isCancelled();
}

bool PilotRun::stop(Life *life, const QString &why)
{
    life->stopReason = why;
    return false;
}

void PilotRun::advise(StepResult *step, const PilotDialect::Fallback &fallback)
{
    step->advice.append(fallback.advice);
    step->hint = fallback.hint + QLatin1Char(' ') + step->hint;
}

StepResult PilotRun::judged(const char *id, const QString &user, const QList<scim::Response> &responses,
                            const QString &success)
{
    StepResult step = newStep(id, user);
    for (const scim::Response &response : responses)
        step.record(response);
    const scim::Response &last = responses.constLast();
    // A 2xx with no body is fine for PATCH, PUT and DELETE (204).
    const Diagnosis d = last.isSuccess() && (last.status == 204 || last.bodyKind == scim::BodyKind::Empty)
        ? Diagnosis()
        : Diagnosis::of(last);
    if (d.isProblem())
        return step.set(Outcome::Failed, d.detail, d.hint + QLatin1Char(' ') + m_dialect->onFailure(step.id));
    return step.set(Outcome::Passed, success + QStringLiteral(" — ") + Diagnosis::summary(last));
}

QCoro::Task<bool> PilotRun::resolveGroup()
{
    const GroupLookup lookup
        = co_await GroupLookup::find(client(), *m_dialect, m_options.groupId, m_options.groupName);
    m_group = lookup.group;
    m_groupProblem = lookup.problem;
    m_groupNamed = lookup.named;
    co_return lookup.problem.isEmpty();
}

QCoro::Task<std::optional<bool>> PilotRun::isMember(QString userId, StepResult *step, int *filterRefused)
{
    // Without fetching the whole member list where the service can filter…
    const QString filter = scim::filter::allOf(
        {scim::filter::eq(QStringLiteral("id"), m_group.id),
         QStringLiteral("members[%1]").arg(scim::filter::eq(QStringLiteral("value"), userId))});
    // The console's own check, not the IdP's request: sent as the console, not as the IdP.
    const scim::Response filtered
        = co_await client().get(QStringLiteral("Groups"),
                                scim::Query()
                                    .add(QStringLiteral("filter"), filter)
                                    .add(QStringLiteral("excludedAttributes"), QStringLiteral("members")),
                                scim::RequestOptions());
    step->record(filtered);
    const scim::ListResponse list = scim::ListResponse::fromJson(filtered.object());
    if (filtered.isSuccess() && list.isValid())
        co_return list.resources.size() == 1;
    if (filtered.status != 400 && filtered.status != 501)
        co_return std::nullopt; // a failure, not a service that cannot filter
    if (filterRefused)
        *filterRefused = filtered.status;
    // …and from the group itself where it cannot.
    const scim::Response group
        = co_await client().get(scim::groupPath(m_group.id), {}, scim::RequestOptions());
    step->record(group);
    if (!group.isSuccess())
        co_return std::nullopt;
    const QJsonArray members = group.object().value(QLatin1String("members")).toArray();
    for (const QJsonValue &member : members) {
        if (member.toObject().value(QLatin1String("value")).toString() == userId)
            co_return true;
    }
    co_return false;
}

void PilotRun::explainMemberRead(StepResult *step, int status)
{
    step->detail += QLatin1Char(' ')
        //: %1 is the HTTP status code; keep the request text in brackets as it is
        + tr("The service answered %1 to the filtered member lookup (GET /Groups?filter=members[value eq "
             "…]), "
             "so the console read the whole group instead: one more request, and on a large group a large "
             "answer.")
              .arg(status);
}

void PilotRun::noteRead(const PilotUser &user, const scim::Response &read)
{
    m_ours[user.id] = read.isSuccess()
        && read.object().value(QLatin1String("externalId")).toString() == user.externalId
        && read.object().value(QLatin1String("id")).toString() == user.id;
}

QCoro::Task<std::optional<StepResult>> PilotRun::guarded(Life *life, const char *id)
{
    StepResult guard = newStep(id, life->user.userName);
    if (co_await ensureOurs(life->user, &guard))
        co_return guard;
    add(life, guard);
    stop(life, tr("Not run: the user no longer carries this run's marker."));
    co_return std::nullopt;
}

QCoro::Task<bool> PilotRun::ensureOurs(PilotUser user, StepResult *step)
{
    // Every write goes to an object whose last read showed this run's marker; otherwise it is
    // read again now, and left alone unless it is ours.
    if (m_ours.value(user.id))
        co_return true;
    const scim::Response current = co_await client().get(scim::userPath(user.id), {}, scim::RequestOptions());
    step->record(current);
    noteRead(user, current);
    if (m_ours.value(user.id))
        co_return true;
    const Diagnosis d = Diagnosis::of(current);
    step->set(
        Outcome::Failed,
        d.isProblem()
            //: %1 is why the user could not be read
            ? tr("Not sent: the user could not be read to confirm it is the console's (%1)").arg(d.detail)
            //: %1 is a user id at the service, %2 its externalId; "marker": this pilot run's own externalId
            : tr("Not sent: %1 does not carry this run's marker (externalId “%2”), so it is "
                 "not the console's to change.")
                  .arg(user.id, current.object().value(QLatin1String("externalId")).toString()),
        tr("The console writes only to objects it created in this run. Send this report to the service "
           "provider."));
    co_return false;
}

} // namespace engine
