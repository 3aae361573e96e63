// Okta's two integration styles: the catalog (OIN) one — PUT for profile changes, path-less PATCH
// for activation, remove+add membership PATCH then the rename PATCH — and the App Integration
// Wizard (AIW) one, PUT for everything (idp-requests.md O1–O12). Okta never deletes users.
#include "dialect.h"
#include "pilotdialect.h"
#include "scim/filter.h"
#include "scim/patchop.h"
#include "scim/scimclient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace engine {

namespace {

class OktaDialect : public PilotDialect
{
    Q_DECLARE_TR_FUNCTIONS(engine::OktaDialect)

public:
    explicit OktaDialect(bool aiw)
        : m_aiw(aiw)
    { }

    QString id() const override { return m_aiw ? QStringLiteral("okta-aiw") : QStringLiteral("okta"); }
    QString idp() const override { return QStringLiteral("okta"); }
    QString summary() const override
    {
        return m_aiw ? tr("Okta App Integration Wizard: PUT for every change, never DELETE.")
                     : tr("Okta catalog (OIN) app: PUT for profiles, path-less PATCH to deactivate, "
                          "membership PATCH plus a rename PATCH.");
    }
    scim::RequestOptions options() const override { return wire::okta(); }
    bool deletesUsers() const override { return false; }

    QCoro::Task<scim::Response> findByUserName(scim::ScimClient &client, QString userName) const override
    {
        // O2: the filter with Okta's paging.
        co_return co_await client.get(
            QStringLiteral("Users"),
            scim::Query()
                .add(QStringLiteral("filter"), scim::filter::eq(QStringLiteral("userName"), userName))
                .add(QStringLiteral("startIndex"), 1)
                .add(QStringLiteral("count"), 100),
            options());
    }

    QCoro::Task<scim::Response> create(scim::ScimClient &client, PilotUser user) const override
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

    /// O4: GET the user, then PUT the whole object back with the changes.
    QCoro::Task<QList<scim::Response>> putUser(scim::ScimClient &client, const PilotUser &user,
                                               std::function<void(QJsonObject &)> change) const
    {
        QList<scim::Response> responses;
        responses.append(co_await client.get(QStringLiteral("Users/") + user.id, {}, options()));
        if (!responses.constLast().isSuccess())
            co_return responses;
        QJsonObject current = responses.constLast().object();
        current.remove(QStringLiteral("meta"));
        current.insert(QStringLiteral("id"), user.id);
        current.insert(QStringLiteral("groups"), QJsonArray());
        if (!current.contains(QLatin1String("active")))
            current.insert(QStringLiteral("active"), true);
        change(current);
        responses.append(co_await client.put(QStringLiteral("Users/") + user.id, current, options()));
        co_return responses;
    }

    QCoro::Task<QList<scim::Response>> update(scim::ScimClient &client, PilotUser *user) const override
    {
        const QString familyName = user->familyName + QStringLiteral(" Moved");
        const QString email = QStringLiteral("moved-") + user->email;
        const QString displayName = user->displayName + QStringLiteral(" (moved)");
        user->expectedAfterUpdate = {{QStringLiteral("name.familyName"), familyName},
                                     {QStringLiteral("emails.work"), email},
                                     {QStringLiteral("displayName"), displayName}};
        co_return co_await putUser(client, *user, [&](QJsonObject &object) {
            QJsonObject name = object.value(QLatin1String("name")).toObject();
            name.insert(QStringLiteral("familyName"), familyName);
            object.insert(QStringLiteral("name"), name);
            object.insert(QStringLiteral("displayName"), displayName);
            object.insert(QStringLiteral("emails"),
                          QJsonArray {QJsonObject {{QStringLiteral("primary"), true},
                                                   {QStringLiteral("value"), email},
                                                   {QStringLiteral("type"), QStringLiteral("work")}}});
        });
    }

