// Entra ID with ?aadOptscim062020 on the Tenant URL (idp-requests.md E5', E6', E11').
#include "engine/idp/pilotdialects_p.h"
#include "scim/endpointurl.h"
#include "scim/resourcepath.h"

#include <QJsonArray>

namespace engine {

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

QStringList EntraRfcDialect::moverSources() const
{
    return {QStringLiteral("displayName"), QStringLiteral("givenName"), QStringLiteral("employeeId"),
            QStringLiteral("mail")};
}

QCoro::Task<QList<scim::Response>> EntraRfcDialect::update(scim::ScimClient &client, PilotUser user,
                                                           QList<AttributeChange> changes) const
{
    // E5': one path-less replace with dotted keys, and each value-path attribute by its own path.
    QJsonObject plain;
    QList<AttributeChange> byPath;
    for (const AttributeChange &change : changes) {
        if (change.target.contains(QLatin1Char('[')))
            byPath.append(change);
        else
            plain.insert(change.target, change.value);
    }
    scim::PatchOp patch = newPatch();
    if (!plain.isEmpty())
        patch.replace({}, plain);
    for (const AttributeChange &change : byPath)
        patch.replace(change.target, change.value);
    co_return co_await sendPatch(client, scim::userPath(user.id), patch);
}

QCoro::Task<QList<scim::Response>> EntraRfcDialect::setReference(scim::ScimClient &client, PilotUser user,
                                                                 AttributeChange reference) const
{
    // E3b, as observed with the flag: the full attribute name and the bare id.
    scim::PatchOp patch = newPatch();
    patch.add(reference.target, reference.value);
    co_return co_await sendPatch(client, scim::userPath(user.id), patch);
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
