#include "target.h"

#include "common/environmentsecrets.h"
#include "credentials/token.h"
#include "credentials/tokenvault.h"
#include "engine/run/runhistory.h"
#include "exitcode.h"
#include "output.h"
#include "scim/scimclient.h"
#include "secretinput.h"

#include <QCommandLineParser>

namespace cli {

void rememberOutcome(const Target &target, const engine::RunResult &result)
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

QCoro::Task<std::optional<Target>> TargetOptions::resolve(const QCommandLineParser &parser, Output &output,
                                                          int *exitCode) const
{
    // main() already took it out of the environment; no child inherits it.
    const QByteArray environmentToken = common::takeEnvironmentSecret("SCIM_CONSOLE_TOKEN");
    const auto fail = [&](int code, const QString &message) {
        *exitCode = code;
        output.err(message + QLatin1Char('\n'));
        return std::optional<Target>();
    };

    Target target;
    const bool byProfile = parser.isSet(m_profile);
    if (byProfile == parser.isSet(m_endpoint))
        co_return fail(Usage, tr("Name the target with either --profile NAME or --endpoint URL."));

    QString caFile = parser.value(m_caFile);
    if (byProfile) {
        credentials::ProfileStore store;
        target.profile = store.find(parser.value(m_profile));
        if (!target.profile) {
            QStringList names;
            const auto all = store.profiles();
            for (const auto &profile : all)
                names.append(profile.name);
            co_return fail(Usage,
                           names.isEmpty()
                               ? tr("There is no profile named “%1”, and no profiles yet; add one "
                                    "with: scim-console profile add")
                                     .arg(parser.value(m_profile))
                               : tr("There is no profile named “%1”. Profiles: %2.")
                                     .arg(parser.value(m_profile), names.join(QLatin1String(", "))));
        }
        target.endpoint = scim::EndpointUrl::parse(target.profile->endpoint);
        if (caFile.isEmpty())
            caFile = target.profile->caFile;
        credentials::TokenVault vault;
        const credentials::VaultResult read = co_await vault.read(target.profile->id);
        if (read.state == credentials::VaultResult::State::NotFound)
            co_return fail(
                Usage,
                tr("Profile “%1” has no token stored. Set it with: scim-console profile set-token %1")
                    .arg(target.profile->name));
        if (!read.ok())
            co_return fail(Environment, read.explanation());
        target.token = read.secret;
    } else {
        target.endpoint = scim::EndpointUrl::parse(parser.value(m_endpoint));
        QByteArray pasted = environmentToken;
        if (parser.isSet(m_tokenStdin))
            pasted = readSecret(tr("Secret token: "), output);
        else if (pasted.isEmpty())
            co_return fail(Usage,
                           tr("With --endpoint, give the token in SCIM_CONSOLE_TOKEN or with --token-stdin — "
                              "never on the command line."));
        const credentials::CleanToken clean = credentials::CleanToken::fromPaste(pasted);
        if (!clean.isValid())
            co_return fail(Usage, clean.error);
        if (!clean.notice.isEmpty())
            output.err(clean.notice + QLatin1Char('\n'));
        target.token = clean.token;
    }
    if (!target.endpoint.isValid())
        co_return fail(Usage, target.endpoint.message());
    if (!caFile.isEmpty()) {
        QString error;
        const auto certificates = scim::ScimClient::loadCaFile(caFile, &error);
        if (!certificates)
            co_return fail(Usage, error);
        target.caCertificates = *certificates;
    }
    *exitCode = Passed;
    co_return target;
}

} // namespace cli
