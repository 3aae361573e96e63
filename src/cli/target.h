#pragma once

#include "authoptions.h"
#include "engine/run/runresult.h"
#include "engine/run/target.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <optional>

class QCommandLineParser;

namespace cli {

class Output;

/// Records a run's outcome on the target's profile (lastVerify or lastPilot), if it has one.
void rememberOutcome(const engine::Target &target, const engine::RunResult &result);

/// The TARGET options every run command shares: --profile, --endpoint, --ca-file, the
/// authentication flags (AuthOptions) and --token-stdin (alias --secret-stdin).
/// The target itself comes from the engine (engine::Targets); this reads the flags and says, in
/// the terminal's words, what is wrong.
class TargetOptions
{
    Q_DECLARE_TR_FUNCTIONS(cli::TargetOptions)

public:
    TargetOptions();
    void addTo(QCommandLineParser &parser) const;

    /// Resolves the target, answers taking at most @p timeout; on failure writes the reason and
    /// returns the exit code in @p exitCode.
    QCoro::Task<std::optional<engine::Target>> resolve(const QCommandLineParser &parser, Output &output,
                                                       std::chrono::milliseconds timeout,
                                                       int *exitCode) const;
    /// What the admin typed as the endpoint (the profile's, or --endpoint's), for verify's advice.
    QString endpointAsGiven(const QCommandLineParser &parser, const engine::Target &target) const;

private:
    QCoro::Task<engine::TargetResult> fromProfile(QString name, QString caFile, Output &output,
                                                  int *exitCode) const;

    QCommandLineOption m_profile;
    QCommandLineOption m_endpoint;
    QCommandLineOption m_caFile;
    QCommandLineOption m_tokenStdin;
    AuthOptions m_auth;
};

} // namespace cli
