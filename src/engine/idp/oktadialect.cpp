// Okta's catalog (OIN) integration (idp-requests.md O1–O12). Okta never deletes users.
#include "engine/idp/pilotdialects_p.h"
#include "engine/idp/wire.h"
#include "scim/filter.h"
#include "scim/resourcepath.h"
#include "scim/scimclient.h"

#include <QJsonArray>

namespace engine {

namespace {

/// O11: Okta renames the group (to its current name) with every membership change.
scim::PatchOp renamePatch(const PilotGroup &group)
{
    return scim::PatchOp().replace(
        {},
        QJsonObject {{QStringLiteral("id"), group.id}, {QStringLiteral("displayName"), group.displayName}});
}

} // namespace

DialectId OktaDialect::id() const
{
    return DialectId::Okta;
}

common::Idp OktaDialect::idp() const
{
    return common::Idp::Okta;
}

QString OktaDialect::summary() const
{
    return tr("Okta catalog (OIN) app: PUT for profiles, path-less PATCH to deactivate, "
              "membership PATCH plus a rename PATCH.");
}

QString OktaDialect::displayName() const
{
    return tr("Okta catalog app");
}

QString OktaDialect::whenToPick() const
{
    return tr("Pick this if you added the service provider's app from the Okta Integration Network catalog.");
}

scim::RequestOptions OktaDialect::options() const
{
    return wire::okta();
}

bool OktaDialect::deletesUsers() const
{
    return false;
}

QCoro::Task<scim::Response> OktaDialect::findByUserName(scim::ScimClient &client, QString userName) const
{
    // O2: the filter with Okta's paging.
    const scim::Query query
        = scim::Query()
              .add(QStringLiteral("filter"), scim::filter::eq(QStringLiteral("userName"), userName))
              .add(QStringLiteral("startIndex"), 1)
              .add(QStringLiteral("count"), 100);
    co_return co_await client.get(QStringLiteral("Users"), query, options());
}

QCoro::Task<scim::Response> OktaDialect::findGroupByName(scim::ScimClient &client, QString displayName) const
{
    // O9: the filter with Okta's paging.
    const scim::Query query
        = scim::Query()
              .add(QStringLiteral("filter"), scim::filter::eq(QStringLiteral("displayName"), displayName))
              .add(QStringLiteral("startIndex"), 1)
              .add(QStringLiteral("count"), 100);
    co_return co_await client.get(QStringLiteral("Groups"), query, options());
}

QCoro::Task<scim::Response> OktaDialect::create(scim::ScimClient &client, PilotUser user) const
{
    // O3: password and groups:[] always sent.
    const QJsonObject body {
        {QStringLiteral("schemas"),
         QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), user.userName},
        {QStringLiteral("name"),
         QJsonObject {{QStringLiteral("givenName"), user.givenName},
                      {QStringLiteral("familyName"), user.familyName}}},
        {QStringLiteral("emails"),
         QJsonArray {QJsonObject {{QStringLiteral("primary"), true},
                                  {QStringLiteral("value"), user.email},
                                  {QStringLiteral("type"), QStringLiteral("work")}}}},
        {QStringLiteral("displayName"), user.displayName},
        {QStringLiteral("locale"), QStringLiteral("en-US")},
        {QStringLiteral("externalId"), user.externalId},
        {QStringLiteral("groups"), QJsonArray()},
        {QStringLiteral("password"), QString::fromLatin1(user.password)},
        {QStringLiteral("active"), true},
    };
    co_return co_await client.post(QStringLiteral("Users"), body, options());
}

