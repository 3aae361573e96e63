#pragma once

#include "common/idp.h"
#include "engine/idp/advice.h"
#include "engine/idp/pilotuser.h"
#include "scim/requestoptions.h"
#include "scim/response.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>

namespace scim {
class ScimClient;
class EndpointUrl;
} // namespace scim

namespace engine {

/// The group a pilot user joins and leaves.
struct PilotGroup
{
    QString id;
    QString displayName;
};

/// One attribute the IdP sends a new value for: the SCIM target as its mapping names it.
struct AttributeChange
{
    QString target;
    QJsonValue value;
};

/// The IdP integrations the pilot can play, each a request style of one IdP.
enum class DialectId { Entra, EntraRfc, Okta, OktaAiw };

/// How one identity provider integration talks SCIM: its headers and query encoding, and the
/// request sequence for each moment of a user's life — exactly as shared/reference/idp-requests.md
/// records it. Each method sends what that IdP would send and returns every answer, last one
/// deciding.
class PilotDialect
{
public:
    virtual ~PilotDialect() = default;

    static std::unique_ptr<PilotDialect> create(DialectId id);
    /// The integration an admin gets by default for @p idp (entra, okta).
    static std::unique_ptr<PilotDialect> forIdp(common::Idp idp);
    static QList<DialectId> all();
    /// entra, entra-rfc, okta or okta-aiw: the name the command line and the JSON results use.
    static QString name(DialectId id);
    static std::optional<DialectId> fromName(QStringView name);
    static QStringList names();

    virtual DialectId id() const = 0;
    QString name() const { return name(id()); }
    virtual common::Idp idp() const = 0;
    virtual QString summary() const = 0; ///< what it sends differently, technically (for --help)
    /// As the admin knows it: "Entra ID, default", "Okta catalog app", …
    virtual QString displayName() const = 0;
    /// In plain words, when this is the integration to pick.
    virtual QString whenToPick() const = 0;
    virtual scim::RequestOptions options() const = 0;
    /// The base URL as this integration is configured (entra-rfc appends ?aadOptscim062020).
    virtual scim::EndpointUrl endpoint(const scim::EndpointUrl &configured) const;
    virtual bool deletesUsers() const = 0;

    /// The IdP's lookup of a user by a matching attribute (E2, O2): `attribute eq "value"`.
    virtual QCoro::Task<scim::Response> findUser(scim::ScimClient &client, QString attribute,
                                                 QString value) const = 0;
    QCoro::Task<scim::Response> findByUserName(scim::ScimClient &client, QString userName) const
    {
        return findUser(client, QStringLiteral("userName"), std::move(userName));
    }
    /// The IdP's lookup of a group by its display name (E9, O9).
    virtual QCoro::Task<scim::Response> findGroupByName(scim::ScimClient &client,
                                                        QString displayName) const = 0;
    /// The create body this IdP sends around the attributes its mapping produced (E3, O3):
    /// schemas, meta, roles, password, groups…
    virtual QJsonObject createBody(QJsonObject mapped, const PilotUser &user) const = 0;
    QCoro::Task<scim::Response> create(scim::ScimClient &client, QJsonObject body) const;
    /// The source attributes a mover's change touches in this style's test (the IdP then sends
    /// every mapped attribute they feed).
    virtual QStringList moverSources() const = 0;
    /// Sends the mover's @p changes (each a mapping row and its new value) as this IdP does.
    virtual QCoro::Task<QList<scim::Response>> update(scim::ScimClient &client, PilotUser user,
                                                      QList<AttributeChange> changes) const = 0;
    /// Sets a reference attribute (the manager) once the person it names exists (E3b).
    virtual QCoro::Task<QList<scim::Response>> setReference(scim::ScimClient &client, PilotUser user,
                                                            AttributeChange reference) const;
    virtual QCoro::Task<QList<scim::Response>> addToGroup(scim::ScimClient &client, PilotUser user,
                                                          PilotGroup group) const = 0;
    virtual QCoro::Task<QList<scim::Response>> removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                               PilotGroup group) const = 0;
    virtual QCoro::Task<QList<scim::Response>> deactivate(scim::ScimClient &client, PilotUser user) const = 0;
    virtual QCoro::Task<scim::Response> remove(scim::ScimClient &client, PilotUser user) const;
    /// What this IdP does when a step fails, for the step's hint.
    virtual QString onFailure(const QString &stepId) const = 0;
    /// Whether the IdP carries on when its search for a user who does not exist yet is answered
    /// 404 instead of an empty list (Okta does; Entra ID quarantines the app).
    virtual bool toleratesNotFoundSearch() const { return false; }

    /// The IdP's other request style that the admin can switch on in the IdP, to try when a
    /// request of this style is refused, and what to tell the admin when it gets through.
    struct Fallback
    {
        std::unique_ptr<PilotDialect> dialect;
        Advice advice;
        QString hint;
    };
    /// nullopt when the IdP has no other style to offer (Entra's ?aadOptscim062020 is one).
    virtual std::optional<Fallback> fallback() const { return std::nullopt; }
};

} // namespace engine
