#include "target.h"

#include "common/environmentsecrets.h"
#include "engine/run/runhistory.h"
#include "exitcode.h"
#include "output.h"
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

TargetOptions::TargetOptions()
    : m_profile(QStringLiteral("profile"), tr("Use the stored profile NAME."), tr("NAME"))
    , m_endpoint(QStringLiteral("endpoint"),
                 tr("The SCIM base URL; the token comes from SCIM_CONSOLE_TOKEN or "
                    "--token-stdin."),
                 tr("URL"))
    , m_caFile(QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), tr("PEM"))
    , m_tokenStdin(QStringLiteral("token-stdin"), tr("Read the token from standard input."))
{ }

void TargetOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_profile, m_endpoint, m_caFile, m_tokenStdin});
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
        output.err((names.isEmpty() ? tr("There is no profile named “%1”, and no profiles yet; add one with: "
                                         "scim-console profile add")
                                          .arg(name)
                                    : tr("There is no profile named “%1”. Profiles: %2.")
                                          .arg(name, names.join(QLatin1String(", "))))
                   + QLatin1Char('\n'));
        co_return engine::TargetResult();
    }
    engine::TargetResult result = co_await engine::Targets::fromProfile(*profile, caFile);
    if (result.problem && result.problem->kind == engine::TargetProblem::Kind::NoToken)
        result.problem->message
            = tr("Profile “%1” has no token stored. Set it with: scim-console profile set-token %1")
                  .arg(profile->name);
    co_return result;
}

QCoro::Task<std::optional<engine::Target>> TargetOptions::resolve(const QCommandLineParser &parser,
                                                                  Output &output,
                                                                  std::chrono::milliseconds timeout,
                                                                  int *exitCode) const
{
    // main() already took it out of the environment; no child inherits it.
    common::Secret environmentToken = common::takeEnvironmentSecret("SCIM_CONSOLE_TOKEN");
    *exitCode = Passed;
    const bool byProfile = parser.isSet(m_profile);
    if (byProfile == parser.isSet(m_endpoint)) {
        *exitCode = Usage;
        output.err(tr("Name the target with either --profile NAME or --endpoint URL.\n"));
        co_return std::nullopt;
    }
    engine::TargetResult result;
    if (byProfile) {
        result = co_await fromProfile(parser.value(m_profile), parser.value(m_caFile), output, exitCode);
        if (*exitCode != Passed)
            co_return std::nullopt;
    } else {
        common::Secret pasted = std::move(environmentToken);
        if (parser.isSet(m_tokenStdin)) {
            pasted = readSecret(tr("Secret token: "), output);
        } else if (pasted.isEmpty()) {
            *exitCode = Usage;
            output.err(tr("With --endpoint, give the token in SCIM_CONSOLE_TOKEN or with --token-stdin — "
                          "never on the command line.\n"));
            co_return std::nullopt;
        }
        result
            = engine::Targets::fromParts(parser.value(m_endpoint), std::move(pasted), parser.value(m_caFile));
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
