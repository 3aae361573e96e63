// The pilot's phases, in the order an IdP lives a person's life: joiner, matching, mover,
// membership, leaver, removal. Each sends the dialect's requests, keeps the journal, and judges
// the answers (the verdicts' words are in pilotverdicts.cpp).
#include "engine/pilot/mappingcheck.h"
#include "engine/pilot/pilotrun.h"
#include "engine/pilot/pilotverdicts_p.h"
#include "engine/run/diagnosis.h"
#include "scim/resourcepath.h"

namespace engine {

namespace {

/// A mover's new value of a source attribute: a changed address, a new surname or first name.
QString movedValue(const QString &source, const QString &value)
{
    if (source == QLatin1String("mail") || source == QLatin1String("user.email"))
        return QStringLiteral("moved-") + value;
    if (source == QLatin1String("givenName") || source == QLatin1String("user.firstName"))
        return QStringLiteral("SCIM Mover");
    if (source == QLatin1String("displayName") || source == QLatin1String("user.displayName"))
        return value + QStringLiteral(" (moved)");
    if (source == QLatin1String("employeeId") || source == QLatin1String("user.employeeNumber"))
        return value + QStringLiteral("-M");
    return value + QStringLiteral(" Moved");
}

} // namespace

QCoro::Task<bool> PilotRun::joiner(Life *life)
{
    PilotUser &user = life->user;
    const QString who = user.userName;
    life->body = UserBody::build(m_mapping.user, user, UserBody::Moment::Create);
    // Look for the user first, by each matching attribute in precedence order as the IdP does,
    // then create it — journaled first.
    StepResult matched = newStep("match-before-create", who);
    QList<MappingRow> matching = m_mapping.matchingRows();
    if (matching.isEmpty()) {
        MappingRow userName;
        userName.target = QStringLiteral("userName");
        matching.append(userName);
    }
    for (const MappingRow &row : std::as_const(matching)) {
        const SentValue *sent = life->body.find(row.target);
        const QString value = sent ? sent->value.toString() : user.userName;
        const scim::Response match = co_await m_dialect->findUser(client(), row.target, value);
        matched.record(match);
        matched = PilotVerdicts::matchBeforeCreate(matched, match, user, *m_dialect);
        if (matched.outcome == Outcome::Failed || isCancelled())
            break;
    }
    if (!add(life, matched))
        co_return false;
    const bool journaled = co_await m_journal.intendToCreate(user.userName);
    if (!journaled)
        co_return stop(life, m_journal.error());

    StepResult creating = newStep("create-user", who);
    scim::Response created = co_await m_dialect->create(client(), createBody(user, {}));
    creating.record(created);
    if (created.status == 400 && !isCancelled())
        created = co_await withoutRejected(life, created, &creating);
    // Journaled only while it may have reached the server: a create that never left this
    // computer leaves nothing to clean up, and must not block the next pilot.
    if (!created.maybeSent)
        m_journal.removedUser({user.userName, {}});
    user.id = created.object().value(QLatin1String("id")).toString();
    const scim::IdProblem idProblem = scim::checkId(user.id);
    if (idProblem == scim::IdProblem::None)
        m_journal.created(user.userName, user.id);
    //: %1 is the test user's id at the service
    StepResult step = judged("create-user", who, {created}, tr("Created %1").arg(user.id));
    step.exchanges = creating.exchanges;
    step = PilotVerdicts::created(step, created, user, idProblem, *m_dialect);
    const bool usable = step.outcome != Outcome::Failed;
    if (usable && !life->rejected.isEmpty()) // the IdP's own create fails; the rest is piloted
        step = PilotVerdicts::createdWithout(step, life->rejected, *m_dialect);
    if (!add(life, step) || !usable)
        co_return stop(life, tr("Not run: the user could not be created."));

    const scim::Response read = co_await client().get(scim::userPath(user.id));
    noteRead(user, read);
    if (read.isSuccess())
        life->stored = read.object();
    StepResult readStep = judged("read-user", who, {read}, tr("Read back"));
    const QString readId = read.object().value(QLatin1String("id")).toString();
    if (readStep.outcome == Outcome::Passed && readId != user.id) {
        add(life, PilotVerdicts::idChanged(readStep, readId, user));
        co_return stop(life, tr("Not run: the service changed the user's id."));
    }
    co_return add(life, PilotVerdicts::readBack(readStep, read, user));
}

QCoro::Task<bool> PilotRun::matching(Life *life)
{
    const PilotUser &user = life->user;
    const QString who = user.userName;
    // The IdP finds the person again by its first matching attribute, in any letter case.
    const auto [attribute, value] = matchOf(*life);
    const scim::Response found = co_await m_dialect->findUser(client(), attribute, value);
    if (!add(life,
             //: %1 is the attribute the user is looked up by, e.g. userName
             PilotVerdicts::found(judged("find-user", who, {found}, tr("Found by %1").arg(attribute)), found,
                                  user)))
        co_return false;
    const QString upper = value.toUpper();
    const scim::Response foundUpper = co_await m_dialect->findUser(client(), attribute, upper);
    if (!add(life,
             PilotVerdicts::foundInCapitals(
                 //: %1 is the test user's userName in capital letters
                 judged("find-user-case-insensitive", who, {foundUpper}, tr("Found with %1").arg(upper)),
                 foundUpper, upper)))
        co_return false;

    // A duplicate must be refused; if it is not, the duplicate is journaled and removed too.
    const bool journaled = co_await m_journal.intendToCreate(user.userName);
    if (!journaled)
        co_return stop(life, m_journal.error());
    const scim::Response duplicate = co_await m_dialect->create(client(), createBody(user, life->rejected));
    StepResult step = newStep("duplicate-rejected", who);
    step.record(duplicate);
    const QString duplicateId = duplicate.object().value(QLatin1String("id")).toString();
    const bool created = duplicate.isSuccess() && !duplicateId.isEmpty() && duplicateId != user.id;
    if (created && scim::checkId(duplicateId) == scim::IdProblem::None)
        m_journal.created(user.userName, duplicateId);
    else if (!created)
        m_journal.removedUser({user.userName, {}});
    // An unusable duplicate id stays unjournaled: the cleanup finds it by name and marker.
    co_return add(life, PilotVerdicts::duplicate(step, duplicate, created ? duplicateId : QString()));
}

QCoro::Task<bool> PilotRun::mover(Life *life)
{
    PilotUser &user = life->user;
    const std::optional<StepResult> guard = co_await guarded(life, "update-user");
    if (!guard)
        co_return false;
    // The mover's new values, and every mapped attribute they feed, as the IdP sends them.
    PilotUser moved = user;
    for (const QString &source : m_dialect->moverSources())
        moved.setSource(source, movedValue(source, user.source(source)));
    const QList<SentValue> changes
        = UserBody::changes(UserBody::build(m_mapping.user, user, UserBody::Moment::Update, life->rejected),
                            UserBody::build(m_mapping.user, moved, UserBody::Moment::Update, life->rejected));
    moved.expectedAfterUpdate.clear();
    for (const SentValue &change : changes) {
        const StepResult *verdict = life->stepById(MappingCheck::stepId(change.row));
        if (!verdict || verdict->verdict == QLatin1String("stored"))
            moved.expectedAfterUpdate.insert(change.row.target, change.value.toVariant().toString());
    }
    user = moved;
    QList<AttributeChange> sent;
    for (const SentValue &change : changes)
        sent.append({change.row.target, change.value});
    const QList<scim::Response> updated = co_await m_dialect->update(client(), user, sent);
    StepResult step = judged("update-user", user.userName, updated, tr("Changed"));
    step.exchanges = guard->exchanges + step.exchanges;
    if (!add(life, step))
        co_return false;
    const scim::Response afterUpdate
        = co_await client().get(scim::userPath(user.id), {}, scim::RequestOptions());
    noteRead(user, afterUpdate);
    co_return add(
        life,
        PilotVerdicts::updateStored(judged("verify-update", user.userName, {afterUpdate}, tr("Read back")),
                                    afterUpdate, user));
}

QCoro::Task<bool> PilotRun::membership(Life *life)
{
    const PilotUser &user = life->user;
    const QString who = user.userName;
    if (m_group.id.isEmpty()) {
        for (const char *id : {"add-to-group", "verify-membership", "remove-from-group"}) {
            StepResult skipped = newStep(id, who);
            if (!m_groupNamed)
                skipped.advice.append(Advice::NameGroup);
            add(life, skipped.set(Outcome::Skipped, m_groupProblem));
        }
        co_return true;
    }
    m_journal.addedMembership(m_group.id, user.id);
    const QList<scim::Response> added = co_await m_dialect->addToGroup(client(), user, m_group);
    //: %1 is the display name of the group at the service
    if (!add(life, judged("add-to-group", who, added, tr("Added to %1").arg(m_group.displayName))))
        co_return false;
    StepResult member = newStep("verify-membership", who);
    int filterRefused = 0;
    const std::optional<bool> isIn = co_await isMember(user.id, &member, &filterRefused);
    member = PilotVerdicts::member(member, isIn, user, m_group);
    if (filterRefused)
        explainMemberRead(&member, filterRefused);
    if (!add(life, member))
        co_return false;

    const QList<scim::Response> removing = co_await m_dialect->removeFromGroup(client(), user, m_group);
    StepResult removed = judged("remove-from-group", who, removing, tr("Removed"));
    if (removed.outcome == Outcome::Failed && !isCancelled()) {
        if (const std::optional<PilotDialect::Fallback> fallback = m_dialect->fallback()) {
            const QList<scim::Response> probe
                = co_await fallback->dialect->removeFromGroup(client(), user, m_group);
            for (const scim::Response &response : probe)
                removed.record(response);
            if (probe.constLast().isSuccess()) {
                m_journal.removedMembership(m_group.id, user.id);
                advise(&removed, *fallback);
            }
        }
    }
    if (removed.outcome == Outcome::Passed) {
        filterRefused = 0;
        const std::optional<bool> still = co_await isMember(user.id, &removed, &filterRefused);
        if (!still.value_or(true))
            m_journal.removedMembership(m_group.id, user.id);
        removed = PilotVerdicts::notMemberAfterRemoval(removed, still, *m_dialect);
        if (filterRefused)
            explainMemberRead(&removed, filterRefused);
    }
    co_return add(life, removed);
}

QCoro::Task<bool> PilotRun::leaver(Life *life)
{
    const PilotUser &user = life->user;
    const std::optional<StepResult> guard = co_await guarded(life, "deactivate-user");
    if (!guard)
        co_return false;
    const QList<scim::Response> deactivating = co_await m_dialect->deactivate(client(), user);
    StepResult deactivated = judged("deactivate-user", user.userName, deactivating, tr("Deactivated"));
    deactivated.exchanges = guard->exchanges + deactivated.exchanges;
    if (deactivated.outcome == Outcome::Failed && !isCancelled()) {
        // Would the IdP's other style get through? Ask with its request.
        if (const std::optional<PilotDialect::Fallback> fallback = m_dialect->fallback()) {
            const QList<scim::Response> probe = co_await fallback->dialect->deactivate(client(), user);
            for (const scim::Response &response : probe)
                deactivated.record(response);
            if (probe.constLast().isSuccess())
                advise(&deactivated, *fallback);
        }
    }
    if (!add(life, deactivated))
        co_return false;
    const scim::Response inactive
        = co_await client().get(scim::userPath(user.id), {}, scim::RequestOptions());
    noteRead(user, inactive);
    co_return add(
        life,
        PilotVerdicts::inactive(judged("verify-deactivated", user.userName, {inactive}, tr("Read back")),
                                inactive, deactivated.outcome == Outcome::Failed));
}

QCoro::Task<bool> PilotRun::removal(Life *life)
{
    const PilotUser &user = life->user;
    const QString who = user.userName;
    if (!m_dialect->deletesUsers()) {
        for (const char *id : {"delete-user", "verify-deleted"})
            add(life, newStep(id, who).set(Outcome::Skipped, PilotVerdicts::neverDeletes(*m_dialect)));
        co_return true;
    }
    const std::optional<StepResult> guard = co_await guarded(life, "delete-user");
    if (!guard)
        co_return false;
    const scim::Response deleted = co_await m_dialect->remove(client(), user);
    StepResult step = judged("delete-user", who, {deleted}, tr("Deleted"));
    step.exchanges = guard->exchanges + step.exchanges;
    if (!add(life, step))
        co_return false;
    const scim::Response gone = co_await client().get(scim::userPath(user.id), {}, scim::RequestOptions());
    if (gone.status == 404)
        m_journal.removedUser({user.userName, user.id});
    StepResult verified = newStep("verify-deleted", who);
    verified.record(gone);
    co_return add(life, PilotVerdicts::gone(verified, gone));
}

} // namespace engine
