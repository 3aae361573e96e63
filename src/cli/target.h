#pragma once

#include "credentials/profile.h"
#include "engine/run/runresult.h"
#include "scim/endpointurl.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QSslCertificate>
#include <qcoro/qcorotask.h>

#include <optional>

class QCommandLineParser;

namespace cli {

class Output;

/// The endpoint a run command talks to, and what it needs for that: from a stored profile (token
/// from the keychain) or from --endpoint with the token from SCIM_CONSOLE_TOKEN or --token-stdin.
struct Target
{
    std::optional<credentials::Profile> profile;
    scim::EndpointUrl endpoint;
    QByteArray token;
    QList<QSslCertificate> caCertificates;
};

/// Records a run's outcome on the target's profile (lastVerify or lastPilot), if it has one.
void rememberOutcome(const Target &target, const engine::RunResult &result);

/// The TARGET options every run command shares: --profile, --endpoint, --ca-file, --token-stdin.
class TargetOptions
{
    Q_DECLARE_TR_FUNCTIONS(cli::TargetOptions)

public:
    TargetOptions();
    void addTo(QCommandLineParser &parser) const;

    /// Resolves the target; on failure writes the reason and returns the exit code in @p exitCode.
    QCoro::Task<std::optional<Target>> resolve(const QCommandLineParser &parser, Output &output,
                                               int *exitCode) const;

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_endpoint;
    QCommandLineOption m_caFile;
    QCommandLineOption m_tokenStdin;
};

} // namespace cli
