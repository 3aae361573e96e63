#include "engine/pilot/pilotrun.h"

#include "engine/pilot/cleanup.h"
#include "engine/run/diagnosis.h"
#include "engine/run/grouplookup.h"
#include "scim/filter.h"
#include "scim/listresponse.h"
#include "scim/patchop.h"
#include "scim/resourcepath.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

namespace engine {

namespace {

StepResult makeStep(const char *id, const QString &user)
{
    StepResult step;
    step.id = QLatin1String(id);
    step.user = user;
    step.title = PilotRun::stepTitle(step.id);
    return step;
}

void record(StepResult &step, const scim::Response &response)
{
    step.record(response);
}

StepResult &set(StepResult &step, StepResult::Outcome outcome, const QString &detail,
                const QString &hint = {})
{
    return step.set(outcome, detail, hint);
}

int resultCount(const scim::Response &response)
{
    return int(scim::ListResponse::fromJson(response.object()).resources.size());
}

} // namespace

PilotRun::PilotRun(QNetworkAccessManager *network, PilotOptions options, QObject *parent)
    : Run(parent)
    , m_options(std::move(options))
    , m_dialect(PilotDialect::create(m_options.dialect))
    , m_client(network)
    , m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_journal(m_options.endpoint.toString(), m_runId)
{
    Q_ASSERT(m_dialect);
    m_client.setEndpoint(m_dialect->endpoint(m_options.endpoint));
    m_client.setToken(m_options.token);
    m_client.setCaCertificates(m_options.caCertificates);
    m_client.setTimeout(m_options.timeout);
    m_client.setDefaultOptions(m_dialect->options());
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
    };
    return titles.value(id, id);
}

void PilotRun::cancel()
{
    m_cancelled = true;
    // Cancel never stops the cleanup: once it runs, it runs to the end.
    if (!m_cleaningUp)
        m_client.cancelAll();
}

QString PilotRun::aadOptHint()
{
    return tr("The service refuses Entra's default request but accepts the RFC-compliant one: append "
              "?aadOptscim062020 to "
              "the Tenant URL in Entra ID (the entra-rfc dialect) and this works. ");
}

StepResult PilotRun::judged(const char *id, const QString &user, const QList<scim::Response> &responses,
                            const QString &success)
{
    StepResult step = makeStep(id, user);
    for (const scim::Response &response : responses)
        record(step, response);
    const scim::Response &last = responses.constLast();
    // A 2xx with no body is fine for PATCH, PUT and DELETE (204).
    const Diagnosis d = last.isSuccess() && (last.status == 204 || last.bodyKind == scim::BodyKind::Empty)
        ? Diagnosis()
        : Diagnosis::of(last);
    if (d.isProblem())
        return set(step, Outcome::Failed, d.detail,
                   d.hint + QLatin1Char(' ') + m_dialect->onFailure(step.id));
    return set(step, Outcome::Passed, success + QStringLiteral(" — ") + Diagnosis::summary(last));
}

QCoro::Task<bool> PilotRun::resolveGroup()
{
    const GroupLookup lookup
        = co_await GroupLookup::find(m_client, *m_dialect, m_options.groupId, m_options.groupName);
    m_group = lookup.group;
    m_groupProblem = lookup.problem;
    co_return lookup.problem.isEmpty();
}

QCoro::Task<RunResult> PilotRun::execute()
{
    RunResult result;
    result.kind = QStringLiteral("pilot");
    result.endpoint = m_options.endpoint.toString();
    result.idp = m_dialect->idp();
    result.dialect = m_dialect->id();
    result.runId = m_runId;
    result.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();

    co_await resolveGroup();
    QList<QList<StepResult>> perUser;
    perUser.resize(m_options.count);
    std::vector<QCoro::Task<>> workers;
    for (int i = 0; i < std::clamp(m_options.concurrency, 1, 16); ++i)
        workers.push_back(worker(&perUser)); // started at once: an IdP's burst
    for (auto &task : workers)
        co_await task;
    for (const auto &steps : std::as_const(perUser))
        result.steps.append(steps);

    // Whatever happened — success, failure, cancel — what the run created goes.
    m_cleaningUp = true;
    Q_EMIT cleaningUp();
    Cleanup cleanup(m_client, m_journal, m_options.keepDeactivated);
    result.cleanup = co_await cleanup.run();
    result.outcome = m_cancelled ? RunResult::Outcome::Cancelled : RunResult::outcomeOf(result.steps);
    result.durationMs = clock.elapsed();
    result.maskSecrets(m_client.secrets());
    co_return result;
}

