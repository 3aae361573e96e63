// Entra ID with ?aadOptscim062020 on the Tenant URL (idp-requests.md E5', E6', E11').
#include "engine/idp/pilotdialects_p.h"
#include "scim/endpointurl.h"
#include "scim/resourcepath.h"

namespace engine {

namespace {
const QString Enterprise = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
} // namespace

DialectId EntraRfcDialect::id() const
{
    return DialectId::EntraRfc;
}

QString EntraRfcDialect::summary() const
{
    return tr("Entra ID with ?aadOptscim062020: RFC-compliant PATCH (lower-case ops, booleans, "
              "path filters).");
}

QString EntraRfcDialect::displayName() const
{
    return tr("Entra ID with the aadOptscim062020 flag");
}

QString EntraRfcDialect::whenToPick() const
{
    return tr("Pick this if the Tenant URL ends in ?aadOptscim062020 — because the service provider says so, "
              "or because the default pilot advised it.");
}

scim::EndpointUrl EntraRfcDialect::endpoint(const scim::EndpointUrl &configured) const
{
    if (configured.url().query().contains(QLatin1String("aadOptscim062020")))
        return configured;
    QUrl url = configured.url();
    url.setQuery(url.query().isEmpty() ? QStringLiteral("aadOptscim062020")
                                       : url.query() + QStringLiteral("&aadOptscim062020"));
    return scim::EndpointUrl::parse(url.toString());
}

scim::PatchOp EntraRfcDialect::newPatch() const
{
    return scim::PatchOp(scim::PatchOp::Spelling::Lowercase);
}

QCoro::Task<QList<scim::Response>> EntraRfcDialect::update(scim::ScimClient &client, PilotUser *user) const
{
    // E5': path-less replace with dotted keys, and the email by its own path.
    const QString email = QStringLiteral("moved-") + user->email;
    const QString displayName = user->displayName + QStringLiteral(" (moved)");
    const QString givenName = QStringLiteral("SCIM Mover");
    const QString employeeNumber = user->employeeNumber + QStringLiteral("-M");
    scim::PatchOp patch = newPatch();
    patch.replace({},
                  QJsonObject {{QStringLiteral("displayName"), displayName},
                               {QStringLiteral("name.givenName"), givenName},
                               {QString(Enterprise + QStringLiteral(":employeeNumber")), employeeNumber}});
    patch.replace(QStringLiteral("emails[type eq \"work\"].value"), email);
    user->expectedAfterUpdate = {{QStringLiteral("displayName"), displayName},
                                 {QStringLiteral("name.givenName"), givenName},
                                 {QStringLiteral("enterprise.employeeNumber"), employeeNumber},
                                 {QStringLiteral("emails.work"), email}};
    co_return co_await sendPatch(client, scim::userPath(user->id), patch);
}

QCoro::Task<QList<scim::Response>> EntraRfcDialect::removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                                    PilotGroup group) const
{
    // E11': remove by a members[value eq] path.
    scim::PatchOp patch = newPatch();
    patch.remove(scim::PatchOp::memberPath(user.id));
    co_return co_await sendPatch(client, scim::groupPath(group.id), patch);
}

QCoro::Task<QList<scim::Response>> EntraRfcDialect::deactivate(scim::ScimClient &client, PilotUser user) const
{
    // E6': a real boolean.
    scim::PatchOp patch = newPatch();
    patch.replace(QStringLiteral("active"), QJsonValue(false));
    co_return co_await sendPatch(client, scim::userPath(user.id), patch);
}

} // namespace engine
