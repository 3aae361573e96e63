#pragma once

// The four pilot dialects. Each is a small class that owns what its integration sends; the
// second style of each IdP derives from the first and overrides only the requests that differ.
#include "engine/idp/pilotdialect.h"
#include "scim/patchop.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace engine {

/// Microsoft Entra ID's default (legacy) requests: capitalised ops, "False", removal by value
/// array (idp-requests.md E1–E12).
class EntraDialect : public PilotDialect
{
    Q_DECLARE_TR_FUNCTIONS(engine::EntraDialect)

public:
    DialectId id() const override;
    common::Idp idp() const override;
    QString summary() const override;
    QString displayName() const override;
    QString whenToPick() const override;
    scim::RequestOptions options() const override;
    bool deletesUsers() const override;
    QCoro::Task<scim::Response> findUser(scim::ScimClient &client, QString attribute,
                                         QString value) const override;
    QCoro::Task<scim::Response> findGroupByName(scim::ScimClient &client, QString displayName) const override;
    QJsonObject createBody(QJsonObject mapped, const PilotUser &user) const override;
    QStringList moverSources() const override;
    QCoro::Task<QList<scim::Response>> update(scim::ScimClient &client, PilotUser user,
                                              QList<AttributeChange> changes) const override;
    QCoro::Task<QList<scim::Response>> addToGroup(scim::ScimClient &client, PilotUser user,
                                                  PilotGroup group) const override;
    QCoro::Task<QList<scim::Response>> removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                       PilotGroup group) const override;
    QCoro::Task<QList<scim::Response>> deactivate(scim::ScimClient &client, PilotUser user) const override;
    QCoro::Task<QList<scim::Response>> setReference(scim::ScimClient &client, PilotUser user,
                                                    AttributeChange reference) const override;
    QString onFailure(const QString &stepId) const override;
    /// The RFC-compliant style that ?aadOptscim062020 on the Tenant URL switches on.
    std::optional<Fallback> fallback() const override;

protected:
    /// An empty PATCH in this style's op spelling.
    virtual scim::PatchOp newPatch() const;
    /// Sends one PATCH and returns its answer as the step's only response.
    QCoro::Task<QList<scim::Response>> sendPatch(scim::ScimClient &client, QString path,
                                                 scim::PatchOp patch) const;
};

/// Entra ID with ?aadOptscim062020 on the Tenant URL: lower-case ops, booleans, path filters.
class EntraRfcDialect final : public EntraDialect
{
    Q_DECLARE_TR_FUNCTIONS(engine::EntraRfcDialect)

public:
    DialectId id() const override;
    QString summary() const override;
    QString displayName() const override;
    QString whenToPick() const override;
    scim::EndpointUrl endpoint(const scim::EndpointUrl &configured) const override;
    QStringList moverSources() const override;
    QCoro::Task<QList<scim::Response>> update(scim::ScimClient &client, PilotUser user,
                                              QList<AttributeChange> changes) const override;
    QCoro::Task<QList<scim::Response>> removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                       PilotGroup group) const override;
    QCoro::Task<QList<scim::Response>> deactivate(scim::ScimClient &client, PilotUser user) const override;
    QCoro::Task<QList<scim::Response>> setReference(scim::ScimClient &client, PilotUser user,
                                                    AttributeChange reference) const override;
    std::optional<Fallback> fallback() const override { return std::nullopt; }

protected:
    scim::PatchOp newPatch() const override;
};

/// Okta's catalog (OIN) integration: PUT for profiles, path-less PATCH to deactivate, membership
/// PATCH followed by the rename PATCH (idp-requests.md O1–O12). Okta never deletes users.
class OktaDialect : public PilotDialect
{
    Q_DECLARE_TR_FUNCTIONS(engine::OktaDialect)

public:
    DialectId id() const override;
    common::Idp idp() const override;
    QString summary() const override;
    QString displayName() const override;
    QString whenToPick() const override;
    scim::RequestOptions options() const override;
    bool deletesUsers() const override;
    QCoro::Task<scim::Response> findUser(scim::ScimClient &client, QString attribute,
                                         QString value) const override;
    QCoro::Task<scim::Response> findGroupByName(scim::ScimClient &client, QString displayName) const override;
    QJsonObject createBody(QJsonObject mapped, const PilotUser &user) const override;
    QStringList moverSources() const override;
    QCoro::Task<QList<scim::Response>> update(scim::ScimClient &client, PilotUser user,
                                              QList<AttributeChange> changes) const override;
    QCoro::Task<QList<scim::Response>> addToGroup(scim::ScimClient &client, PilotUser user,
                                                  PilotGroup group) const override;
    QCoro::Task<QList<scim::Response>> removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                       PilotGroup group) const override;
    QCoro::Task<QList<scim::Response>> deactivate(scim::ScimClient &client, PilotUser user) const override;
    QString onFailure(const QString &stepId) const override;
    bool toleratesNotFoundSearch() const override { return true; }

protected:
    /// O4: GET the user, then PUT the whole object back with `change` applied.
    QCoro::Task<QList<scim::Response>> putUser(scim::ScimClient &client, PilotUser user,
                                               std::function<void(QJsonObject &)> change) const;
};

/// Okta's App Integration Wizard apps: PUT for every change, the group included.
class OktaAiwDialect final : public OktaDialect
{
    Q_DECLARE_TR_FUNCTIONS(engine::OktaAiwDialect)

public:
    DialectId id() const override;
    QString summary() const override;
    QString displayName() const override;
    QString whenToPick() const override;
    QCoro::Task<QList<scim::Response>> addToGroup(scim::ScimClient &client, PilotUser user,
                                                  PilotGroup group) const override;
    QCoro::Task<QList<scim::Response>> removeFromGroup(scim::ScimClient &client, PilotUser user,
                                                       PilotGroup group) const override;
    QCoro::Task<QList<scim::Response>> deactivate(scim::ScimClient &client, PilotUser user) const override;

private:
    /// GET the group, PUT it back with the user's membership set to `member`.
    QCoro::Task<QList<scim::Response>> putGroup(scim::ScimClient &client, PilotGroup group, PilotUser user,
                                                bool member) const;
};

} // namespace engine