QCoro::Task<> PilotRun::worker(QList<QList<StepResult>> *results)
{
    while (m_next < m_options.count) {
        const int index = m_next++;
        (*results)[index] = co_await runUser(index + 1);
    }
}

QCoro::Task<std::optional<bool>> PilotRun::isMember(QString userId, StepResult *step)
{
    // Without fetching the whole member list where the service can filter…
    const QString filter = scim::filter::allOf(
        {scim::filter::eq(QStringLiteral("id"), m_group.id),
         QStringLiteral("members[%1]").arg(scim::filter::eq(QStringLiteral("value"), userId))});
    // The console's own check, not the IdP's request: sent as the console, not as the IdP.
    const scim::Response filtered
        = co_await m_client.get(QStringLiteral("Groups"),
                                scim::Query()
                                    .add(QStringLiteral("filter"), filter)
                                    .add(QStringLiteral("excludedAttributes"), QStringLiteral("members")),
                                scim::RequestOptions());
    record(*step, filtered);
    if (filtered.isSuccess() && scim::ListResponse::fromJson(filtered.object()).isValid())
        co_return resultCount(filtered) == 1;
    if (filtered.status != 400 && filtered.status != 501)
        co_return std::nullopt; // a failure, not a service that cannot filter
    // …and from the group itself where it cannot.
    const scim::Response group
        = co_await m_client.get(scim::groupPath(m_group.id), {}, scim::RequestOptions());
    record(*step, group);
    if (!group.isSuccess())
        co_return std::nullopt;
    const QJsonArray members = group.object().value(QLatin1String("members")).toArray();
    for (const QJsonValue &member : members) {
        if (member.toObject().value(QLatin1String("value")).toString() == userId)
            co_return true;
    }
    co_return false;
}

void PilotRun::noteRead(const PilotUser &user, const scim::Response &read)
{
    m_ours[user.id] = read.isSuccess()
        && read.object().value(QLatin1String("externalId")).toString() == user.externalId
        && read.object().value(QLatin1String("id")).toString() == user.id;
}

QCoro::Task<bool> PilotRun::ensureOurs(PilotUser user, StepResult *step)
{
    // Every write goes to an object whose last read showed this run's marker; otherwise it is
    // read again now, and left alone unless it is ours.
    if (m_ours.value(user.id))
        co_return true;
    const scim::Response current = co_await m_client.get(scim::userPath(user.id), {}, scim::RequestOptions());
    step->record(current);
    noteRead(user, current);
    if (m_ours.value(user.id))
        co_return true;
    const Diagnosis d = Diagnosis::of(current);
    step->set(
        Outcome::Failed,
        d.isProblem()
            ? tr("Not sent: the user could not be read to confirm it is the console's (%1)").arg(d.detail)
            : tr("Not sent: %1 does not carry this run's marker (externalId “%2”), so it is "
                 "not the console's to change.")
                  .arg(user.id, current.object().value(QLatin1String("externalId")).toString()),
        tr("The console writes only to objects it created in this run. Send this report to the service "
           "provider."));
    co_return false;
}

