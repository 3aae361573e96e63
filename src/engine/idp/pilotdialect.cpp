#include "engine/idp/pilotdialect.h"

#include "engine/idp/pilotdialects_p.h"
#include "scim/endpointurl.h"
#include "scim/patchop.h"
#include "scim/resourcepath.h"
#include "scim/scimclient.h"

namespace engine {

std::unique_ptr<PilotDialect> PilotDialect::create(DialectId id)
{
    switch (id) {
    case DialectId::Entra:
        return std::make_unique<EntraDialect>();
    case DialectId::EntraRfc:
        return std::make_unique<EntraRfcDialect>();
    case DialectId::Okta:
        return std::make_unique<OktaDialect>();
    case DialectId::OktaAiw:
        return std::make_unique<OktaAiwDialect>();
    }
    return nullptr;
}

std::unique_ptr<PilotDialect> PilotDialect::forIdp(common::Idp idp)
{
    return create(idp == common::Idp::Okta ? DialectId::Okta : DialectId::Entra);
}

QList<DialectId> PilotDialect::all()
{
    return {DialectId::Entra, DialectId::EntraRfc, DialectId::Okta, DialectId::OktaAiw};
}

QString PilotDialect::name(DialectId id)
{
    switch (id) {
    case DialectId::Entra:
        return QStringLiteral("entra");
    case DialectId::EntraRfc:
        return QStringLiteral("entra-rfc");
    case DialectId::Okta:
        return QStringLiteral("okta");
    case DialectId::OktaAiw:
        return QStringLiteral("okta-aiw");
    }
    return {};
}

std::optional<DialectId> PilotDialect::fromName(QStringView name)
{
    for (const DialectId id : all()) {
        if (name == PilotDialect::name(id))
            return id;
    }
    return std::nullopt;
}

QStringList PilotDialect::names()
{
    QStringList names;
    for (const DialectId id : all())
        names.append(name(id));
    return names;
}

scim::EndpointUrl PilotDialect::endpoint(const scim::EndpointUrl &configured) const
{
    return configured;
}

QCoro::Task<scim::Response> PilotDialect::create(scim::ScimClient &client, QJsonObject body) const
{
    co_return co_await client.post(QStringLiteral("Users"), body, options());
}

QCoro::Task<QList<scim::Response>> PilotDialect::setReference(scim::ScimClient &client, PilotUser user,
                                                              AttributeChange reference) const
{
    // RFC 7644's form: the reference's id as the attribute's value.
    const scim::PatchOp patch = scim::PatchOp().add(reference.target, reference.value);
    const scim::Response answer = co_await client.patch(scim::userPath(user.id), patch.toJson(), options());
    co_return QList<scim::Response> {answer};
}

QCoro::Task<scim::Response> PilotDialect::remove(scim::ScimClient &client, PilotUser user) const
{
    // E7.
    co_return co_await client.remove(scim::userPath(user.id), options());
}

} // namespace engine
