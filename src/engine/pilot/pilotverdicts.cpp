#include "engine/idp/targetpath.h"
#include "engine/pilot/pilotverdicts_p.h"
#include "engine/run/diagnosis.h"
#include "scim/listresponse.h"

namespace engine {

namespace {

using Outcome = StepResult::Outcome;

int resultCount(const scim::Response &response)
{
    return int(scim::ListResponse::fromJson(response.object()).resources.size());
}

} // namespace

StepResult PilotVerdicts::matchBeforeCreate(StepResult step, const scim::Response &match,
                                            const PilotUser &user, const PilotDialect &dialect)
{
    if (match.status == 404 && dialect.toleratesNotFoundSearch())
        return step.set(Outcome::Warning,
                        //: %1 is the identity provider, e.g. Okta
                        tr("HTTP 404 for a filter that matches no one; %1 tolerates it.")
                            .arg(common::idpDisplayName(dialect.idp())),
                        tr("Entra ID would not: it quarantines the app. Answer 200 with an empty list."));
    if (const Diagnosis d = Diagnosis::of(match); d.isProblem())
        return step.set(Outcome::Failed, d.detail, d.hint + QLatin1Char(' ') + dialect.onFailure(step.id));
    if (resultCount(match) != 0)
        return step.set(
            Outcome::Failed,
            //: %1 is the number of users the filter matched
            tr("A brand-new userName matched %1 users: the filter is ignored.").arg(resultCount(match)),
            tr("The IdP would link the new person to an existing account — the classic duplicate or "
               "wrong-account bug."));
    //: %1 is the test user's userName
    return step.set(Outcome::Passed, tr("No user named %1 yet, as expected.").arg(user.userName));
}

StepResult PilotVerdicts::created(StepResult step, const scim::Response &created, const PilotUser &user,
                                  scim::IdProblem idProblem, const PilotDialect &dialect)
{
    if (step.outcome != Outcome::Passed)
        return step;
    if (user.id.isEmpty())
        //: %1 is the HTTP status code of the create request
        return step.set(Outcome::Failed, tr("HTTP %1 without the new user's id.").arg(created.status),
                        //: %1 is a sentence on what the identity provider does on this failure
                        tr("The IdP needs the id to change or remove the user later. %1")
                            .arg(dialect.onFailure(step.id)));
    if (idProblem != scim::IdProblem::None)
        return step.set(
            Outcome::Failed,
            //: %1 is the reason, e.g. "the id “..” is a path step, not a name"
            tr("The service answered with an id that cannot name one user: %1.")
                .arg(scim::describeIdProblem(idProblem, user.id)),
            tr("The console stops here: a request built from this id could reach another resource. The "
               "cleanup looks the user up by its userName and this run's marker. Send this report to the "
               "service provider."));
    if (created.status != 201)
        //: %1 is the HTTP status code of the create request
        return step.set(Outcome::Warning, tr("Created with HTTP %1 rather than 201.").arg(created.status),
                        tr("Entra ID and Okta accept it; RFC 7644 says 201 Created."));
    return step;
}

StepResult PilotVerdicts::idChanged(StepResult step, const QString &readId, const PilotUser &user)
{
    return step.set(
        Outcome::Failed,
        //: %1 is the id the service gave when reading back, %2 the id its create answer gave
        tr("The user read back has the id “%1”, not “%2” as the create answered.").arg(readId, user.id),
        tr("The console stops here: it changes only the object it created. Send this report to the "
           "service provider."));
}

StepResult PilotVerdicts::createdWithout(StepResult step, const QStringList &rejected,
                                         const PilotDialect &dialect)
{
    const QString idp = common::idpDisplayName(dialect.idp());
    return step.set(Outcome::Failed,
                    //: %1 is the identity provider, e.g. Entra ID, %2 a list of SCIM attributes
                    tr("The service refused the user as %1 sends it, because of %2; it took the user "
                       "without them, so the rest of the pilot ran with that user.")
                        .arg(idp, rejected.join(QLatin1String(", "))),
                    //: %1 is the identity provider, %2 a sentence on what it does on this failure
                    tr("Until the rows for these attributes are deleted from the mapping (see the mapping "
                       "steps), %1 fails every user. %2")
                        .arg(idp, dialect.onFailure(step.id)));
}

StepResult PilotVerdicts::readBack(StepResult step, const scim::Response &read, const PilotUser &user)
{
    const QString userName = read.object().value(QLatin1String("userName")).toString();
    const QString externalId = read.object().value(QLatin1String("externalId")).toString();
    if (step.outcome == Outcome::Passed && (userName != user.userName || externalId != user.externalId))
        step.set(Outcome::Failed,
                 //: %1 is the userName the service holds, %2 the externalId it holds
                 tr("The user read back differs: userName “%1”, externalId “%2”.").arg(userName, externalId),
                 tr("Values must round-trip unchanged, or the IdP keeps “correcting” them every cycle."));
    return step;
}

StepResult PilotVerdicts::found(StepResult step, const scim::Response &found, const PilotUser &user)
{
    if (step.outcome == Outcome::Passed && resultCount(found) != 1)
        step.set(
            Outcome::Failed,
            //: %1 is the test user's userName, %2 the number of users returned
            tr("The filter userName eq \"%1\" returned %2 users.").arg(user.userName).arg(resultCount(found)),
            tr("The IdP matches existing accounts by this filter; without it, it creates duplicates."));
    return step;
}

StepResult PilotVerdicts::foundInCapitals(StepResult step, const scim::Response &found, const QString &upper)
{
    if (step.outcome == Outcome::Passed && resultCount(found) != 1)
        //: %1 is the test user's userName in capital letters
        step.set(Outcome::Warning, tr("%1 found nothing: userName is compared case-sensitively.").arg(upper),
                 tr("RFC 7643 makes userName case-insensitive and Okta's own test expects a match; a person "
                    "whose address changes case would get a second account."));
    return step;
}

StepResult PilotVerdicts::duplicate(StepResult step, const scim::Response &duplicate,
                                    const QString &duplicateId)
{
    if (!duplicateId.isEmpty())
        return step.set(
            //: %1 is the id of the duplicate user at the service
            Outcome::Failed, tr("A second user with the same userName was created (%1).").arg(duplicateId),
            tr("The service must answer 409 with scimType uniqueness; otherwise every retry by the IdP "
               "creates another account. (The duplicate is removed by the cleanup.)"));
    if (duplicate.status == 409)
        return step.set(Outcome::Passed,
                        //: %1 is empty or the SCIM error type in brackets, e.g. " (uniqueness)"
                        tr("Refused with 409%1.")
                            .arg(duplicate.scimError && !duplicate.scimError->scimType.isEmpty()
                                     ? QStringLiteral(" (%1)").arg(duplicate.scimError->scimType)
                                     : QString()));
    return step.set(duplicate.hasAnswer() ? Outcome::Warning : Outcome::Failed,
                    //: %1 is a summary of the answer, e.g. "HTTP 200 in 12 ms"
                    tr("Refused, but with %1 rather than 409.").arg(Diagnosis::summary(duplicate)),
                    tr("Okta needs 409 to recognise an existing account; another answer shows as an error."));
}

StepResult PilotVerdicts::updateStored(StepResult step, const scim::Response &read, const PilotUser &user)
{
    QStringList wrong;
    for (auto it = user.expectedAfterUpdate.constBegin(); it != user.expectedAfterUpdate.constEnd(); ++it) {
        const QJsonValue value = TargetPath::parse(it.key()).get(read.object());
        const QString actual = value.isBool() ? QString::fromLatin1(value.toBool() ? "true" : "false")
                                              : value.toVariant().toString();
        if (actual != it.value())
            //: %1 is a SCIM attribute, %2 the value the service stored, %3 the value sent
            wrong.append(tr("%1 is “%2”, expected “%3”").arg(it.key(), actual, it.value()));
    }
    if (step.outcome == Outcome::Passed && !wrong.isEmpty())
        step.set(Outcome::Failed, wrong.join(QLatin1String("; ")) + QLatin1Char('.'),
                 tr("The service answered the change with success but did not store it; the IdP will send it "
                    "again every cycle and the account stays out of date."));
    return step;
}

StepResult PilotVerdicts::member(StepResult step, std::optional<bool> isMember, const PilotUser &user,
                                 const PilotGroup &group)
{
    if (!isMember)
        return step.set(Outcome::Failed, tr("The group could not be read."),
                        tr("Send this report to the service provider."));
    if (*isMember)
        //: %1 is the test user's userName, %2 the display name of the group at the service
        return step.set(Outcome::Passed, tr("%1 is a member of %2.").arg(user.userName, group.displayName));
    return step.set(Outcome::Failed, tr("The user is not a member after the add was answered with success."),
                    tr("The service ignores this membership request shape; group-based access would never be "
                       "granted."));
}

StepResult PilotVerdicts::notMemberAfterRemoval(StepResult step, std::optional<bool> stillMember,
                                                const PilotDialect &dialect)
{
    if (stillMember.value_or(true))
        step.set(Outcome::Failed, tr("The remove was answered with success, but the user is still a member."),
                 //: %1 is a sentence on what the identity provider does on this failure
                 tr("The service ignores this removal shape; leavers would keep group access. %1")
                     .arg(dialect.onFailure(step.id)));
    return step;
}

StepResult PilotVerdicts::inactive(StepResult step, const scim::Response &read, bool deactivationRefused)
{
    const QJsonValue active = read.object().value(QLatin1String("active"));
    if (deactivationRefused)
        return step.set(Outcome::Skipped, tr("Not judged: the deactivation itself was refused."));
    if (step.outcome == Outcome::Passed && active.isString()
        && active.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        //: %1 is the value stored for active, e.g. False
        return step.set(Outcome::Warning, tr("active is stored as the string “%1”.").arg(active.toString()),
                        tr("The service kept Entra's string as it came; RFC 7643 makes active a boolean, and "
                           "other clients may read it as true."));
    if (step.outcome == Outcome::Passed && active != QJsonValue(false))
        return step.set(
            Outcome::Failed, tr("The user is still active after the deactivation was answered with success."),
            tr("A leaver keeps access. Services that handle only a PATCH with path \"active\" miss "
               "Okta's path-less shape."));
    return step;
}

StepResult PilotVerdicts::gone(StepResult step, const scim::Response &read)
{
    if (read.status == 404)
        return step.set(
            Outcome::Passed,
            tr("Reading it back gives 404: the service no longer shows it over SCIM (some services "
               "keep a deleted account's record where SCIM cannot see it)."));
    return step.set(Outcome::Failed,
                    //: %1 is a summary of the answer, e.g. "HTTP 200 in 12 ms"
                    tr("The user can still be read after the delete (%1).").arg(Diagnosis::summary(read)),
                    tr("Entra ID believes the account is gone while it remains. (The cleanup tries again.)"));
}

QString PilotVerdicts::neverDeletes(const PilotDialect &dialect)
{
    //: %1 is the identity provider, e.g. Okta
    return tr("%1 never deletes users: it deactivates them. The cleanup still removes this one.")
        .arg(common::idpDisplayName(dialect.idp()));
}

} // namespace engine
