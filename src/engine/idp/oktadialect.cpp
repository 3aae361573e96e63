// Okta's catalog (OIN) integration (idp-requests.md O1–O12). Okta never deletes users.
#include "engine/idp/pilotdialects_p.h"
#include "engine/idp/targetpath.h"
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

QCoro::Task<scim::Response> OktaDialect::findUser(scim::ScimClient &client, QString attribute,
                                                  QString value) const
{
    // O2: the filter with Okta's paging.
    const scim::Query query = scim::Query()
                                  .add(QStringLiteral("filter"), scim::filter::eq(attribute, value))
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

QJsonObject OktaDialect::createBody(QJsonObject mapped, const PilotUser &user) const
{
    // O3: around the app profile's attributes, Okta's own user id as externalId, groups:[],
    // a password (always sent) and active.
    QJsonArray schemas {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")};
    for (auto it = mapped.begin(); it != mapped.end(); ++it) {
        if (it.key().startsWith(QLatin1String("urn:")))
            schemas.append(it.key());
    }
    mapped.insert(QStringLiteral("schemas"), schemas);
    if (!mapped.contains(QLatin1String("externalId")))
        mapped.insert(QStringLiteral("externalId"), user.externalId);
    mapped.insert(QStringLiteral("groups"), QJsonArray());
    mapped.insert(QStringLiteral("password"), QString::fromLatin1(user.password));
    mapped.insert(QStringLiteral("active"), true);
    return mapped;
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

QStringList OktaDialect::moverSources() const
{
    return {QStringLiteral("user.lastName"), QStringLiteral("user.email"),
            QStringLiteral("user.displayName")};
}

QCoro::Task<QList<scim::Response>> OktaDialect::update(scim::ScimClient &client, PilotUser user,
                                                       QList<AttributeChange> changes) const
{
    // O4: the whole user back with the changed attributes.
    auto change = [changes](QJsonObject &object) {
        for (const AttributeChange &changed : changes)
            TargetPath::parse(changed.target).set(&object, changed.value);
    };
    co_return co_await putUser(client, user, change);
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
