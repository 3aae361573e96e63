#pragma once

#include "engine/idp/advice.h"
#include "engine/idp/firstsync.h"
#include "scim/exchange.h"
#include "scim/response.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace engine {

/// One step of a run: what was checked, how it went, why, and what to do — with every HTTP
/// exchange it made (already redacted).
struct StepResult
{
    /// Cancelled: the run was stopped while this step's request was in flight.
    enum class Outcome { Passed, Failed, Warning, Skipped, Cancelled };

    QString id;
    QString user; ///< the pilot or CSV user a step belongs to; empty on verify
    QString title;
    Outcome outcome = Outcome::Skipped;
    qint64 durationMs = 0;
    QString detail;
    QString hint;
    /// A machine-readable verdict where a step has one (group-preview's match: would-create,
    /// would-link, would-collide); JSON `verdict`, absent when empty.
    QString verdict;
    /// What to change in the IdP that this step found would work; JSON `advice`, absent when empty.
    QList<Advice> advice;
    QList<scim::Exchange> exchanges;
    /// What a step measured (throughput: requestsPerSecond, p50Ms, p95Ms, p99Ms, requests,
    /// status429, …); JSON: each key at the step's top level, beside id and outcome.
    QJsonObject figures;

    /// Adds @p response's exchanges and time to this step.
    void record(const scim::Response &response);
    /// Masks every secret of @p mask in everything the step says and recorded.
    void maskSecrets(const scim::SecretMask &mask);
    StepResult &set(Outcome newOutcome, const QString &newDetail, const QString &newHint = {});
    /// A step that failed only because its request was cancelled is Cancelled, not Failed.
    void settleCancelled();

    static QString outcomeName(Outcome outcome);
    QJsonObject toJson() const;
    static StepResult fromJson(const QJsonObject &json);
};

/// A whole run as the architecture's JSON result describes it.
struct RunResult
{
    Q_DECLARE_TR_FUNCTIONS(engine::RunResult)

public:
    enum class Outcome { Passed, Failed, Error, Cancelled };

    struct Cleanup
    {
        StepResult::Outcome outcome = StepResult::Outcome::Passed; ///< passed, failed or skipped
        QStringList leftovers;
        /// A pilot's own cleanup, request by request (the `cleanup` command's are its steps).
        QList<StepResult> steps;
    };

    QString kind; ///< verify, pilot, group-preview, group-confirm, cleanup
    QString endpoint;
    QString idp; ///< entra, okta, or both (verify)
    QString dialect; ///< empty: null
    QString authMode; ///< bearer, header, basic, oauth-client-credentials (JSON auth.mode)
    /// OAuth: how the token endpoint accepted the client (basic or form); JSON auth.clientAuthentication
    QString clientAuthentication;
    int accessTokens = 0; ///< OAuth: access tokens obtained during the run (JSON auth.accessTokens)
    /// What else the run's authentication names, never a secret (JSON auth.username,
    /// auth.tokenEndpoint, auth.clientId, auth.scope): what a curl replay needs.
    QString username;
    QString tokenEndpoint;
    QString clientId;
    QString scope;
    QString runId;
    QDateTime startedAt;
    qint64 durationMs = 0;
    Outcome outcome = Outcome::Passed;
    QList<StepResult> steps;
    std::optional<Cleanup> cleanup;
    /// group-preview for Entra ID: how long the first cycle will take for the file's people (JSON
    /// `firstSyncMinutes`, absent otherwise).
    std::optional<FirstSyncEstimate> firstSync;

    static QString outcomeName(Outcome outcome);
    /// The outcome outcomeName() calls @p name; Error for a name it does not know.
    static Outcome outcomeNamed(const QString &name);
    /// How to replay the run's requests with curl (scim::curlCommand).
    scim::CurlAuth curlAuth() const
    {
        return {authMode, username, tokenEndpoint, clientId, scope, clientAuthentication};
    }
    /// Masks every secret of @p mask in the steps and the cleanup's leftovers.
    void maskSecrets(const scim::SecretMask &mask);
    /// failed if any step failed, else passed; error and cancelled are set by the run itself.
    static Outcome outcomeOf(const QList<StepResult> &steps);
    /// The median time of the endpoint's answers in this run (exchanges that got an HTTP answer from
    /// the endpoint's origin, not the token endpoint's); std::nullopt when none did.
    std::optional<double> medianAnswerMs() const;
    /// Whether the run left something behind (a cleanup with leftovers).
    bool leftSomethingBehind() const { return cleanup && !cleanup->leftovers.isEmpty(); }

    QJsonObject toJson() const;
    /// Reads back what toJson() wrote; std::nullopt when @p json is not a run result.
    static std::optional<RunResult> fromJson(const QJsonObject &json);
};

} // namespace engine
