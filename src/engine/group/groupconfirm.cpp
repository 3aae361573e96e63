// group-confirm: after the IdP's first cycle, did each person of the file arrive as the file says.
#include "engine/group/grouprun_p.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace engine {

using namespace groupdetail;

namespace {

const QString Enterprise = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

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

StepResult GroupRun::activeStep(const GroupMember &member, const QJsonObject &account) const
{
    StepResult active = newStep("active", member.userName);
    const QJsonValue flag = account.value(QLatin1String("active"));
    if (flag.isUndefined())
        return active.set(Outcome::Warning, tr("The service does not say whether the account is active."));
    if (flag.toBool(false) && flag.isBool())
        return active.set(Outcome::Passed, tr("active: true"));
    return active.set(
        Outcome::Failed,
        //: %1 is the JSON value the service holds for active, e.g. false or "False"
        tr("active: %1")
            .arg(QString::fromUtf8(QJsonDocument(QJsonArray {flag}).toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1)),
        tr("The person cannot sign in. Check the IdP's mapping for active, and whether the account "
           "was deactivated on the service side."));
}

StepResult GroupRun::attributesStep(const GroupMember &member, const QJsonObject &account) const
{
    StepResult attributes = newStep("attributes-match", member.userName);
    QStringList differences;
    for (auto it = member.attributes.cbegin(); it != member.attributes.cend(); ++it) {
        const QStringList held = valuesOf(account, it.key());
        const bool same = std::any_of(held.cbegin(), held.cend(), [&](const QString &value) {
            return it.key() == QLatin1String("email") ? value.compare(it.value(), Qt::CaseInsensitive) == 0
                                                      : value == it.value();
        });
        if (!same)
            //: %1 is an attribute name, %2 its value in the CSV file, %3 the value(s) the service holds
            differences.append(tr("%1: the file says “%2”, the service holds “%3”")
                                   .arg(it.key(), it.value(), held.join(QLatin1String(", "))));
    }
    if (differences.isEmpty())
        return attributes.set(Outcome::Passed,
                              //: %n is the number of attributes compared
                              tr("%n attribute(s) compared.", nullptr, int(member.attributes.size())));
    return attributes.set(
        Outcome::Failed, differences.join(QLatin1String("; ")),
        tr("Check the IdP's attribute mappings for these attributes, then let the next cycle "
           "update them."));
}

QCoro::Task<QList<StepResult>> GroupRun::confirm(GroupMember member)
{
    QList<StepResult> steps;
    StepResult arrived = newStep("arrived", member.userName);
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
            steps.append(newStep(id, member.userName).set(Outcome::Skipped, why));
    };
    if (!ok) {
        steps.append(arrived);
        skipRest(tr("Not checked: the account could not be looked up."));
        co_return steps;
    }
    if (account.isEmpty()) {
        steps.append(StepResult(arrived).set(
            //: %1 is the person's userName from the CSV file
            Outcome::Failed, tr("No account with the userName %1.").arg(member.userName),
            tr("The IdP has not provisioned this person yet. Check that they are in the assigned group, "
               "and look for them in the IdP's provisioning logs.")));
        skipRest(tr("Not checked: the account has not arrived."));
        co_return steps;
    }
    const QString id = account.value(QLatin1String("id")).toString();
    m_seenIds.insert(id);
    steps.append(StepResult(arrived).set(Outcome::Passed, describeAccount(account)));

    steps.append(activeStep(member, account));
    steps.append(attributesStep(member, account));

    StepResult inGroup = newStep("in-group", member.userName);
    if (!m_groupProblem.isEmpty())
        steps.append(inGroup.set(Outcome::Failed, m_groupProblem));
    else if (m_groupMembers.contains(id))
        //: %1 is the group's display name (or id) at the service
        steps.append(inGroup.set(Outcome::Passed, tr("Member of %1.").arg(groupLabel())));
    else
        steps.append(inGroup.set(
            //: %1 is the group's display name (or id) at the service
            Outcome::Failed, tr("Not a member of %1.").arg(groupLabel()),
            tr("The IdP pushes group memberships only for groups it is told to provision: check that "
               "the group is assigned to the app and its memberships are provisioned.")));
    co_return steps;
}

} // namespace engine
