// VerifyRun's authentication checks: whether the mode suits the IdP, and OAuth's token endpoint.
#include "credentials/token.h"
#include "engine/run/diagnosis.h"
#include "engine/verify/verifyrun.h"

#include <QLocale>
#include <QRandomGenerator>

namespace engine {

namespace {

/// Why @p idp cannot authenticate in @p mode (and what to do), or nothing when it can.
std::optional<std::pair<QString, QString>> unsupported(scim::AuthMode mode, common::Idp idp)
{
    using scim::AuthMode;
    if (idp == common::Idp::Entra && mode == AuthMode::Basic)
        return std::pair {
            QCoreApplication::translate("engine::VerifyRun",
                                        "Entra ID does not offer Basic authentication "
                                        "(username and password) for provisioning."),
            QCoreApplication::translate("engine::VerifyRun",
                                        "Ask the service provider for a secret token or for OAuth client "
                                        "credentials, and store those in the profile instead.")};
    if (idp == common::Idp::Entra && mode == AuthMode::Header)
        return std::pair {QCoreApplication::translate("engine::VerifyRun",
                                                      "Entra ID always sends the token as “Bearer "
                                                      "<token>”; it cannot send a bare header token."),
                          QCoreApplication::translate(
                              "engine::VerifyRun",
                              "Verify with the bearer mode: if the service accepts “Bearer <token>”, "
                              "Entra ID's Secret Token works.")};
    if (idp == common::Idp::Okta && mode == AuthMode::OAuthClientCredentials)
        return std::pair {
            QCoreApplication::translate("engine::VerifyRun",
                                        "Okta has no client credentials mode: its OAuth for SCIM is the "
                                        "authorization code grant only."),
            QCoreApplication::translate("engine::VerifyRun",
                                        "Ask the service provider for a token Okta can send (its HTTP Header "
                                        "or OAuth Bearer Token modes) or for Basic credentials.")};
    return std::nullopt;
}

QString dateOf(const QDateTime &when)
{
    //: %1 is a date and time in the reader's format; the zone is always UTC
    return VerifyRun::tr("%1 UTC").arg(QLocale().toString(when.toUTC(), QLocale::ShortFormat));
}

} // namespace

StepResult VerifyRun::authMode() const
{
    Step s = newStep("auth-mode");
    s.durationMs = 0;
    const scim::AuthMode mode = client().authentication().mode;
    QString how;
    switch (mode) {
    case scim::AuthMode::Bearer:
        how = tr("A bearer token: Entra ID's Secret Token, Okta's OAuth Bearer Token or HTTP Header mode.");
        break;
    case scim::AuthMode::Header:
        how = tr("A header token without the word Bearer: Okta's HTTP Header mode.");
        break;
    case scim::AuthMode::Basic:
        //: %1 is the Basic authentication user name
        how = tr("Basic authentication with username “%1”: Okta's Basic Auth mode.")
                  .arg(client().authentication().username);
        break;
    case scim::AuthMode::OAuthClientCredentials:
        //: %1 is the OAuth client id
        how = tr("OAuth 2.0 client credentials for client “%1”: Entra ID's OAuth2 client credentials grant.")
                  .arg(client().authentication().clientId);
        break;
    }
    const auto entra = unsupported(mode, common::Idp::Entra);
    const auto okta = unsupported(mode, common::Idp::Okta);
    if (m_options.idp) {
        const auto problem = *m_options.idp == common::Idp::Entra ? entra : okta;
        if (problem)
            return s.set(Outcome::Failed, problem->first, problem->second);
        return s.set(Outcome::Passed, how);
    }
    if (entra || okta)
        // Two whole sentences: how it authenticates, then which IdP cannot.
        return s.set(Outcome::Warning, how + QLatin1Char(' ') + (entra ? entra : okta)->first,
                     (entra ? entra : okta)->second);
    return s.set(Outcome::Passed, how);
}

QCoro::Task<QList<StepResult>> VerifyRun::oauthSteps()
{
    const scim::TokenGrant grant = co_await client().oauth()->grant();
    QList<Step> steps;
    const Step endpoint = finishStep(oauthTokenEndpoint(grant));
    steps.append(endpoint);
    if (endpoint.outcome == Outcome::Failed) {
        const QString why = tr("Not judged: the token endpoint could not be reached safely.");
        steps.append(skipSteps({QStringLiteral("oauth-grant"), QStringLiteral("oauth-rejects-bad-secret"),
                                QStringLiteral("oauth-token-lifetime")},
                               {}, why));
        co_return steps;
    }
    steps.append(finishStep(oauthGrant(grant)));
    if (grant.ok()) {
        steps.append(finishStep(co_await oauthRejectsBadSecret()));
    } else {
        // Against refused credentials a wrong secret proves nothing.
        steps.append(
            skipSteps({QStringLiteral("oauth-rejects-bad-secret")}, {},
                      tr("Not judged: the right client secret was not accepted either (see oauth-grant).")));
    }
    steps.append(finishStep(oauthTokenLifetime(grant)));
    co_return steps;
}

StepResult VerifyRun::oauthTokenEndpoint(const scim::TokenGrant &grant) const
{
    Step s = newStep("oauth-token-endpoint");
    s.record(grant.response);
    const scim::Response &r = grant.response;
    const QUrl url = client().authentication().tokenEndpoint.url();
    if (r.error == scim::ErrorKind::Tls) {
        if (untrustedIssuer(r.tls))
            s.advice.append(Advice::TrustCaFile);
        //: %1 is a sentence on why the TLS connection failed; "token endpoint" is the OAuth server's URL
        return s.set(Outcome::Failed, tr("The token endpoint's TLS failed. %1").arg(tlsFailureDetail(r.tls)),
                     grant.fix());
    }
    if (r.error == scim::ErrorKind::Redirect)
        return s.set(Outcome::Failed, grant.problem, grant.fix());
    const Diagnosis transport = Diagnosis::ofTransport(r);
    if (transport.isProblem())
        //: %1 is the OAuth token endpoint URL, %2 what went wrong, e.g. "could not be found (DNS)"
        return s.set(Outcome::Failed, tr("The token endpoint %1: %2").arg(url.toString(), transport.detail),
                     transport.hint);
    if (url.scheme() != QLatin1String("https"))
        return s.set(Outcome::Passed,
                     //: %1 is the OAuth token endpoint URL
                     tr("%1 answered over plain http on this computer.").arg(url.toString()));
    //: %1 is the token endpoint URL, %2 the certificate's subject, %3 its issuer, %4 its expiry date
    const QString detail = tr("%1 answered over TLS; certificate for %2 from %3, expires %4.")
                               .arg(url.toString(), r.tls.subject, r.tls.issuer, dateOf(r.tls.expiry));
    if (r.tls.expiry.isValid() && QDateTime::currentDateTimeUtc().daysTo(r.tls.expiry) < 30)
        return s.set(Outcome::Warning, detail,
                     tr("The token endpoint's certificate expires in under 30 days; without it no access "
                        "token, and provisioning stops."));
    return s.set(Outcome::Passed, detail);
}

StepResult VerifyRun::oauthGrant(const scim::TokenGrant &grant) const
{
    Step s = newStep("oauth-grant");
    s.durationMs = grant.response.durationMs;
    if (!grant.ok())
        return s.set(Outcome::Failed, grant.explanation(), grant.fix());
    const QString method = grant.method == scim::ClientAuthMethod::Basic
        ? tr("the client id and secret in an HTTP Basic header")
        : tr("the client id and secret as form fields");
    //: %1 is the client id, %2 says how the client authenticated
    const QString detail = tr("An access token for client “%1”, obtained with %2.")
                               .arg(client().authentication().clientId, method);
    if (!grant.refusedMethods.isEmpty())
        return s.set(
            Outcome::Warning,
            detail + QLatin1Char(' ') + tr("The same credentials in an HTTP Basic header were refused."),
            tr("RFC 6749 says every token endpoint must accept HTTP Basic, and how Entra ID sends the "
               "client credentials is not published. Ask the service provider to accept both."));
    return s.set(Outcome::Passed, detail);
}

QCoro::Task<StepResult> VerifyRun::oauthRejectsBadSecret()
{
    Step s = newStep("oauth-rejects-bad-secret");
    scim::OAuthClient *oauth = client().oauth();
    const QByteArray wrong
        = "scim-console-wrong-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const scim::TokenGrant refused
        = co_await oauth->request(oauth->acceptedMethod().value_or(scim::ClientAuthMethod::Basic), wrong);
    s.record(refused.response);
    if (refused.ok())
        co_return (
            s.set(Outcome::Failed, tr("The token endpoint issued an access token for a wrong client secret."),
                  tr("Stop here: anyone who knows the client id gets in. The service provider must check the "
                     "secret.")));
    if (refused.result == scim::TokenGrant::Result::Failed)
        //: %1 is an explanation of the token endpoint's answer to a wrong client secret
        co_return (s.set(Outcome::Warning, tr("No clear refusal: %1").arg(refused.explanation()),
                         tr("A wrong secret should get HTTP 401 with invalid_client (RFC 6749 §5.2).")));
    if (refused.error == QLatin1String("invalid_client"))
        co_return (s.set(
            Outcome::Passed,
            //: %1 is the HTTP status code from the OAuth token endpoint
            tr("Refused with HTTP %1 and invalid_client, as it should be.").arg(refused.response.status)));
    co_return (
        s.set(Outcome::Warning,
              //: %1 is the HTTP status code, %2 the OAuth error code the token endpoint returned
              tr("Refused with HTTP %1 and “%2”.").arg(refused.response.status).arg(refused.error.left(80)),
              tr("Refusing is right; RFC 6749 §5.2 names it invalid_client, which tells a wrong secret "
                 "from other problems.")));
}

StepResult VerifyRun::oauthTokenLifetime(const scim::TokenGrant &grant) const
{
    Step s = newStep("oauth-token-lifetime");
    s.durationMs = 0;
    if (!grant.ok())
        return s.set(Outcome::Skipped, tr("No access token was issued (see oauth-grant)."));
    QString jwt;
    const credentials::JwtClaims claims
        = credentials::JwtClaims::decode(client().oauth()->accessToken().view());
    if (claims.isJwt)
        //: %1 the expiry, %2 the audience, %3 the issuer (each as the JWT says)
        jwt = QLatin1Char(' ')
            + tr("A JWT: expires %1, audience “%2”, issuer “%3”.")
                  .arg(claims.expiresAt ? dateOf(*claims.expiresAt) : tr("never"),
                       client().secrets().apply(claims.audience.left(200)),
                       client().secrets().apply(claims.issuer.left(200)));
    const QString rule = tr("Microsoft requires access tokens to live 60 minutes to 6 hours.");
    if (!grant.expiresIn)
        return s.set(Outcome::Warning, tr("The answer does not say how long the access token lives.") + jwt,
                     rule + QLatin1Char(' ') + tr("Without expires_in an IdP renews only when refused."));
    const qint64 seconds = *grant.expiresIn;
    const QString lives = seconds < 120
        //: %n is the lifetime of an OAuth access token in seconds
        ? tr("The access token lives %n second(s).", nullptr, int(seconds))
        //: %n is the lifetime of an OAuth access token in minutes
        : tr("The access token lives %n minute(s).", nullptr, int(seconds / 60));
    if (seconds < 3600 || seconds > 6 * 3600)
        return s.set(Outcome::Warning, lives + jwt,
                     rule + QLatin1Char(' ')
                         + tr("The console renews tokens as they expire; ask the service provider to change "
                              "the lifetime before you connect Entra ID."));
    return s.set(Outcome::Passed, lives + jwt);
}

} // namespace engine
