// Microsoft Entra ID's two request styles: the default (legacy) one, and the RFC-compliant one
// switched on by ?aadOptscim062020 on the Tenant URL (idp-requests.md E1–E12).
#include "dialect.h"
#include "pilotdialect.h"
#include "scim/filter.h"
#include "scim/patchop.h"
#include "scim/scimclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace engine {

namespace {

const QString Enterprise = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

class EntraDialect : public PilotDialect
{
    Q_DECLARE_TR_FUNCTIONS(engine::EntraDialect)

public:
    explicit EntraDialect(bool rfc)
        : m_rfc(rfc)
    { }

    QString id() const override { return m_rfc ? QStringLiteral("entra-rfc") : QStringLiteral("entra"); }
    QString idp() const override { return QStringLiteral("entra"); }
    QString summary() const override
    {
        return m_rfc ? tr("Entra ID with ?aadOptscim062020: RFC-compliant PATCH (lower-case ops, booleans, "
                          "path filters).")
                     : tr("Entra ID's default: capitalised PATCH ops, active as the string \"False\", member "
                          "removal by value.");
    }
    scim::RequestOptions options() const override { return wire::entra(); }
    bool deletesUsers() const override { return true; }

    scim::EndpointUrl endpoint(const scim::EndpointUrl &configured) const override
    {
        if (!m_rfc || configured.url().query().contains(QLatin1String("aadOptscim062020")))
            return configured;
        QUrl url = configured.url();
        url.setQuery(url.query().isEmpty() ? QStringLiteral("aadOptscim062020")
                                           : url.query() + QStringLiteral("&aadOptscim062020"));
        return scim::EndpointUrl::parse(url.toString());
    }

    QCoro::Task<scim::Response> findByUserName(scim::ScimClient &client, QString userName) const override
    {
        // E2: only a filter, no startIndex/count.
        co_return co_await client.get(
            QStringLiteral("Users"),
            scim::Query().add(QStringLiteral("filter"),
                              scim::filter::eq(QStringLiteral("userName"), userName)),
            options());
    }

