// group-preview: what the IdP's first sync will do for each person of the file.
#include "engine/group/grouprun_p.h"
#include "engine/run/diagnosis.h"
#include "scim/filter.h"
#include "scim/listresponse.h"

#include <QJsonArray>

namespace engine {

using namespace groupdetail;

QCoro::Task<QJsonArray> GroupRun::match(QString userName, StepResult *step, bool *ok)
{
    const scim::Response found = co_await m_dialect->findByUserName(client(), userName);
    step->record(found);
    const scim::ListResponse list = scim::ListResponse::fromJson(found.object());
    *ok = found.isSuccess() && list.isValid();
    if (!*ok)
        *step = requestFailed(*step, found);
    co_return list.resources;
}

QCoro::Task<QJsonArray> GroupRun::search(QString attribute, QString value, StepResult *step, bool *ok)
{
    const scim::Response found = co_await client().get(
        QStringLiteral("Users"),
        scim::Query().add(QStringLiteral("filter"), scim::filter::eq(attribute, value)));
    step->record(found);
    const scim::ListResponse list = scim::ListResponse::fromJson(found.object());
    *ok = found.isSuccess() && list.isValid();
    if (!*ok)
        *step = requestFailed(*step, found);
    co_return list.resources;
}

StepResult GroupRun::ssoAlignment(const GroupMember &member) const
{
    StepResult step = newStep("row-valid", member.userName);
    const QString email = member.attributes.value(QStringLiteral("email"));
    if (m_options.ssoAttribute == QLatin1String("email")) {
        if (email.isEmpty())
            return StepResult(step).set(
                Outcome::Warning,
                //: %1 is the line number in the CSV file
                tr("Line %1: SSO signs people in by email, and this row has none to compare with the "
                   "userName.")
                    .arg(member.line));
        if (email.compare(member.userName, Qt::CaseInsensitive) != 0)
            return StepResult(step).set(
                Outcome::Warning,
                //: %1 is the line number in the CSV file, %2 the person's email, %3 their userName
                tr("Line %1: SSO signs in with the email %2, but SCIM would send the userName %3.")
                    .arg(member.line)
                    .arg(email, member.userName),
                tr("When SSO and SCIM identify a person by different values, the first sign-in can create a "
                   "second account. Map userName to the email (or SSO to the userName) in the IdP's "
                   "attribute mappings."));
    }
    //: %1 is the line number in the CSV file
    return StepResult(step).set(Outcome::Passed, tr("Line %1.").arg(member.line));
}

QCoro::Task<QList<StepResult>> GroupRun::preview(GroupMember member)
{
    QList<StepResult> steps {ssoAlignment(member)};
    StepResult step = newStep("match", member.userName);
    const auto verdict
        = [&](Outcome outcome, const char *name, const QString &detail, const QString &hint = {}) {
              StepResult judged = StepResult(step).set(outcome, detail, hint);
              judged.verdict = QLatin1String(name);
              steps.append(judged);
              return steps;
          };
    bool ok = false;
    const QJsonArray found = co_await match(member.userName, &step, &ok);
    if (!ok) {
        steps.append(step);
        co_return steps;
    }
    QJsonObject seenVariant;
    for (const QJsonValue &value : found) {
        const QJsonObject account = value.toObject();
        const QString userName = account.value(QLatin1String("userName")).toString();
        if (userName == member.userName)
            co_return verdict(Outcome::Passed, "would-link",
                              //: %1 is the service's account as "userName (id)"
                              tr("Links to the existing account %1: nothing new is created.")
                                  .arg(describeAccount(account)));
        if (userName.compare(member.userName, Qt::CaseInsensitive) == 0)
            seenVariant = account;
    }
    // The IdP's own lookup found an account that differs only in case: the service matches
    // regardless of case, so the IdP links to it.
    if (!seenVariant.isEmpty())
        co_return verdict(Outcome::Passed, "would-link",
                          //: %1 is the service's account as "userName (id)"
                          tr("Links to the existing account %1, which differs only in letter case: the "
                             "service matches userName regardless of case, as the IdP's own lookup shows.")
                              .arg(describeAccount(seenVariant)),
                          tr("Nothing new is created. If SSO compares the user name exactly, align its case "
                             "there too."));
    // A service that matches case-sensitively hides a case variant from the IdP's own request;
    // only the console's extra lower-cased lookup finds it, and that is a real collision.
    if (member.userName != member.userName.toLower()) {
        const QJsonArray lower = co_await match(member.userName.toLower(), &step, &ok);
        if (!ok) {
            steps.append(step);
            co_return steps;
        }
        if (!lower.isEmpty()) {
            const QString holder = describeAccount(lower.first().toObject());
            co_return verdict(
                Outcome::Failed, "would-collide",
                //: %1 is the service's account as "userName (id)"
                tr("Collides with %1: it differs only in letter case, and this service compares "
                   "userName exactly, so the IdP's lookup does not find it.")
                    .arg(holder),
                tr("Depending on the service the IdP creates a second account for the same "
                   "person or fails with a conflict. Align the userName's case first."));
        }
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
            const QString holder = describeAccount(holders.first().toObject());
            //: %1 is the column (email or externalId), %2 its value, %3 the account holding it
            co_return verdict(
                Outcome::Failed, "would-collide",
                tr("Collides with %3: the %1 %2 already belongs to that account.").arg(column, value, holder),
                //: %1 is the person's userName from the CSV file
                tr("The IdP would create a new account for %1, but the service will refuse it "
                   "(409) or hold two accounts for one person.")
                    .arg(member.userName));
        }
    }
    co_return verdict(Outcome::Passed, "would-create",
                      tr("No account has this userName, email or externalId: the first sync creates one."));
}

} // namespace engine
