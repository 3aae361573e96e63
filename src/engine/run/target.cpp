#include "engine/run/target.h"

#include "credentials/token.h"
#include "credentials/tokenvault.h"
#include "scim/cafile.h"

namespace engine {

std::optional<TargetProblem> Targets::prepare(scim::Connection &connection, const QString &endpoint,
                                              const QString &caFile)
{
    connection.endpoint = scim::EndpointUrl::parse(endpoint);
    if (!connection.endpoint.isValid())
        return TargetProblem {TargetProblem::Kind::Endpoint, connection.endpoint.message()};
    if (caFile.isEmpty())
        return std::nullopt;
    QString error;
    const auto certificates = scim::loadCaFile(caFile, &error);
    if (!certificates)
        return TargetProblem {TargetProblem::Kind::CaFile, error};
    connection.caCertificates = *certificates;
    return std::nullopt;
}

QCoro::Task<TargetResult> Targets::fromProfile(credentials::Profile profile, QString caFile)
{
    TargetResult result;
    Target target;
    if (auto problem
        = prepare(target.connection, profile.endpoint, caFile.isEmpty() ? profile.caFile : caFile)) {
        result.problem = std::move(problem);
        co_return result;
    }
    credentials::TokenVault vault;
    credentials::VaultResult read = co_await vault.read(profile.id);
    if (read.state == credentials::VaultResult::State::NotFound) {
        result.problem = TargetProblem {
            TargetProblem::Kind::NoToken,
            tr("The profile “%1” has no token stored; store the token you received for it first.")
                .arg(profile.name)};
        co_return result;
    }
    if (!read.ok()) {
        result.problem = TargetProblem {TargetProblem::Kind::Keychain, read.explanation()};
        co_return result;
    }
    target.connection.token = std::move(read.secret);
    target.profile = std::move(profile);
    result.target = std::move(target);
    co_return result;
}

TargetResult Targets::fromParts(const QString &endpoint, common::Secret pasted, const QString &caFile)
{
    TargetResult result;
    Target target;
    if (auto problem = prepare(target.connection, endpoint, caFile)) {
        result.problem = std::move(problem);
        return result;
    }
    credentials::CleanToken clean = credentials::CleanToken::fromPaste(pasted.view());
    pasted.clear();
    if (!clean.isValid()) {
        result.problem = TargetProblem {TargetProblem::Kind::Token, clean.error};
        return result;
    }
    result.notice = clean.notice;
    target.connection.token = std::move(clean.token);
    result.target = std::move(target);
    return result;
}

} // namespace engine
