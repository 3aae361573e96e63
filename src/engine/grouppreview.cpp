// group-preview: what the IdP's first sync will do for each person of the file.
#include "diagnosis.h"
#include "grouprun_p.h"
#include "scim/filter.h"
#include "scim/listresponse.h"

#include <QJsonArray>

namespace engine {

using namespace groupdetail;

QCoro::Task<QJsonArray> GroupRun::match(QString userName, StepResult *step, bool *ok)
{
    const scim::Response found = co_await m_dialect->findByUserName(m_client, userName);
    record(*step, found);
    const scim::ListResponse list = scim::ListResponse::fromJson(found.object());
    *ok = found.isSuccess() && list.isValid();
    if (!*ok)
        *step = requestFailed(*step, found);
    co_return list.resources;
}

QCoro::Task<QJsonArray> GroupRun::search(QString attribute, QString value, StepResult *step, bool *ok)
{
    const scim::Response found = co_await m_client.get(
        QStringLiteral("Users"),
        scim::Query().add(QStringLiteral("filter"), scim::filter::eq(attribute, value)));
    record(*step, found);
    const scim::ListResponse list = scim::ListResponse::fromJson(found.object());
    *ok = found.isSuccess() && list.isValid();
    if (!*ok)
        *step = requestFailed(*step, found);
    co_return list.resources;
}

StepResult GroupRun::ssoAlignment(const GroupMember &member) const
{
    StepResult step = makeStep("row-valid", member.userName);
    const QString email = member.attributes.value(QStringLiteral("email"));
    if (m_options.ssoAttribute == QLatin1String("email")) {
        if (email.isEmpty())
            return set(step, Outcome::Warning,
                       tr("Line %1: SSO signs people in by email, and this row has none to compare with the "
                          "userName.")
                           .arg(member.line));
        if (email.compare(member.userName, Qt::CaseInsensitive) != 0)
            return set(
                step, Outcome::Warning,
                tr("Line %1: SSO signs in with the email %2, but SCIM would send the userName %3.")
                    .arg(member.line)
                    .arg(email, member.userName),
                tr("When SSO and SCIM identify a person by different values, the first sign-in can create a "
                   "second account. Map userName to the email (or SSO to the userName) in the IdP's "
                   "attribute mappings."));
    }
    return set(step, Outcome::Passed, tr("Line %1.").arg(member.line));
}

QCoro::Task<QList<StepResult>> GroupRun::preview(GroupMember member)
{
    QList<StepResult> steps {ssoAlignment(member)};
    StepResult step = makeStep("match", member.userName);
    bool ok = false;
    const QJsonArray found = co_await match(member.userName, &step, &ok);
    if (!ok) {
        steps.append(step);
        co_return steps;
    }
    QJsonObject variant;
    for (const QJsonValue &value : found) {
        const QJsonObject account = value.toObject();
        const QString userName = account.value(QLatin1String("userName")).toString();
        if (userName == member.userName) {
            steps.append(
                set(step, Outcome::Passed,
                    QStringLiteral("would-link %1").arg(account.value(QLatin1String("id")).toString()),
                    tr("The IdP finds the existing account %1 and takes it over; nothing new is created.")
                        .arg(describeAccount(account))));
            co_return steps;
        }
        if (userName.compare(member.userName, Qt::CaseInsensitive) == 0)
            variant = account;
    }
    // A service that matches case-sensitively hides a case variant from the IdP's own request.
    if (variant.isEmpty() && member.userName != member.userName.toLower()) {
        const QJsonArray lower = co_await match(member.userName.toLower(), &step, &ok);
        if (!ok) {
            steps.append(step);
            co_return steps;
        }
        if (!lower.isEmpty())
            variant = lower.first().toObject();
    }
    if (!variant.isEmpty()) {
        steps.append(set(
            step, Outcome::Failed,
            QStringLiteral("would-collide case variant %1").arg(describeAccount(variant)),
            tr("The service holds %1, which differs only in letter case. Depending on the service the IdP "
               "creates a second account or fails with a conflict: align the userName first.")
                .arg(describeAccount(variant))));
        co_return steps;
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
            const QJsonObject holder = holders.first().toObject();
            steps.append(
                set(step, Outcome::Failed,
                    QStringLiteral("would-collide %1 held by %2").arg(column, describeAccount(holder)),
                    tr("The IdP would create a new account for %1, but its %2 %3 already belongs to %4: "
                       "the service will refuse it (409) or hold two accounts for one person.")
                        .arg(member.userName, column, value, describeAccount(holder))));
            co_return steps;
        }
    }
    steps.append(set(step, Outcome::Passed, QStringLiteral("would-create"),
                     tr("No account matches: the IdP creates a new one.")));
    co_return steps;
}

} // namespace engine
