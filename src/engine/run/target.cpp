#include "engine/run/target.h"

#include "credentials/token.h"
#include "credentials/tokenvault.h"
#include "scim/cafile.h"

#include <algorithm>

namespace engine {

namespace {

/// Why a typed secret cannot be used (@p empty, else a control character), one sentence per secret.
QString unusableSecret(scim::AuthMode mode, bool empty)
{
    switch (mode) {
    case scim::AuthMode::Basic:
        return empty ? Targets::tr("The password is empty.")
                     : Targets::tr("The password contains an invisible control character; copy it again.");
    case scim::AuthMode::Header:
        return empty
            ? Targets::tr("The header token is empty.")
            : Targets::tr("The header token contains an invisible control character; copy it again.");
    case scim::AuthMode::Bearer: // cleaned as a token before this
    case scim::AuthMode::OAuthClientCredentials:
        break;
    }
    return empty ? Targets::tr("The client secret is empty.")
                 : Targets::tr("The client secret contains an invisible control character; copy it again.");
}

} // namespace

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

std::optional<TargetProblem> Targets::authentication(const credentials::ProfileAuth &settings,
                                                     scim::Authentication &auth)
{
    const std::optional<scim::AuthMode> mode
        = settings.mode.isEmpty() ? scim::AuthMode::Bearer : scim::parseAuthMode(settings.mode);
    if (!mode)
        //: %1 is the mode given, %2 the list of modes
        return TargetProblem {TargetProblem::Kind::Auth,
                              tr("“%1” is not an authentication mode; use one of %2.")
                                  .arg(settings.mode, scim::authModeNames().join(QLatin1String(", ")))};
    auth.mode = *mode;
    auth.username = settings.username.trimmed();
    auth.clientId = settings.clientId.trimmed();
    auth.scope = settings.scope.trimmed();
    auth.tokenEndpoint = scim::EndpointUrl::parse(settings.tokenEndpoint);
    auth.clientAuth.reset();
    if (!settings.clientAuth.isEmpty()) {
        auth.clientAuth = scim::parseClientAuthMethod(settings.clientAuth);
        if (!auth.clientAuth)
            return TargetProblem {TargetProblem::Kind::Auth,
                                  //: %1 is the value given for the OAuth client authentication method
                                  tr("“%1” is not a client authentication method; use basic or form.")
                                      .arg(settings.clientAuth)};
    }
    if (const QString problem = auth.problem(); !problem.isEmpty())
        return TargetProblem {TargetProblem::Kind::Auth, problem};
    return std::nullopt;
}

std::optional<TargetProblem> Targets::cleanSecret(scim::AuthMode mode, common::Secret &secret,
                                                  QString *notice)
{
    if (mode == scim::AuthMode::Bearer) {
        credentials::CleanToken clean = credentials::CleanToken::fromPaste(secret.view());
        secret.clear();
        if (!clean.isValid())
            return TargetProblem {TargetProblem::Kind::Token, clean.error};
        *notice = clean.notice;
        secret = std::move(clean.token);
        return std::nullopt;
    }
    // A password, client secret or header value is taken as typed (a header value may hold a
    // scheme of its own, "SSWS …"); only the line break a pipe adds goes, and a header's ends.
    QByteArray bytes = secret.view().toByteArray();
    secret.clear();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    if (mode == scim::AuthMode::Header) {
        QByteArray trimmed = bytes.trimmed();
        common::Secret::wipe(bytes);
        bytes = std::move(trimmed);
    }
    const bool control = std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7f;
    });
    if (bytes.isEmpty() || control) {
        const bool empty = bytes.isEmpty();
        common::Secret::wipe(bytes);
        return TargetProblem {TargetProblem::Kind::Token, unusableSecret(mode, empty)};
    }
    secret = common::Secret(std::move(bytes));
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
    if (auto problem = authentication(profile.auth, target.connection.auth)) {
        result.problem = std::move(problem);
        co_return result;
    }
    credentials::TokenVault vault;
    credentials::VaultResult read = co_await vault.read(profile.id);
    if (read.state == credentials::VaultResult::State::NotFound) {
        result.problem = TargetProblem {
            TargetProblem::Kind::NoToken,
            //: %1 is the profile's name; "token" is the SCIM secret
            tr("The profile “%1” has no token stored; store the token you received for it first.")
                .arg(profile.name)};
        co_return result;
    }
    if (!read.ok()) {
        result.problem = TargetProblem {TargetProblem::Kind::Keychain, read.explanation()};
        co_return result;
    }
    target.connection.auth.secret = std::move(read.secret);
    target.profile = std::move(profile);
    result.target = std::move(target);
    co_return result;
}

TargetResult Targets::fromParts(const QString &endpoint, const credentials::ProfileAuth &auth,
                                common::Secret pasted, const QString &caFile)
{
    TargetResult result;
    Target target;
    if (auto problem = prepare(target.connection, endpoint, caFile)) {
        result.problem = std::move(problem);
        return result;
    }
    if (auto problem = authentication(auth, target.connection.auth)) {
        result.problem = std::move(problem);
        return result;
    }
    if (auto problem = cleanSecret(target.connection.auth.mode, pasted, &result.notice)) {
        result.problem = std::move(problem);
        return result;
    }
    target.connection.auth.secret = std::move(pasted);
    result.target = std::move(target);
    return result;
}

} // namespace engine
