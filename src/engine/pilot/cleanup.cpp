#include "engine/pilot/cleanup.h"

#include "engine/idp/pilotuser.h"
#include "engine/run/diagnosis.h"
#include "engine/run/workerpool.h"
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
    // As many at once as the run itself sent; the steps keep the journal's order.
    const auto memberships = m_journal.memberships();
    std::vector<StepResult> membershipSteps(memberships.size());
    co_await forEachBounded(int(memberships.size()), m_width, [&](int index) -> QCoro::Task<> {
        if (co_await removeMembership(memberships.at(index), &membershipSteps[index]))
            m_journal.removedMembership(memberships.at(index).groupId, memberships.at(index).userId);
    });
    const auto users = m_journal.users();
    std::vector<StepResult> userSteps(users.size());
    co_await forEachBounded(int(users.size()), m_width, [&](int index) -> QCoro::Task<> {
        if (co_await removeUser(users.at(index), &userSteps[index]))
            m_journal.removedUser(users.at(index));
    });
    m_steps.append(QList<StepResult>(membershipSteps.begin(), membershipSteps.end()));
    m_steps.append(QList<StepResult>(userSteps.begin(), userSteps.end()));
    for (const auto &user : m_journal.users())
        result.leftovers.append(user.id.isEmpty() ? user.userName : user.id);
    for (const auto &membership : m_journal.memberships())
        result.leftovers.append(
            //: %1 is the test user's id at the service, %2 the id of the group at the service
            tr("membership of %1 in group %2").arg(membership.userId, membership.groupId));
    result.outcome = result.leftovers.isEmpty() ? StepResult::Outcome::Passed : StepResult::Outcome::Failed;
    // Whatever is left stays on disk for the next cleanup; an empty journal goes.
    if (m_journal.isEmpty())
        co_await m_journal.finish();
    else
        co_await m_journal.flush();
    for (StepResult &step : m_steps)
        step.maskSecrets(m_client.secrets());
    for (QString &leftover : result.leftovers)
        leftover = m_client.secrets().apply(leftover);
    co_return result;
}

QCoro::Task<bool> Cleanup::removeMembership(CleanupJournal::Membership membership, StepResult *out)
{
    StepResult &step = *out;
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
        //: %1 is the id of the group at the service
        = gone ? tr("Removed from group %1.").arg(membership.groupId) : Diagnosis::of(response).detail;
    co_return gone;
}

QCoro::Task<bool> Cleanup::removeUser(CleanupJournal::User user, StepResult *out)
{
    StepResult &step = *out;
    step.id = m_keepDeactivated ? QStringLiteral("cleanup-deactivate") : QStringLiteral("cleanup-delete");
    step.user = user.userName;
    step.title = m_keepDeactivated ? tr("Leave the pilot user deactivated") : tr("Delete the pilot user");
    QString id = user.id;
    // The create answer never arrived: find the user by userName, and only with our marker.
    if (id.isEmpty() && !co_await findByMarker(user.userName, &step, &id))
        co_return done(step);
    if (const scim::IdProblem problem = scim::checkId(id); problem != scim::IdProblem::None)
        co_return done(step.set(StepResult::Outcome::Failed,
                                //: %1 is the test user's userName, %2 what is wrong with its id
                                tr("The service's id for %1 cannot be used safely (%2); remove this user by "
                                   "hand in the service.")
                                    .arg(user.userName, scim::describeIdProblem(problem, id))));

    // Only a 404 from exactly this user's URL means "gone": the client refuses any other URL unsent.
    const scim::Response current = co_await m_client.get(scim::userPath(id), {}, Own);
    step.record(current);
    if (current.status == 404)
        co_return done(step.set(StepResult::Outcome::Passed, tr("Already gone.")));
    if (!current.isSuccess())
        co_return done(step.set(StepResult::Outcome::Failed, Diagnosis::of(current).detail));
    if (!PilotUser::carriesMarker(current.object().value(QLatin1String("externalId")).toString(),
                                  m_journal.runId())
        || current.object().value(QLatin1String("id")).toString() != id)
        co_return done(step.set(
            StepResult::Outcome::Passed,
            //: %1 is a user id at the service; "run's marker" is the unique externalId this pilot run set
            tr("Not touched: %1 does not carry this run's marker, so it is not the console's.").arg(id)));
    if (!m_keepDeactivated && co_await deleteUser(id, &step))
        co_return done(step);
    co_await deactivateUser(id, &step);
    co_return done(step);
}