QCoro::Task<QList<scim::Response>> OktaDialect::putUser(scim::ScimClient &client, PilotUser user,
                                                        std::function<void(QJsonObject &)> change) const
{
    QList<scim::Response> responses;
    const scim::Response read = co_await client.get(scim::userPath(user.id), {}, options());
    responses.append(read);
    if (!read.isSuccess())
        co_return responses;
    QJsonObject current = read.object();
    current.remove(QStringLiteral("meta"));
    current.insert(QStringLiteral("id"), user.id);
    current.insert(QStringLiteral("groups"), QJsonArray());
    if (!current.contains(QLatin1String("active")))
        current.insert(QStringLiteral("active"), true);
    change(current);
    const scim::Response written = co_await client.put(scim::userPath(user.id), current, options());
    responses.append(written);
    co_return responses;
}

QCoro::Task<QList<scim::Response>> OktaDialect::update(scim::ScimClient &client, PilotUser *user) const
{
    const QString familyName = user->familyName + QStringLiteral(" Moved");
    const QString email = QStringLiteral("moved-") + user->email;
    const QString displayName = user->displayName + QStringLiteral(" (moved)");
    user->expectedAfterUpdate = {{QStringLiteral("name.familyName"), familyName},
                                 {QStringLiteral("emails.work"), email},
                                 {QStringLiteral("displayName"), displayName}};
    auto change = [familyName, email, displayName](QJsonObject &object) {
        QJsonObject name = object.value(QLatin1String("name")).toObject();
        name.insert(QStringLiteral("familyName"), familyName);
        object.insert(QStringLiteral("name"), name);
        object.insert(QStringLiteral("displayName"), displayName);
        object.insert(QStringLiteral("emails"),
                      QJsonArray {QJsonObject {{QStringLiteral("primary"), true},
                                               {QStringLiteral("value"), email},
                                               {QStringLiteral("type"), QStringLiteral("work")}}});
    };
    co_return co_await putUser(client, *user, change);
}

QCoro::Task<QList<scim::Response>> OktaDialect::addToGroup(scim::ScimClient &client, PilotUser user,
                                                           PilotGroup group) const
{
    // O10: remove then add in one PATCH, then the rename PATCH.
    const scim::PatchOp patch
        = scim::PatchOp()
              .remove(scim::PatchOp::memberPath(user.id))
              .add(QStringLiteral("members"), scim::PatchOp::memberValues({user.id}, false, {user.userName}));
    QList<scim::Response> responses;
    const QString path = scim::groupPath(group.id);
    const scim::Response changed = co_await client.patch(path, patch.toJson(), options());
    responses.append(changed);
    if (changed.isSuccess()) {
        const scim::Response renamed = co_await client.patch(path, renamePatch(group).toJson(), options());
        responses.append(renamed);
    }
    co_return responses;
}

QCoro::Task<QList<scim::Response>> OktaDialect::removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                                PilotGroup group) const
{
    // O11: remove by a members[value eq] path, then the rename PATCH.
    const scim::PatchOp patch = scim::PatchOp().remove(scim::PatchOp::memberPath(user.id));
    QList<scim::Response> responses;
    const QString path = scim::groupPath(group.id);
    const scim::Response changed = co_await client.patch(path, patch.toJson(), options());
    responses.append(changed);
    if (changed.isSuccess()) {
        const scim::Response renamed = co_await client.patch(path, renamePatch(group).toJson(), options());
        responses.append(renamed);
    }
    co_return responses;
}

QCoro::Task<QList<scim::Response>> OktaDialect::deactivate(scim::ScimClient &client, PilotUser user) const
{
    // O5: path-less replace.
    const scim::PatchOp patch = scim::PatchOp().replace({}, QJsonObject {{QStringLiteral("active"), false}});
    const scim::Response answer = co_await client.patch(scim::userPath(user.id), patch.toJson(), options());
    co_return QList<scim::Response> {answer};
}

QString OktaDialect::onFailure(const QString &stepId) const
{
    if (stepId == QLatin1String("deactivate-user"))
        return tr("Okta marks the deactivation as failed; the leaver keeps an active account until an "
                  "admin retries "
                  "the task in Okta.");
    return tr("Okta marks this user's assignment as failed and shows it under Tasks; an admin must fix "
              "the cause and "
              "retry. Okta retries throttled requests itself.");
}

} // namespace engine
