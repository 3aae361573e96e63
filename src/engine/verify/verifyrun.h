#pragma once

#include "common/idp.h"
#include "engine/run/run.h"
#include "engine/run/runresult.h"
#include "scim/oauthclient.h"
#include "scim/response.h"

#include <QObject>
#include <qcoro/qcorotask.h>

#include <optional>

class QNetworkAccessManager;

namespace engine {

struct VerifyOptions
{
    QString endpointAsGiven; ///< what the admin typed, for the endpoint-url step's advice
    std::optional<common::Idp> idp; ///< whose failures count; nullopt: both
    QString groupId;
    QString groupName;
};

/// `verify`: is the endpoint reachable, TLS sound, the token accepted and a wrong one refused,
/// discovery and the group right, and will Entra's and Okta's own test connections pass?
class VerifyRun : public Run
{
    Q_OBJECT

public:
    VerifyRun(QNetworkAccessManager *network, scim::Connection connection, VerifyOptions options,
              QObject *parent = nullptr);

    /// The step ids for connections in @p mode, in the order results appear.
    static QStringList stepIds(scim::AuthMode mode = scim::AuthMode::Bearer);
    static QString stepTitle(const QString &id);

protected:
    QCoro::Task<RunResult> execute() override;
    QString titleOf(const QString &id) const override { return stepTitle(id); }

private:
    using Step = StepResult;
    using Outcome = StepResult::Outcome;

    /// The steps that need the token, sent at once; results in their order. Without @p granted
    /// (OAuth and no access token), only the refusal checks run.
    QCoro::Task<QList<Step>> tokenSteps(bool granted);
    /// Does the authentication mode suit the IdP (Entra ID has no Basic, Okta no client credentials)?
    Step authMode() const;
    /// OAuth: the token endpoint, the grant, a wrong secret, the access token's lifetime.
    QCoro::Task<QList<Step>> oauthSteps();
    Step oauthTokenEndpoint(const scim::TokenGrant &grant) const;
    Step oauthGrant(const scim::TokenGrant &grant) const;
    QCoro::Task<Step> oauthRejectsBadSecret();
    Step oauthTokenLifetime(const scim::TokenGrant &grant) const;
    Step endpointUrl() const;
    Step reachability(const scim::Response &response) const;
    Step tlsCertificate(const scim::Response &response) const;
    QString tlsFailureDetail(const scim::TlsInfo &tls) const;
    QString tlsFailureHint(const scim::TlsInfo &tls) const;
    /// The certificate's issuer is not one this computer trusts (self-signed, unknown CA).
    static bool untrustedIssuer(const scim::TlsInfo &tls);
    QCoro::Task<Step> authRejects(bool sendWrongToken);
    QCoro::Task<Step> discovery(QString id, QString path);
    QCoro::Task<Step> entraTestConnection();
    Step judgeEmptySearch(Step s, const scim::Response &response, const QString &kind,
                          const QString &value) const;
    QCoro::Task<Step> oktaTestConnection();
    QCoro::Task<Step> groupsList();
    QCoro::Task<Step> groupDetails();
    QCoro::Task<Step> unknownId();
    Step authAccepts(const scim::Response &response) const;
    Step contentType(const scim::Response &response) const;
    Step tokenExpiry() const;
    Step clockSkew(const scim::Response &response) const;
    /// The other IdP's failure is a warning (when one IdP was chosen).
    Step forIdp(Step step, common::Idp idp) const;

    VerifyOptions m_options;
};

} // namespace engine
