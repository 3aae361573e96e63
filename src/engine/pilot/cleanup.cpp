#include "engine/pilot/cleanup.h"

#include "engine/idp/pilotuser.h"
#include "engine/run/diagnosis.h"
#include "scim/filter.h"
#include "scim/listresponse.h"
#include "scim/patchop.h"
#include "scim/resourcepath.h"
#include "scim/scimclient.h"

#include <QJsonArray>

namespace engine {

namespace {
/// The cleanup is the console's own work, whichever IdP the pilot played: sent as the console.
const scim::RequestOptions Own;
} // namespace

QCoro::Task<RunResult::Cleanup> Cleanup::run()
{
    RunResult::Cleanup result;
    const auto memberships = m_journal.memberships();
    for (const auto &membership : memberships) {
        if (co_await removeMembership(membership))
            m_journal.removedMembership(membership.groupId, membership.userId);
    }
    const auto users = m_journal.users();
    for (const auto &user : users) {
        if (co_await removeUser(user))
            m_journal.removedUser(user);
    }
    for (const auto &user : m_journal.users())
        result.leftovers.append(user.id.isEmpty() ? user.userName : user.id);
    for (const auto &membership : m_journal.memberships())
        result.leftovers.append(
            tr("membership of %1 in group %2").arg(membership.userId, membership.groupId));
    result.outcome = result.leftovers.isEmpty() ? QStringLiteral("passed") : QStringLiteral("failed");
    if (m_journal.isEmpty())
        m_journal.finish();
    for (StepResult &step : m_steps)
        step.maskSecrets(m_client.secrets());
    for (QString &leftover : result.leftovers)
        leftover = m_client.secrets().apply(leftover);
    co_return result;
}

QCoro::Task<bool> Cleanup::removeMembership(CleanupJournal::Membership membership)
{
    StepResult step;
    step.id = QStringLiteral("cleanup-membership");
    // Labelled by userName like the user's own cleanup step, where the journal knows it.
    step.user = membership.userId;
    for (const CleanupJournal::User &user : m_journal.users()) {
        if (user.id == membership.userId)
            step.user = user.userName;
    }
    step.title = tr("Remove the pilot user from the group");
    // The RFC's own shape first; Entra's legacy value array for services that only take that.
    const scim::PatchOp byPath = scim::PatchOp().remove(scim::PatchOp::memberPath(membership.userId));
    scim::Response response
        = co_await m_client.patch(scim::groupPath(membership.groupId), byPath.toJson(), Own);
    step.record(response);
    if (!response.isSuccess() && response.status == 400) {
        const scim::PatchOp byValue = scim::PatchOp().remove(
            QStringLiteral("members"), scim::PatchOp::memberValues({membership.userId}));
        response = co_await m_client.patch(scim::groupPath(membership.groupId), byValue.toJson(), Own);
        step.record(response);
    }
    const bool gone = response.isSuccess() || response.status == 404;
    step.outcome = gone ? StepResult::Outcome::Passed : StepResult::Outcome::Failed;
    step.detail
        = gone ? tr("Removed from group %1.").arg(membership.groupId) : Diagnosis::of(response).detail;
    m_steps.append(step);
    co_return gone;
}

QCoro::Task<bool> Cleanup::removeUser(CleanupJournal::User user)
{
    StepResult step;
    step.id = m_keepDeactivated ? QStringLiteral("cleanup-deactivate") : QStringLiteral("cleanup-delete");
    step.user = user.userName;
    step.title = m_keepDeactivated ? tr("Leave the pilot user deactivated") : tr("Delete the pilot user");
    const auto done = [&](StepResult::Outcome outcome, const QString &detail) {
        step.outcome = outcome;
        step.detail = detail;
        m_steps.append(step);
        return outcome != StepResult::Outcome::Failed;
    };

    QString id = user.id;
    if (id.isEmpty()) {
        // The create answer never arrived: find the user by userName, and only with our marker.
        const scim::Response found = co_await m_client.get(
            QStringLiteral("Users"),
            scim::Query().add(QStringLiteral("filter"),
                              scim::filter::eq(QStringLiteral("userName"), user.userName)),
            Own);
        step.record(found);
        if (!found.isSuccess())
            co_return done(StepResult::Outcome::Failed, Diagnosis::of(found).detail);
        const QJsonArray resources = scim::ListResponse::fromJson(found.object()).resources;
        bool carriesMarker = false;
        for (const QJsonValue &resource : resources) {
            if (PilotUser::carriesMarker(resource.toObject().value(QLatin1String("externalId")).toString(),
                                         m_journal.runId())) {
                carriesMarker = true;
                id = resource.toObject().value(QLatin1String("id")).toString();
            }
        }
        if (!carriesMarker)
            co_return done(StepResult::Outcome::Passed,
                           tr("Never created (no user %1 carries this run's marker).").arg(user.userName));
    }

    if (const scim::IdProblem problem = scim::checkId(id); problem != scim::IdProblem::None)
        co_return done(StepResult::Outcome::Failed,
                       tr("The service's id for %1 cannot be used safely (%2); remove this user by hand in "
                          "the service.")
                           .arg(user.userName, scim::describeIdProblem(problem, id)));

    // Only a 404 from exactly this user's URL means "gone": the client refuses any other URL unsent.
    const scim::Response current = co_await m_client.get(scim::userPath(id), {}, Own);
    step.record(current);
    if (current.status == 404)
        co_return done(StepResult::Outcome::Passed, tr("Already gone."));
    if (!current.isSuccess())
        co_return done(StepResult::Outcome::Failed, Diagnosis::of(current).detail);
    if (!PilotUser::carriesMarker(current.object().value(QLatin1String("externalId")).toString(),
                                  m_journal.runId())
        || current.object().value(QLatin1String("id")).toString() != id)
        co_return done(
            StepResult::Outcome::Passed,
            tr("Not touched: %1 does not carry this run's marker, so it is not the console's.").arg(id));

    if (!m_keepDeactivated) {
        const scim::Response deleted = co_await m_client.remove(scim::userPath(id), Own);
        step.record(deleted);
        const scim::Response check = co_await m_client.get(scim::userPath(id), {}, Own);
        step.record(check);
        if (check.status == 404)
            co_return done(StepResult::Outcome::Passed,
                           tr("Deleted %1; reading it back gives 404, so the service no longer shows it over "
                              "SCIM. Some services keep a deleted account's record where SCIM cannot see "
                              "it; ask the service provider if that matters to you.")
                               .arg(id));
        if (deleted.isSuccess())
            co_return done(StepResult::Outcome::Failed,
                           tr("DELETE answered %1, yet the user can still be read.").arg(deleted.status));
        // A service that cannot delete: leave the user at least deactivated, and say so.
        step.detail = tr("DELETE was refused (%1); deactivating instead.").arg(Diagnosis::summary(deleted));
    }
    const scim::PatchOp deactivate = scim::PatchOp().replace(QStringLiteral("active"), false);
    const scim::Response patched = co_await m_client.patch(scim::userPath(id), deactivate.toJson(), Own);
    step.record(patched);
    const scim::Response check = co_await m_client.get(scim::userPath(id), {}, Own);
    step.record(check);
    const bool inactive
        = check.isSuccess() && check.object().value(QLatin1String("active")) == QJsonValue(false);
    if (!inactive)
        co_return done(StepResult::Outcome::Failed, tr("The user could be neither deleted nor deactivated."));
    if (!m_keepDeactivated)
        co_return done(StepResult::Outcome::Failed, tr("Left deactivated: the service would not delete it."));
    co_return done(StepResult::Outcome::Passed, tr("Deactivated %1, as asked (--keep-deactivated).").arg(id));
}

} // namespace engine
