// Okta's App Integration Wizard apps: PUT for every change, the group's members included.
#include "engine/idp/pilotdialects_p.h"
#include "scim/resourcepath.h"
#include "scim/scimclient.h"

#include <QJsonArray>

namespace engine {

DialectId OktaAiwDialect::id() const
{
    return DialectId::OktaAiw;
}

QString OktaAiwDialect::summary() const
{
    return tr("Okta App Integration Wizard: PUT for every change, never DELETE.");
}

QString OktaAiwDialect::displayName() const
{
    return tr("Okta app built with the wizard");
}

QString OktaAiwDialect::whenToPick() const
{
    return tr("Pick this if you created the app yourself with Okta's App Integration Wizard (a SAML or SWA "
              "app with SCIM provisioning).");
}

QCoro::Task<QList<scim::Response>> OktaAiwDialect::putGroup(scim::ScimClient &client, PilotGroup group,
                                                            PilotUser user, bool member) const
{
    QList<scim::Response> responses;
    const QString path = scim::groupPath(group.id);
    const scim::Response read = co_await client.get(path, {}, options());
    responses.append(read);
    if (!read.isSuccess())
        co_return responses;
    QJsonObject current = read.object();
    current.remove(QStringLiteral("meta"));
    QJsonArray members;
    const QJsonArray existing = current.value(QLatin1String("members")).toArray();
    for (const QJsonValue &m : existing) {
        const QJsonValue value = m.toObject().value(QLatin1String("value"));
        if (value.toString() != user.id)
            members.append(QJsonObject {{QStringLiteral("value"), value}});
    }
    if (member)
        members.append(
            QJsonObject {{QStringLiteral("value"), user.id}, {QStringLiteral("display"), user.userName}});
    current.insert(QStringLiteral("members"), members);
    const scim::Response written = co_await client.put(path, current, options());
    responses.append(written);
    co_return responses;
}

QCoro::Task<QList<scim::Response>> OktaAiwDialect::addToGroup(scim::ScimClient &client, PilotUser user,
                                                              PilotGroup group) const
{
    co_return co_await putGroup(client, group, user, true);
}

QCoro::Task<QList<scim::Response>> OktaAiwDialect::removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                                   PilotGroup group) const
{
    co_return co_await putGroup(client, group, user, false);
}

QCoro::Task<QList<scim::Response>> OktaAiwDialect::deactivate(scim::ScimClient &client, PilotUser user) const
{
    // The AIW app deactivates with a full PUT carrying active:false.
    co_return co_await putUser(client, user,
                               [](QJsonObject &object) { object.insert(QStringLiteral("active"), false); });
}

} // namespace engine
