#pragma once

#include "common/secret.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace credentials {
struct ProfileAuth;
}

namespace cli {

class Output;

/// How a connection authenticates, as flags: --auth MODE, --username, --token-endpoint,
/// --client-id, --scope and --client-auth; for run commands with --endpoint and for `profile
/// add`/`profile edit`. The mode's secret never comes from argv: see secretFor().
class AuthOptions
{
    Q_DECLARE_TR_FUNCTIONS(cli::AuthOptions)

public:
    AuthOptions();
    void addTo(QCommandLineParser &parser) const;
    bool anySet(const QCommandLineParser &parser) const;

    /// Applies the flags given to @p auth; false after naming what is wrong (an unknown mode, a
    /// flag that does not belong to the mode, a missing client id or token endpoint).
    bool apply(const QCommandLineParser &parser, credentials::ProfileAuth &auth, Output &output) const;

    /// The environment variable that carries the secret of @p mode (a ProfileAuth mode name).
    static const char *secretVariable(const QString &mode);
    /// Which secret @p mode needs: each message names it in a whole sentence of its own.
    enum class SecretKind { Token, Password, ClientSecret };
    static SecretKind secretKind(const QString &mode);
    /// The secret of @p mode: from standard input when @p fromStdin, else from its environment
    /// variable (taken out of the environment at start-up); empty when neither has it.
    static common::Secret secretFor(const QString &mode, bool fromStdin, Output &output);

private:
    QCommandLineOption m_auth;
    QCommandLineOption m_username;
    QCommandLineOption m_tokenEndpoint;
    QCommandLineOption m_clientId;
    QCommandLineOption m_scope;
    QCommandLineOption m_clientAuth;
};

} // namespace cli
