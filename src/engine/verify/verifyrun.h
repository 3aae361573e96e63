#pragma once

#include "common/idp.h"
#include "engine/run/run.h"
#include "engine/run/runresult.h"
#include "scim/oauthclient.h"
#include "scim/response.h"
#include "scim/tlsprobe.h"

#include <QObject>
#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace engine {

struct VerifyOptions
{
    QString endpointAsGiven; ///< what the admin typed, for the endpoint-url step's advice
    std::optional<common::Idp> idp; ///< whose failures count; nullopt: both
    QString groupId;
    QString groupName;
    /// Also measure throughput (verify --load): read-only GETs at a rising rate, bounded.
    bool load = false;
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
    static QStringList stepIds(scim::AuthMode mode = scim::AuthMode::Bearer, bool load = false);
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
    /// What the TLS handshakes of tlsSteps() showed.
    struct TlsProbes
    {
        QList<scim::TlsProbeResult> versions; ///< TLS 1.0, 1.1, 1.2, 1.3
        QList<scim::TlsProbeResult> suites; ///< TLS 1.2 with each of Entra ID's eight suites
        QList<QSslCertificate> chain; ///< from the first handshake that completed
    };
    /// tls-protocols … tls-expiry (https only), finished; the handshakes run at once.
    QCoro::Task<QList<Step>> tlsSteps(const scim::Response &root);
    Step tlsProtocols(const TlsProbes &probes) const;
    Step tlsCipherSuites(const TlsProbes &probes) const;
    Step tlsKey(const TlsProbes &probes, const scim::TlsInfo &tls) const;
    Step tlsRoot(const TlsProbes &probes) const;
    Step tlsExpiry(const TlsProbes &probes, const scim::TlsInfo &tls) const;
    /// verify --load: read-only GETs at a rising rate, within fixed bounds (verifyload.cpp).
    QCoro::Task<Step> throughput();
    struct LoadState;
    QCoro::Task<> loadRequest(std::shared_ptr<LoadState> state, size_t index);
    Step judgeThroughput(Step s, const LoadState &state) const;
    QString tlsFailureDetail(const scim::TlsInfo &tls) const;
    QString tlsFailureHint(const scim::TlsInfo &tls) const;
    /// The certificate's issuer is not one this computer trusts (self-signed, unknown CA).
    static bool untrustedIssuer(const scim::TlsInfo &tls);
    QCoro::Task<Step> authRejects(bool sendWrongToken);
    QCoro::Task<Step> discovery(QString id, QString path);
    QCoro::Task<Step> entraTestConnection();
    Step judgeEmptySearch(Step s, const scim::Response &response, bool groups, const QString &value) const;
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