    /// O11: Okta renames the group (to its current name) with every membership change.
    QCoro::Task<scim::Response> rename(scim::ScimClient &client, const PilotGroup &group) const
    {
        const scim::PatchOp patch
            = scim::PatchOp().replace({},
                                      QJsonObject {{QStringLiteral("id"), group.id},
                                                   {QStringLiteral("displayName"), group.displayName}});
        co_return co_await client.patch(QStringLiteral("Groups/") + group.id, patch.toJson(), options());
    }

    /// AIW: GET the group, PUT it back with the member list changed.
    QCoro::Task<QList<scim::Response>> putGroup(scim::ScimClient &client, const PilotGroup &group,
                                                const PilotUser &user, bool member) const
    {
        QList<scim::Response> responses;
        responses.append(co_await client.get(QStringLiteral("Groups/") + group.id, {}, options()));
        if (!responses.constLast().isSuccess())
            co_return responses;
        QJsonObject current = responses.constLast().object();
        current.remove(QStringLiteral("meta"));
        QJsonArray members;
        const QJsonArray existing = current.value(QLatin1String("members")).toArray();
        for (const QJsonValue &m : existing) {
            if (m.toObject().value(QLatin1String("value")).toString() != user.id)
                members.append(
                    QJsonObject {{QStringLiteral("value"), m.toObject().value(QLatin1String("value"))}});
        }
        if (member)
            members.append(
                QJsonObject {{QStringLiteral("value"), user.id}, {QStringLiteral("display"), user.userName}});
        current.insert(QStringLiteral("members"), members);
        responses.append(co_await client.put(QStringLiteral("Groups/") + group.id, current, options()));
        co_return responses;
    }

    QCoro::Task<QList<scim::Response>> addToGroup(scim::ScimClient &client, PilotUser user,
                                                  PilotGroup group) const override
    {
        if (m_aiw)
            co_return co_await putGroup(client, group, user, true);
        // O10: remove then add in one PATCH, then the rename PATCH.
        const scim::PatchOp patch = scim::PatchOp()
                                        .remove(scim::PatchOp::memberPath(user.id))
                                        .add(QStringLiteral("members"),
                                             scim::PatchOp::memberValues({user.id}, false, {user.userName}));
        QList<scim::Response> responses;
        responses.append(
            co_await client.patch(QStringLiteral("Groups/") + group.id, patch.toJson(), options()));
        if (responses.constLast().isSuccess())
            responses.append(co_await rename(client, group));
        co_return responses;
    }

    QCoro::Task<QList<scim::Response>> removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                       PilotGroup group) const override
    {
        if (m_aiw)
            co_return co_await putGroup(client, group, user, false);
        const scim::PatchOp patch = scim::PatchOp().remove(scim::PatchOp::memberPath(user.id));
        QList<scim::Response> responses;
        responses.append(
            co_await client.patch(QStringLiteral("Groups/") + group.id, patch.toJson(), options()));
        if (responses.constLast().isSuccess())
            responses.append(co_await rename(client, group));
        co_return responses;
    }

    QCoro::Task<QList<scim::Response>> deactivate(scim::ScimClient &client, PilotUser user) const override
    {
        if (m_aiw)
            co_return co_await putUser(
                client, user, [](QJsonObject &object) { object.insert(QStringLiteral("active"), false); });
        // O5: path-less replace.
        const scim::PatchOp patch
            = scim::PatchOp().replace({}, QJsonObject {{QStringLiteral("active"), false}});
        const scim::Response answer
            = co_await client.patch(QStringLiteral("Users/") + user.id, patch.toJson(), options());
        co_return QList<scim::Response> {answer};
    }

    QString onFailure(const QString &stepId) const override
    {
        if (stepId == QLatin1String("deactivate-user"))
            return tr("Okta marks the deactivation as failed; the leaver keeps an active account until an "
                      "admin retries "
                      "the task in Okta.");
        return tr("Okta marks this user's assignment as failed and shows it under Tasks; an admin must fix "
                  "the cause and "
                  "retry. Okta retries throttled requests itself.");
    }

private:
    bool m_aiw;
};

} // namespace

std::unique_ptr<PilotDialect> makeOktaDialect(bool aiw)
{
    return std::make_unique<OktaDialect>(aiw);
}

} // namespace engine
