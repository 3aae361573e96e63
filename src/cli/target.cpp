#include "target.h"

#include "common/environmentsecrets.h"
#include "engine/run/runhistory.h"
#include "exitcode.h"
#include "output.h"
#include "request/vendor.h"
#include "secretinput.h"

#include <QCommandLineParser>

namespace cli {

void rememberOutcome(const engine::Target &target, const engine::RunResult &result)
{
    if (!target.profile)
        return;
    credentials::ProfileStore store;
    const QString problem = engine::rememberRun(store, target.profile->id, result);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
}

namespace {

QStringList stdinOptionNames()
{
    return {QStringLiteral("token-stdin"), QStringLiteral("secret-stdin")};
}

/// With --endpoint and no secret: where to give it, one whole sentence per secret.
QString missingSecret(const QString &mode)
{
    switch (AuthOptions::secretKind(mode)) {
    case AuthOptions::SecretKind::Password:
        return TargetOptions::tr("With --endpoint, give the password in SCIM_CONSOLE_PASSWORD or with "
                                 "--secret-stdin — never on the command line.\n");
    case AuthOptions::SecretKind::ClientSecret:
        return TargetOptions::tr("With --endpoint, give the client secret in SCIM_CONSOLE_CLIENT_SECRET or "
                                 "with --secret-stdin — never on the command line.\n");
    case AuthOptions::SecretKind::Token:
        break;
    }
    return TargetOptions::tr("With --endpoint, give the secret token in SCIM_CONSOLE_TOKEN or with "
                             "--secret-stdin — never on the command line.\n");
}

} // namespace

TargetOptions::TargetOptions()
    : m_profile(QStringLiteral("profile"), tr("Use the stored profile NAME."), tr("NAME"))
    , m_endpoint(QStringLiteral("endpoint"),
                 tr("The SCIM base URL; the secret comes from SCIM_CONSOLE_TOKEN (SCIM_CONSOLE_PASSWORD, "
                    "SCIM_CONSOLE_CLIENT_SECRET) or --token-stdin."),
                 tr("URL"))
    , m_caFile(QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), tr("PEM"))
    , m_tokenStdin(stdinOptionNames(),
                   tr("Read the secret (token, password or client secret) from standard input."))
{ }

void TargetOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_profile, m_endpoint, m_caFile, m_tokenStdin});
    m_auth.addTo(parser);
}

QString TargetOptions::endpointAsGiven(const QCommandLineParser &parser, const engine::Target &target) const
{
    return target.profile ? target.profile->endpoint : parser.value(m_endpoint);
}

QCoro::Task<engine::TargetResult> TargetOptions::fromProfile(QString name, QString caFile, Output &output,
                                                             int *exitCode) const
{
    credentials::ProfileStore store;
    const std::optional<credentials::Profile> profile = store.find(name);
    if (!profile) {
        QStringList names;
        const auto all = store.profiles();
        for (const auto &known : all)
            names.append(known.name);
        *exitCode = Usage;
        //: %1 is the profile name given
        output.err((names.isEmpty() ? tr("There is no profile named “%1”, and no profiles yet; add one with: "
                                         "scim-console profile add")
                                          .arg(name)
                                    //: %1 is the profile name given, %2 a list of the stored profiles' names
                                    : tr("There is no profile named “%1”. Profiles: %2.")
                                          .arg(name, names.join(QLatin1String(", "))))
                   + QLatin1Char('\n'));
        co_return engine::TargetResult();
    }
    engine::TargetResult result = co_await engine::Targets::fromProfile(*profile, caFile);
    if (result.problem && result.problem->kind == engine::TargetProblem::Kind::NoToken)
        result.problem->message
            //: %1 is the profile's name; "token" is the SCIM secret
            = tr("Profile “%1” has no token stored. Set it with: scim-console profile set-token %1")
                  .arg(profile->name);
    co_return result;
}

QCoro::Task<std::optional<engine::Target>> TargetOptions::resolve(const QCommandLineParser &parser,
                                                                  Output &output,
                                                                  std::chrono::milliseconds timeout,
                                                                  int *exitCode) const
{
    *exitCode = Passed;
    const bool byProfile = parser.isSet(m_profile);
    if (byProfile == parser.isSet(m_endpoint)) {
        *exitCode = Usage;
        output.err(tr("Name the target with either --profile NAME or --endpoint URL.\n"));
        co_return std::nullopt;
    }
    engine::TargetResult result;
    if (byProfile) {
        if (m_auth.anySet(parser)) {
            *exitCode = Usage;
            output.err(tr("A profile keeps its own authentication; change it with: scim-console profile edit "
                          "NAME --auth MODE …\n"));
            co_return std::nullopt;
        }
        result = co_await fromProfile(parser.value(m_profile), parser.value(m_caFile), output, exitCode);
        if (*exitCode != Passed)
            co_return std::nullopt;
    } else {
        credentials::ProfileAuth auth;
        if (!m_auth.apply(parser, auth, output)) {
            *exitCode = Usage;
            co_return std::nullopt;
        }
        if (auth.clientAuth.isEmpty()) // what the vendor's token endpoint is known to want, if anything
            auth.clientAuth = request::Vendor::defaultVendor().oauthClientAuthentication;
        // main() already took it out of the environment; no child inherits it.
        common::Secret pasted = AuthOptions::secretFor(auth.mode, parser.isSet(m_tokenStdin), output);
        if (pasted.isEmpty() && !parser.isSet(m_tokenStdin)) {
            *exitCode = Usage;
            output.err(missingSecret(auth.mode));
            co_return std::nullopt;
        }
        result = engine::Targets::fromParts(parser.value(m_endpoint), auth, std::move(pasted),
                                            parser.value(m_caFile));
    }
    if (!result.notice.isEmpty())
        output.err(result.notice + QLatin1Char('\n'));
    if (!result.ok()) {
        *exitCode = result.problem->kind == engine::TargetProblem::Kind::Keychain ? Environment : Usage;
        output.err(result.problem->message + QLatin1Char('\n'));
        co_return std::nullopt;
    }
    result.target->connection.timeout = timeout;
    co_return std::move(result.target);
}

} // namespace cli
