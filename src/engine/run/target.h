#pragma once

#include "common/secret.h"
#include "credentials/profile.h"
#include "scim/connection.h"

#include <QCoreApplication>
#include <QString>
#include <qcoro/qcorotask.h>

#include <optional>

namespace engine {

/// Where a run goes and how it gets in, made ready before the run: the connection — the secret
/// in it, read or cleaned once — and, for a stored profile, the profile. A run takes the
/// connection by move; nothing else keeps the secret.
struct Target
{
    std::optional<credentials::Profile> profile;
    scim::Connection connection;
};

/// Why no target could be made, in words that fit the wizard and the terminal alike; the kind
/// lets the command line pick its exit code and name its own flags.
struct TargetProblem
{
    enum class Kind {
        NoToken, ///< the profile has no token in the keychain
        Keychain, ///< the keychain could not be read
        Endpoint, ///< the endpoint URL is not one the console can use
        CaFile, ///< the CA file cannot be read or holds no certificate
        Token, ///< the secret given is not a token (empty, control characters)
        Auth, ///< the authentication settings are incomplete or unknown (a mode, a token endpoint)
    };
    Kind kind = Kind::Endpoint;
    QString message;
};

/// A target, or why there is none; and a note about the secret when it was cleaned.
struct TargetResult
{
    std::optional<Target> target;
    std::optional<TargetProblem> problem;
    QString notice; ///< e.g. line breaks removed from a wrapped paste; empty when none

    bool ok() const { return target.has_value(); }
};

/// The one place that turns a profile, or an endpoint and a secret, into a target.
class Targets
{
    Q_DECLARE_TR_FUNCTIONS(engine::Targets)

public:
    /// @p profile's endpoint and CA file (@p caFile instead, when given), and its token read
    /// from the keychain.
    static QCoro::Task<TargetResult> fromProfile(credentials::Profile profile, QString caFile = {});
    /// An endpoint given directly and a pasted or piped secret, cleaned here: a bearer token.
    static TargetResult fromParts(const QString &endpoint, common::Secret pasted, const QString &caFile)
    {
        return fromParts(endpoint, {}, std::move(pasted), caFile);
    }
    /// An endpoint, how it authenticates, and the pasted or piped secret of that mode.
    static TargetResult fromParts(const QString &endpoint, const credentials::ProfileAuth &auth,
                                  common::Secret pasted, const QString &caFile);
    /// @p settings as a typed authentication (without its secret), or why they cannot be one.
    static std::optional<TargetProblem> authentication(const credentials::ProfileAuth &settings,
                                                       scim::Authentication &auth);
    /// The secret as the mode needs it: a token cleaned of a paste's wrapping and a "Bearer "
    /// prefix; a password or client secret only stripped of a trailing line break. Empty or
    /// control characters are refused. @p notice says what was removed.
    static std::optional<TargetProblem> cleanSecret(scim::AuthMode mode, common::Secret &secret,
                                                    QString *notice);

private:
    /// The endpoint and the CA file, checked; the problem when either cannot be used.
    static std::optional<TargetProblem> prepare(scim::Connection &connection, const QString &endpoint,
                                                const QString &caFile);
};

} // namespace engine
