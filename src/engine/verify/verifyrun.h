#pragma once

#include "common/idp.h"
#include "engine/run/run.h"
#include "engine/run/runresult.h"
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

    /// The step ids, in the order results appear.
    static QStringList stepIds();
    static QString stepTitle(const QString &id);

protected:
    QCoro::Task<RunResult> execute() override;
    QString titleOf(const QString &id) const override { return stepTitle(id); }

private:
    using Step = StepResult;
    using Outcome = StepResult::Outcome;

    /// The steps that need the token, sent at once; results in their order.
    QCoro::Task<QList<Step>> tokenSteps();
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