QCoro::Task<QList<StepResult>> PilotRun::runUser(int n)
{
    PilotUser user = PilotUser::make(m_runId, m_options.userDomain, n);
    m_client.addSecret(user.password);
    const QString who = user.userName;
    QList<StepResult> steps;
    const auto finish = [&](StepResult step) {
        step.settleCancelled();
        step.maskSecrets(m_client.secrets());
        Q_EMIT stepFinished(step);
        steps.append(step);
    };
    const auto skipRest = [&](const QString &why) {
        const QStringList ids = stepIds();
        for (qsizetype i = steps.size(); i < ids.size(); ++i) {
            StepResult step = makeStep(ids.at(i).toLatin1().constData(), who);
            finish(set(step, Outcome::Skipped, m_cancelled ? tr("Not run: the pilot was cancelled.") : why));
        }
        return steps;
    };
    const auto cancelled = [&] {
        return m_cancelled;
    };

    // Joiner: look for the user first, as both IdPs do, then create it — journaled first.
    const scim::Response match = co_await m_dialect->findByUserName(m_client, user.userName);
    if (cancelled())
        co_return skipRest({});
    {
        StepResult step = makeStep("match-before-create", who);
        record(step, match);
        const bool okta = m_dialect->idp() == QLatin1String("okta");
        if (match.status == 404 && okta)
            finish(set(step, Outcome::Warning,
                       tr("HTTP 404 for a filter that matches no one; Okta tolerates it."),
                       tr("Entra ID would not: it quarantines the app. Answer 200 with an empty list.")));
        else if (const Diagnosis d = Diagnosis::of(match); d.isProblem())
            finish(set(step, Outcome::Failed, d.detail,
                       d.hint + QLatin1Char(' ') + m_dialect->onFailure(step.id)));
        else if (resultCount(match) != 0)
            finish(set(
                step, Outcome::Failed,
                tr("A brand-new userName matched %1 users: the filter is ignored.").arg(resultCount(match)),
                tr("The IdP would link the new person to an existing account — the classic duplicate or "
                   "wrong-account bug.")));
        else
            finish(set(step, Outcome::Passed, tr("No user named %1 yet, as expected.").arg(user.userName)));
    }

    if (!m_journal.intendToCreate(user.userName))
        co_return skipRest(m_journal.error());
    const scim::Response created = co_await m_dialect->create(m_client, user);
    // Journaled only while it may have reached the server: a create that never left this
    // computer leaves nothing to clean up, and must not block the next pilot.
    if (!created.maybeSent)
        m_journal.removedUser({user.userName, {}});
    user.id = created.object().value(QLatin1String("id")).toString();
    const scim::IdProblem idProblem = scim::checkId(user.id);
    if (idProblem == scim::IdProblem::None)
        m_journal.created(user.userName, user.id);
    {
        StepResult step = judged("create-user", who, {created}, tr("Created %1").arg(user.id));
        if (step.outcome == Outcome::Passed && user.id.isEmpty())
            set(step, Outcome::Failed, tr("HTTP %1 without the new user's id.").arg(created.status),
                tr("The IdP needs the id to change or remove the user later. %1")
                    .arg(m_dialect->onFailure(step.id)));
        else if (step.outcome == Outcome::Passed && idProblem != scim::IdProblem::None)
            set(step, Outcome::Failed,
                //: %1 is the reason, e.g. "the id “..” is a path step, not a name"
                tr("The service answered with an id that cannot name one user: %1.")
                    .arg(scim::describeIdProblem(idProblem, user.id)),
                tr("The console stops here: a request built from this id could reach another resource. The "
                   "cleanup looks the user up by its userName and this run's marker. Send this report to the "
                   "service provider."));
        else if (step.outcome == Outcome::Passed && created.status != 201)
            set(step, Outcome::Warning, tr("Created with HTTP %1 rather than 201.").arg(created.status),
                tr("Entra ID and Okta accept it; RFC 7644 says 201 Created."));
        finish(step);
        if (step.outcome == Outcome::Failed || cancelled())
            co_return skipRest(tr("Not run: the user could not be created."));
    }

    const scim::Response read = co_await m_client.get(scim::userPath(user.id));
    noteRead(user, read);
    {
        StepResult step = judged("read-user", who, {read}, tr("Read back"));
        const QString readId = read.object().value(QLatin1String("id")).toString();
        if (step.outcome == Outcome::Passed && readId != user.id) {
            set(step, Outcome::Failed,
                tr("The user read back has the id “%1”, not “%2” as the create answered.")
                    .arg(readId, user.id),
                tr("The console stops here: it changes only the object it created. Send this report to the "
                   "service provider."));
            finish(step);
            co_return skipRest(tr("Not run: the service changed the user's id."));
        }
        if (step.outcome == Outcome::Passed
            && (read.object().value(QLatin1String("userName")).toString() != user.userName
                || read.object().value(QLatin1String("externalId")).toString() != user.externalId))
            set(step, Outcome::Failed,
                tr("The user read back differs: userName “%1”, externalId “%2”.")
                    .arg(read.object().value(QLatin1String("userName")).toString(),
                         read.object().value(QLatin1String("externalId")).toString()),
                tr("Values must round-trip unchanged, or the IdP keeps “correcting” them every cycle."));
        finish(step);
    }
    if (cancelled())
        co_return skipRest({});

    const scim::Response found = co_await m_dialect->findByUserName(m_client, user.userName);
    {
        StepResult step = judged("find-user", who, {found}, tr("Found by userName"));
        if (step.outcome == Outcome::Passed && resultCount(found) != 1)
            set(step, Outcome::Failed,
                tr("The filter userName eq \"%1\" returned %2 users.")
                    .arg(user.userName)
                    .arg(resultCount(found)),
                tr("The IdP matches existing accounts by this filter; without it, it creates duplicates."));
        finish(step);
    }
    if (cancelled())
        co_return skipRest({});
    const scim::Response upper = co_await m_dialect->findByUserName(m_client, user.userName.toUpper());
    {
        StepResult step = judged("find-user-case-insensitive", who, {upper},
                                 tr("Found with %1").arg(user.userName.toUpper()));
        if (step.outcome == Outcome::Passed && resultCount(upper) != 1)
            set(step, Outcome::Warning,
                tr("%1 found nothing: userName is compared case-sensitively.").arg(user.userName.toUpper()),
                tr("RFC 7643 makes userName case-insensitive and Okta's own test expects a match; a person "
                   "whose address "
                   "changes case would get a second account."));
        finish(step);
    }
    if (cancelled())
        co_return skipRest({});

    // A duplicate must be refused; if it is not, the duplicate is journaled and removed too.
    m_journal.intendToCreate(user.userName);
    const scim::Response duplicate = co_await m_dialect->create(m_client, user);
    {
        StepResult step = makeStep("duplicate-rejected", who);
        record(step, duplicate);
        const QString duplicateId = duplicate.object().value(QLatin1String("id")).toString();
        if (duplicate.isSuccess() && !duplicateId.isEmpty() && duplicateId != user.id) {
            // An unusable id stays unjournaled: the cleanup finds the duplicate by name and marker.
            if (scim::checkId(duplicateId) == scim::IdProblem::None)
                m_journal.created(user.userName, duplicateId);
            finish(set(step, Outcome::Failed,
                       tr("A second user with the same userName was created (%1).").arg(duplicateId),
                       tr("The service must answer 409 with scimType uniqueness; otherwise every retry by "
                          "the IdP creates "
                          "another account. (The duplicate is removed by the cleanup.)")));
        } else {
            m_journal.removedUser({user.userName, {}});
            if (duplicate.status == 409)
                finish(set(step, Outcome::Passed,
                           tr("Refused with 409%1.")
                               .arg(duplicate.scimError && !duplicate.scimError->scimType.isEmpty()
                                        ? QStringLiteral(" (%1)").arg(duplicate.scimError->scimType)
                                        : QString())));
            else
                finish(set(step, duplicate.hasAnswer() ? Outcome::Warning : Outcome::Failed,
                           tr("Refused, but with %1 rather than 409.").arg(Diagnosis::summary(duplicate)),
                           tr("Okta needs 409 to recognise an existing account; another answer shows as an "
                              "error.")));
        }
    }
    if (cancelled())
        co_return skipRest({});

    // Mover.
    {
        StepResult guard = makeStep("update-user", who);
        if (!co_await ensureOurs(user, &guard)) {
            finish(guard);
            co_return skipRest(tr("Not run: the user no longer carries this run's marker."));
        }
        const QList<scim::Response> updated = co_await m_dialect->update(m_client, &user);
        StepResult step = judged("update-user", who, updated, tr("Changed"));
        step.exchanges = guard.exchanges + step.exchanges;
        finish(step);
    }
    if (cancelled())
        co_return skipRest({});
    const scim::Response afterUpdate
        = co_await m_client.get(scim::userPath(user.id), {}, scim::RequestOptions());
    noteRead(user, afterUpdate);
    {
        StepResult step = judged("verify-update", who, {afterUpdate}, tr("Read back"));
        QStringList wrong;
        for (auto it = user.expectedAfterUpdate.constBegin(); it != user.expectedAfterUpdate.constEnd();
             ++it) {
            const QString actual = userValue(afterUpdate.object(), it.key());
            if (actual != it.value())
                wrong.append(tr("%1 is “%2”, expected “%3”").arg(it.key(), actual, it.value()));
        }
        if (step.outcome == Outcome::Passed && !wrong.isEmpty())
            set(step, Outcome::Failed, wrong.join(QLatin1String("; ")) + QLatin1Char('.'),
                tr("The service answered the change with success but did not store it; the IdP will send it "
                   "again every "
                   "cycle and the account stays out of date."));
        finish(step);
    }
    if (cancelled())
        co_return skipRest({});

    // Group membership.
    if (m_group.id.isEmpty()) {
        for (const char *id : {"add-to-group", "verify-membership", "remove-from-group"}) {
            StepResult step = makeStep(id, who);
            finish(set(step, Outcome::Skipped, m_groupProblem));
        }
    } else {
        m_journal.addedMembership(m_group.id, user.id);
        finish(judged("add-to-group", who, co_await m_dialect->addToGroup(m_client, user, m_group),
                      tr("Added to %1").arg(m_group.displayName)));
        StepResult member = makeStep("verify-membership", who);
        const std::optional<bool> isIn = co_await isMember(user.id, &member);
        finish(!isIn       ? set(member, Outcome::Failed, tr("The group could not be read."),
                                 tr("Send this report to the service provider."))
                   : *isIn ? set(member, Outcome::Passed,
                                 tr("%1 is a member of %2.").arg(user.userName, m_group.displayName))
                           : set(member, Outcome::Failed,
                                 tr("The user is not a member after the add was answered with success."),
                                 tr("The service ignores this membership request shape; group-based access "
                                    "would never be granted.")));
        StepResult removed
            = judged("remove-from-group", who, co_await m_dialect->removeFromGroup(m_client, user, m_group),
                     tr("Removed"));
        if (removed.outcome == Outcome::Failed && !cancelled() && m_dialect->id() == QLatin1String("entra")) {
            // Entra's RFC-compliant mode removes members by a path filter instead.
            const scim::PatchOp rfc = scim::PatchOp().remove(scim::PatchOp::memberPath(user.id));
            const scim::Response probe = co_await m_client.patch(scim::groupPath(m_group.id), rfc.toJson());
            record(removed, probe);
            if (probe.isSuccess()) {
                m_journal.removedMembership(m_group.id, user.id);
                removed.hint = aadOptHint() + removed.hint;
            }
        }
        if (removed.outcome == Outcome::Passed) {
            const std::optional<bool> still = co_await isMember(user.id, &removed);
            if (still.value_or(true))
                set(removed, Outcome::Failed,
                    tr("The remove was answered with success, but the user is still a member."),
                    tr("The service ignores this removal shape; leavers would keep group access. %1")
                        .arg(m_dialect->onFailure(removed.id)));
            else
                m_journal.removedMembership(m_group.id, user.id);
        }
        finish(removed);
    }
    if (cancelled())
        co_return skipRest({});

    // Leaver.
    StepResult guard = makeStep("deactivate-user", who);
    if (!co_await ensureOurs(user, &guard)) {
        finish(guard);
        co_return skipRest(tr("Not run: the user no longer carries this run's marker."));
    }
    StepResult deactivated
        = judged("deactivate-user", who, co_await m_dialect->deactivate(m_client, user), tr("Deactivated"));
    deactivated.exchanges = guard.exchanges + deactivated.exchanges;
    if (deactivated.outcome == Outcome::Failed && !cancelled() && m_dialect->id() == QLatin1String("entra")) {
        // Would Entra's RFC-compliant mode get through? Ask with its request.
        const scim::PatchOp rfc = scim::PatchOp().replace(QStringLiteral("active"), false);
        const scim::Response probe = co_await m_client.patch(scim::userPath(user.id), rfc.toJson());
        record(deactivated, probe);
        if (probe.isSuccess())
            deactivated.hint = aadOptHint() + deactivated.hint;
    }
    finish(deactivated);
    if (cancelled())
        co_return skipRest({});
    const scim::Response inactive
        = co_await m_client.get(scim::userPath(user.id), {}, scim::RequestOptions());
    noteRead(user, inactive);
    {
        StepResult step = judged("verify-deactivated", who, {inactive}, tr("Read back"));
        const QJsonValue active = inactive.object().value(QLatin1String("active"));
        if (deactivated.outcome == Outcome::Failed)
            set(step, Outcome::Skipped, tr("Not judged: the deactivation itself was refused."));
        else if (step.outcome == Outcome::Passed && active.isString()
                 && active.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            set(step, Outcome::Warning, tr("active is stored as the string “%1”.").arg(active.toString()),
                tr("The service kept Entra's string as it came; RFC 7643 makes active a boolean, and other "
                   "clients may read it as true."));
        else if (step.outcome == Outcome::Passed && active != QJsonValue(false))
            set(step, Outcome::Failed,
                tr("The user is still active after the deactivation was answered with success."),
                tr("A leaver keeps access. Services that handle only a PATCH with path \"active\" miss "
                   "Okta's path-less shape."));
        finish(step);
    }
    if (cancelled())
        co_return skipRest({});

    if (!m_dialect->deletesUsers()) {
        for (const char *id : {"delete-user", "verify-deleted"}) {
            StepResult step = makeStep(id, who);
            finish(set(
                step, Outcome::Skipped,
                tr("Okta never deletes users: it deactivates them. The cleanup still removes this one.")));
        }
        co_return steps;
    }
    StepResult deleteGuard = makeStep("delete-user", who);
    if (!co_await ensureOurs(user, &deleteGuard)) {
        finish(deleteGuard);
        co_return skipRest(tr("Not run: the user no longer carries this run's marker."));
    }
    const scim::Response deleted = co_await m_dialect->remove(m_client, user);
    StepResult deleteStep = judged("delete-user", who, {deleted}, tr("Deleted"));
    deleteStep.exchanges = deleteGuard.exchanges + deleteStep.exchanges;
    finish(deleteStep);
    if (cancelled())
        co_return skipRest({});
    const scim::Response gone = co_await m_client.get(scim::userPath(user.id), {}, scim::RequestOptions());
    {
        StepResult step = makeStep("verify-deleted", who);
        record(step, gone);
        if (gone.status == 404) {
            m_journal.removedUser({user.userName, user.id});
            finish(
                set(step, Outcome::Passed,
                    tr("Reading it back gives 404: the service no longer shows it over SCIM (some services "
                       "keep a deleted account's record where SCIM cannot see it).")));
        } else {
            finish(set(
                step, Outcome::Failed,
                tr("The user can still be read after the delete (%1).").arg(Diagnosis::summary(gone)),
                tr("Entra ID believes the account is gone while it remains. (The cleanup tries again.)")));
        }
    }
    co_return steps;
}

} // namespace engine
