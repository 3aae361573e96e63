// Microsoft Entra ID's default requests (idp-requests.md E1–E12).
#include "engine/idp/pilotdialects_p.h"
#include "engine/idp/targetpath.h"
#include "engine/idp/wire.h"
#include "scim/filter.h"
#include "scim/resourcepath.h"
#include "scim/scimclient.h"

#include <QJsonArray>

namespace engine {

namespace {
const QString Enterprise = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
} // namespace

DialectId EntraDialect::id() const
{
    return DialectId::Entra;
}

common::Idp EntraDialect::idp() const
{
    return common::Idp::Entra;
}

QString EntraDialect::summary() const
{
    return tr("Entra ID's default: capitalised PATCH ops, active as the string \"False\", member "
              "removal by value.");
}

QString EntraDialect::displayName() const
{
    return tr("Entra ID, default");
}

QString EntraDialect::whenToPick() const
{
    return tr("Pick this unless the service provider told you to add ?aadOptscim062020 to the Tenant URL: it "
              "is what a new Entra ID app sends out of the box.");
}

scim::RequestOptions EntraDialect::options() const
{
    return wire::entra();
}

bool EntraDialect::deletesUsers() const
{
    return true;
}

scim::PatchOp EntraDialect::newPatch() const
{
    return scim::PatchOp(scim::PatchOp::Spelling::Capitalised);
}

QCoro::Task<QList<scim::Response>> EntraDialect::sendPatch(scim::ScimClient &client, QString path,
                                                           scim::PatchOp patch) const
{
    const scim::Response answer = co_await client.patch(path, patch.toJson(), options());
    co_return QList<scim::Response> {answer};
}

QCoro::Task<scim::Response> EntraDialect::findUser(scim::ScimClient &client, QString attribute,
                                                   QString value) const
{
    // E2: only a filter, no startIndex/count.
    const scim::Query query = scim::Query().add(QStringLiteral("filter"), scim::filter::eq(attribute, value));
    co_return co_await client.get(QStringLiteral("Users"), query, options());
}

QCoro::Task<scim::Response> EntraDialect::findGroupByName(scim::ScimClient &client, QString displayName) const
{
    // E9: without the members, by a displayName filter.
    const scim::Query query
        = scim::Query()
              .add(QStringLiteral("excludedAttributes"), QStringLiteral("members"))
              .add(QStringLiteral("filter"), scim::filter::eq(QStringLiteral("displayName"), displayName));
    co_return co_await client.get(QStringLiteral("Groups"), query, options());
}

QJsonObject EntraDialect::createBody(QJsonObject mapped, const PilotUser &) const
{
    // E3: core + enterprise schemas, meta.resourceType and roles:[] around what the mapping
    // produced; the first email is marked primary.
    mapped.insert(QStringLiteral("schemas"),
                  QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"), Enterprise});
    mapped.insert(QStringLiteral("meta"),
                  QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("User")}});
    mapped.insert(QStringLiteral("roles"), QJsonArray());
    QJsonArray emails = mapped.value(QLatin1String("emails")).toArray();
    if (!emails.isEmpty() && !emails.at(0).toObject().contains(QLatin1String("primary"))) {
        QJsonObject first = emails.at(0).toObject();
        first.insert(QStringLiteral("primary"), true);
        emails.replace(0, first);
        mapped.insert(QStringLiteral("emails"), emails);
    }
    return mapped;
}

QStringList EntraDialect::moverSources() const
{
    return {QStringLiteral("mail"), QStringLiteral("surname")};
}

QCoro::Task<QList<scim::Response>> EntraDialect::update(scim::ScimClient &client, PilotUser user,
                                                        QList<AttributeChange> changes) const
{
    // E5: one Replace per changed attribute, by value path or dotted path.
    scim::PatchOp patch = newPatch();
    for (const AttributeChange &change : changes)
        patch.replace(change.target, change.value);
    co_return co_await sendPatch(client, scim::userPath(user.id), patch);
}

QCoro::Task<QList<scim::Response>> EntraDialect::setReference(scim::ScimClient &client, PilotUser user,
                                                              AttributeChange reference) const
{
    // E3b, default style: Add by the attribute's short name with a value array.
    scim::PatchOp patch = newPatch();
    patch.add(TargetPath::parse(reference.target).attribute(),
              QJsonArray {QJsonObject {{QStringLiteral("$ref"), QJsonValue::Null},
                                       {QStringLiteral("value"), reference.value}}});
    co_return co_await sendPatch(client, scim::userPath(user.id), patch);
}

QCoro::Task<QList<scim::Response>> EntraDialect::addToGroup(scim::ScimClient &client, PilotUser user,
                                                            PilotGroup group) const
{
    // E10: Add with a value array carrying "$ref": null (both styles).
    scim::PatchOp patch = newPatch();
    patch.add(QStringLiteral("members"), scim::PatchOp::memberValues({user.id}, true));
    co_return co_await sendPatch(client, scim::groupPath(group.id), patch);
}

QCoro::Task<QList<scim::Response>> EntraDialect::removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                                 PilotGroup group) const
{
    // E11: Remove with a value array and no filter in the path.
    scim::PatchOp patch = newPatch();
    patch.remove(QStringLiteral("members"), scim::PatchOp::memberValues({user.id}));
    co_return co_await sendPatch(client, scim::groupPath(group.id), patch);
}

QCoro::Task<QList<scim::Response>> EntraDialect::deactivate(scim::ScimClient &client, PilotUser user) const
{
    // E6: active as the string "False".
    scim::PatchOp patch = newPatch();
    patch.replace(QStringLiteral("active"), QJsonValue(QStringLiteral("False")));
    co_return co_await sendPatch(client, scim::userPath(user.id), patch);
}

QString EntraDialect::onFailure(const QString &stepId) const
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

std::optional<PilotDialect::Fallback> EntraDialect::fallback() const
{
    return Fallback {
        PilotDialect::create(DialectId::EntraRfc), Advice::EntraRfcFlag,
        tr("The service refuses Entra's default request but accepts the RFC-compliant one: append "
           "?aadOptscim062020 to the Tenant URL in Entra ID (the entra-rfc dialect) and this works.")};
}

} // namespace engine