bool Cleanup::done(const StepResult &step)
{
    return step.outcome != StepResult::Outcome::Failed;
}

QCoro::Task<bool> Cleanup::findByMarker(QString userName, StepResult *step, QString *id)
{
    const scim::Response found = co_await m_client.get(
        QStringLiteral("Users"),
        scim::Query().add(QStringLiteral("filter"), scim::filter::eq(QStringLiteral("userName"), userName)),
        Own);
    step->record(found);
    if (!found.isSuccess()) {
        step->set(StepResult::Outcome::Failed, Diagnosis::of(found).detail);
        co_return false;
    }
    const QJsonArray resources = scim::ListResponse::fromJson(found.object()).resources;
    bool carriesMarker = false;
    for (const QJsonValue &resource : resources) {
        if (PilotUser::carriesMarker(resource.toObject().value(QLatin1String("externalId")).toString(),
                                     m_journal.runId())) {
            carriesMarker = true;
            *id = resource.toObject().value(QLatin1String("id")).toString();
        }
    }
    if (!carriesMarker) {
        step->set(StepResult::Outcome::Passed,
                  //: %1 is the test user's userName; "run's marker" is this pilot run's unique externalId
                  tr("Never created (no user %1 carries this run's marker).").arg(userName));
        co_return false;
    }
    co_return true;
}

QCoro::Task<bool> Cleanup::deleteUser(QString id, StepResult *step)
{
    const scim::Response deleted = co_await m_client.remove(scim::userPath(id), Own);
    step->record(deleted);
    const scim::Response check = co_await m_client.get(scim::userPath(id), {}, Own);
    step->record(check);
    if (check.status == 404) {
        step->set(
            StepResult::Outcome::Passed,
            //: %1 is the test user's id at the service
            tr("Deleted %1; reading it back gives 404, so the service no longer shows it over SCIM. Some "
               "services keep a deleted account's record where SCIM cannot see it; ask the service "
               "provider if that matters to you.")
                .arg(id));
        co_return true;
    }
    if (deleted.isSuccess()) {
        step->set(StepResult::Outcome::Failed,
                  //: %1 is the HTTP status code of the DELETE request
                  tr("DELETE answered %1, yet the user can still be read.").arg(deleted.status));
        co_return true;
    }
    // A service that cannot delete: leave the user at least deactivated, and say so.
    //: %1 is a summary of the answer, e.g. "HTTP 405 in 12 ms"
    step->detail = tr("DELETE was refused (%1); deactivating instead.").arg(Diagnosis::summary(deleted));
    co_return false;
}

QCoro::Task<> Cleanup::deactivateUser(QString id, StepResult *step)
{
    const scim::PatchOp deactivate = scim::PatchOp().replace(QStringLiteral("active"), false);
    const scim::Response patched = co_await m_client.patch(scim::userPath(id), deactivate.toJson(), Own);
    step->record(patched);
    const scim::Response check = co_await m_client.get(scim::userPath(id), {}, Own);
    step->record(check);
    const bool inactive
        = check.isSuccess() && check.object().value(QLatin1String("active")) == QJsonValue(false);
    if (!inactive)
        step->set(StepResult::Outcome::Failed, tr("The user could be neither deleted nor deactivated."));
    else if (!m_keepDeactivated)
        step->set(StepResult::Outcome::Failed, tr("Left deactivated: the service would not delete it."));
    else
        //: %1 is the test user's id at the service
        step->set(StepResult::Outcome::Passed, tr("Deactivated %1 and left it so, as asked.").arg(id));
}

} // namespace engine
