#pragma once

#include "engine/idp/pilotuser.h"
#include "scim/requestoptions.h"
#include "scim/response.h"

#include <QList>
#include <QString>
#include <qcoro/qcorotask.h>

#include <memory>

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

/// How one identity provider integration talks SCIM: its headers and query encoding, and the
/// request sequence for each moment of a user's life — exactly as shared/reference/idp-requests.md
/// records it. Each method sends what that IdP would send and returns every answer, last one
/// deciding.
class PilotDialect
{
public:
    virtual ~PilotDialect() = default;

    /// entra, entra-rfc, okta or okta-aiw; nullptr for anything else.
    static std::unique_ptr<PilotDialect> create(const QString &id);
    static QStringList ids();

    virtual QString id() const = 0;
    virtual QString idp() const = 0; ///< entra or okta
    virtual QString summary() const = 0; ///< what it sends differently, technically (for --help)
    /// As the admin knows it: "Entra ID, default", "Okta catalog app", …
    virtual QString displayName() const = 0;
    /// In plain words, when this is the integration to pick.
    virtual QString whenToPick() const = 0;
    virtual scim::RequestOptions options() const = 0;
    /// The base URL as this integration is configured (entra-rfc appends ?aadOptscim062020).
    virtual scim::EndpointUrl endpoint(const scim::EndpointUrl &configured) const;
    virtual bool deletesUsers() const = 0;

    virtual QCoro::Task<scim::Response> findByUserName(scim::ScimClient &client, QString userName) const = 0;
    /// The IdP's lookup of a group by its display name (E9, O9).
    virtual QCoro::Task<scim::Response> findGroupByName(scim::ScimClient &client,
                                                        QString displayName) const = 0;
    virtual QCoro::Task<scim::Response> create(scim::ScimClient &client, PilotUser user) const = 0;
    /// Changes the user as a mover would be changed; fills user.expectedAfterUpdate.
    virtual QCoro::Task<QList<scim::Response>> update(scim::ScimClient &client, PilotUser *user) const = 0;
    virtual QCoro::Task<QList<scim::Response>> addToGroup(scim::ScimClient &client, PilotUser user,
                                                          PilotGroup group) const = 0;
    virtual QCoro::Task<QList<scim::Response>> removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                               PilotGroup group) const = 0;
    virtual QCoro::Task<QList<scim::Response>> deactivate(scim::ScimClient &client, PilotUser user) const = 0;
    virtual QCoro::Task<scim::Response> remove(scim::ScimClient &client, PilotUser user) const;
    /// What this IdP does when a step fails, for the step's hint.
    virtual QString onFailure(const QString &stepId) const = 0;
};

} // namespace engine