    QCoro::Task<scim::Response> create(scim::ScimClient &client, PilotUser user) const override
    {
        // E3: core + enterprise schemas, externalId, active, a primary work email, meta, name, roles:[].
        const QJsonObject body {
            {QStringLiteral("schemas"),
             QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"), Enterprise}},
            {QStringLiteral("externalId"), user.externalId},
            {QStringLiteral("userName"), user.userName},
            {QStringLiteral("active"), true},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("emails"),
             QJsonArray {QJsonObject {{QStringLiteral("primary"), true},
                                      {QStringLiteral("type"), QStringLiteral("work")},
                                      {QStringLiteral("value"), user.email}}}},
            {QStringLiteral("meta"), QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("User")}}},
            {QStringLiteral("name"),
             QJsonObject {
                 {QStringLiteral("formatted"), QString(user.givenName + QLatin1Char(' ') + user.familyName)},
                 {QStringLiteral("familyName"), user.familyName},
                 {QStringLiteral("givenName"), user.givenName}}},
            {QStringLiteral("roles"), QJsonArray()},
            {Enterprise,
             QJsonObject {{QStringLiteral("employeeNumber"), user.employeeNumber},
                          {QStringLiteral("department"), QStringLiteral("SCIM console test")}}},
        };
        co_return co_await client.post(QStringLiteral("Users"), body, options());
    }

    QCoro::Task<QList<scim::Response>> update(scim::ScimClient &client, PilotUser *user) const override
    {
        const QString email = QStringLiteral("moved-") + user->email;
        PatchBuilder patch = m_rfc ? PatchBuilder(scim::PatchOp::Spelling::Lowercase)
                                   : PatchBuilder(scim::PatchOp::Spelling::Capitalised);
        if (m_rfc) {
            // E5': path-less replace with dotted keys, and the email by its own path.
            const QString displayName = user->displayName + QStringLiteral(" (moved)");
            const QString givenName = QStringLiteral("SCIM Mover");
            const QString employeeNumber = user->employeeNumber + QStringLiteral("-M");
            patch.replace(
                {},
                QJsonObject {{QStringLiteral("displayName"), displayName},
                             {QStringLiteral("name.givenName"), givenName},
                             {QString(Enterprise + QStringLiteral(":employeeNumber")), employeeNumber}});
            patch.replace(QStringLiteral("emails[type eq \"work\"].value"), email);
            user->expectedAfterUpdate = {{QStringLiteral("displayName"), displayName},
                                         {QStringLiteral("name.givenName"), givenName},
                                         {QStringLiteral("enterprise.employeeNumber"), employeeNumber},
                                         {QStringLiteral("emails.work"), email}};
        } else {
            // E5: Replace by value path and by dotted path.
            const QString familyName = user->familyName + QStringLiteral(" Moved");
            patch.replace(QStringLiteral("emails[type eq \"work\"].value"), email);
            patch.replace(QStringLiteral("name.familyName"), familyName);
            user->expectedAfterUpdate
                = {{QStringLiteral("emails.work"), email}, {QStringLiteral("name.familyName"), familyName}};
        }
        const scim::Response answer
            = co_await client.patch(QStringLiteral("Users/") + user->id, patch.toJson(), options());
        co_return QList<scim::Response> {answer};
    }

    QCoro::Task<QList<scim::Response>> addToGroup(scim::ScimClient &client, PilotUser user,
                                                  PilotGroup group) const override
    {
        // E10: Add with a value array carrying "$ref": null.
        PatchBuilder patch(m_rfc ? scim::PatchOp::Spelling::Lowercase : scim::PatchOp::Spelling::Capitalised);
        patch.add(QStringLiteral("members"), scim::PatchOp::memberValues({user.id}, true));
        const scim::Response answer
            = co_await client.patch(QStringLiteral("Groups/") + group.id, patch.toJson(), options());
        co_return QList<scim::Response> {answer};
    }

    QCoro::Task<QList<scim::Response>> removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                       PilotGroup group) const override
    {
        // E11: legacy removes by a value array; the flag removes by a members[value eq] path.
        PatchBuilder patch(m_rfc ? scim::PatchOp::Spelling::Lowercase : scim::PatchOp::Spelling::Capitalised);
        if (m_rfc)
            patch.remove(scim::PatchOp::memberPath(user.id));
        else
            patch.remove(QStringLiteral("members"), scim::PatchOp::memberValues({user.id}));
        const scim::Response answer
            = co_await client.patch(QStringLiteral("Groups/") + group.id, patch.toJson(), options());
        co_return QList<scim::Response> {answer};
    }

    QCoro::Task<QList<scim::Response>> deactivate(scim::ScimClient &client, PilotUser user) const override
    {
        // E6: the string "False"; E6': a boolean.
        PatchBuilder patch(m_rfc ? scim::PatchOp::Spelling::Lowercase : scim::PatchOp::Spelling::Capitalised);
        patch.replace(QStringLiteral("active"),
                      m_rfc ? QJsonValue(false) : QJsonValue(QStringLiteral("False")));
        const scim::Response answer
            = co_await client.patch(QStringLiteral("Users/") + user.id, patch.toJson(), options());
        co_return QList<scim::Response> {answer};
    }

    QString onFailure(const QString &stepId) const override
    {
        if (stepId == QLatin1String("match-before-create"))
            return tr("Entra ID stops provisioning this user and retries in the next cycle (about 40 "
                      "minutes); after "
                      "repeated failures it quarantines the whole app.");
        if (stepId == QLatin1String("delete-user"))
            return tr("Entra ID keeps retrying the hard delete; the account stays behind in the service.");
        return tr("Entra ID logs the failure in its provisioning logs and retries in the next cycle; if "
                  "failures go on, "
                  "it quarantines the app and stops provisioning everyone.");
    }

private:
    using PatchBuilder = scim::PatchOp;
    bool m_rfc;
};

} // namespace

std::unique_ptr<PilotDialect> makeEntraDialect(bool rfc)
{
    return std::make_unique<EntraDialect>(rfc);
}

} // namespace engine
