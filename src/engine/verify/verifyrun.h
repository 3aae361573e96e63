#pragma once

#include "engine/run/run.h"
#include "engine/run/runresult.h"
#include "scim/endpointurl.h"
#include "scim/response.h"
#include "scim/scimclient.h"

#include <QObject>
#include <QSslCertificate>
#include <qcoro/qcorotask.h>

#include <chrono>

class QNetworkAccessManager;

namespace engine {

struct VerifyOptions
{
    scim::EndpointUrl endpoint;
    QString endpointAsGiven; ///< what the admin typed, for the endpoint-url step's advice
    QByteArray token;
    QList<QSslCertificate> caCertificates;
    QString idp = QStringLiteral("both"); ///< entra, okta or both
    QString groupId;
    QString groupName;
    std::chrono::milliseconds timeout {std::chrono::seconds(30)};
};

/// `verify`: is the endpoint reachable, TLS sound, the token accepted and a wrong one refused,
/// discovery and the group right, and will Entra's and Okta's own test connections pass?
class VerifyRun : public Run
{
    Q_OBJECT

public:
    VerifyRun(QNetworkAccessManager *network, VerifyOptions options, QObject *parent = nullptr);

    /// The step ids, in the order results appear.
    static QStringList stepIds();
    static QString stepTitle(const QString &id);

    /// Ends the run: requests in flight stop, the remaining steps are skipped, outcome cancelled.
    void cancel() override;

protected:
    QCoro::Task<RunResult> execute() override;

private:
    using Step = StepResult;
    using Outcome = StepResult::Outcome;

    Step finish(Step step);
    Step endpointUrl() const;
    Step reachability(const scim::Response &response) const;
    Step tlsCertificate(const scim::Response &response) const;
    QString tlsFailureDetail(const scim::TlsInfo &tls) const;
    QString tlsFailureHint(const scim::TlsInfo &tls) const;
    QCoro::Task<Step> authRejects(QString id, bool sendWrongToken);
    QCoro::Task<Step> discovery(QString id, QString path);
    QCoro::Task<Step> entraTestConnection();
    QCoro::Task<Step> oktaTestConnection();
    QCoro::Task<Step> groupsList();
    QCoro::Task<Step> groupDetails();
    QCoro::Task<Step> unknownId();
    Step authAccepts(const scim::Response &response) const;
    Step contentType(const scim::Response &response) const;
    Step tokenExpiry() const;
    Step clockSkew(const scim::Response &response) const;
    /// The other IdP's failure is a warning (--idp).
    Step forIdp(Step step, const QString &idp) const;

    VerifyOptions m_options;
    scim::ScimClient m_client;
    bool m_cancelled = false;
};

} // namespace engine
