// VerifyRun's checks on answers already received, and the steps that send nothing.
#include "credentials/token.h"
#include "engine/run/diagnosis.h"
#include "engine/verify/verifyrun.h"

#include <QHash>
#include <QLocale>

namespace engine {

StepResult VerifyRun::endpointUrl() const
{
    Step s = newStep("endpoint-url");
    const scim::EndpointUrl &url = client().endpoint();
    const QString path = url.url().path();
    if (!url.isValid())
        return s.set(Outcome::Failed, url.message(),
                     tr("Copy the SCIM endpoint URL again from the message you received."));
    const scim::EndpointUrl::Advice advice = url.advice();
    if (advice.level == scim::EndpointUrl::Advice::Level::Problem)
        return s.set(Outcome::Failed, advice.message, advice.fix);
    if (m_options.endpointAsGiven != m_options.endpointAsGiven.trimmed())
        return s.set(Outcome::Warning, tr("The URL had spaces or line breaks around it; they were removed."),
                     tr("Paste it without them into your identity provider too."));
    if (url.url().scheme() == QLatin1String("http"))
        return s.set(Outcome::Passed,
                     //: %1 is the host name of the SCIM endpoint
                     tr("Plain http to %1, a test server on this computer (http is refused for any "
                        "other host).")
                         .arg(url.url().host()));
    if (advice.level == scim::EndpointUrl::Advice::Level::Warning)
        return s.set(Outcome::Warning, advice.message, advice.fix);
    //: %1 is the host name of the SCIM endpoint, %2 the URL's path, e.g. /scim/v2
    return s.set(Outcome::Passed, tr("%1 — https, path %2.").arg(url.url().host(), path));
}

StepResult VerifyRun::reachability(const scim::Response &response) const
{
    Step s = newStep("reachability");
    s.record(response);
    const Diagnosis d = Diagnosis::ofTransport(response);
    if (d.isProblem() && response.error != scim::ErrorKind::Tls
        && response.error != scim::ErrorKind::Redirect)
        return s.set(Outcome::Failed, d.detail, d.hint);
    if (response.error == scim::ErrorKind::Tls)
        return s.set(Outcome::Passed, tr("The server answered the connection (see the certificate step)."));
    return s.set(Outcome::Passed, Diagnosis::summary(response));
}

StepResult VerifyRun::tlsCertificate(const scim::Response &response) const
{
    Step s = newStep("tls-certificate");
    s.durationMs = 0;
    if (client().endpoint().url().scheme() != QLatin1String("https"))
        return s.set(Outcome::Skipped, tr("Plain http on this computer: there is no certificate to check."));
    const scim::TlsInfo &tls = response.tls;
    if (response.error == scim::ErrorKind::Tls) {
        s.exchanges = response.exchanges;
        if (untrustedIssuer(tls))
            s.advice.append(Advice::TrustCaFile);
        return s.set(Outcome::Failed, tlsFailureDetail(tls), tlsFailureHint(tls));
    }
    if (!tls.encrypted)
        return s.set(Outcome::Skipped, tr("No TLS session was established (see reachability)."));
    if (!tls.expiry.isValid())
        return s.set(Outcome::Passed, tr("The TLS connection was established."));
    // How soon it expires is tls-expiry's verdict.
    //: %1 is the certificate's subject (host name), %2 its issuer, %3 its expiry date
    const QString detail = tr("Valid certificate for %1 from %2, expires %3.")
                               .arg(tls.subject, tls.issuer,
                                    QLocale::c().toString(tls.expiry.date(), QStringLiteral("yyyy-MM-dd")));
    return s.set(Outcome::Passed, detail);
}

QString VerifyRun::tlsFailureDetail(const scim::TlsInfo &tls) const
{
    const QStringList &names = tls.errorNames;
    if (names.contains(QLatin1String("ProtocolVersion")))
        return tr("The server offers only TLS versions this computer refuses (TLS 1.0 or 1.1).");
    if (names.contains(QLatin1String("NotTls")))
        return tr("The server did not answer with TLS on this port.");
    if (names.contains(QLatin1String("KeyTooSmall")))
        //: %1 is a number of bits, %2 RSA or EC
        return tr("The server's certificate has a %1-bit %2 key, too small to be trusted.")
            .arg(tls.keyBits)
            .arg(tls.keyAlgorithm.isEmpty() ? tr("public") : tls.keyAlgorithm);
    if (names.contains(QLatin1String("NoSharedCipher")))
        return tr("The server and this computer share no cipher suite.");
    if (names.contains(QLatin1String("HandshakeFailed")))
        //: %1 is a semicolon-separated list of TLS error messages
        return tr("The TLS handshake failed: %1").arg(tls.errorMessages.join(QLatin1String("; ")));
    //: %1 is a comma-separated list of TLS error names, e.g. CertificateExpired
    QString detail = tr("The certificate was refused: %1.").arg(names.join(QLatin1String(", ")));
    if (!tls.subject.isEmpty())
        detail += QLatin1Char(' ')
            //: %1 is the certificate's subject, %2 its issuer, %3 its expiry date (yyyy-MM-dd)
            + tr("Subject %1, issuer %2, expires %3.")
                  .arg(tls.subject, tls.issuer,
                       QLocale::c().toString(tls.expiry.date(), QStringLiteral("yyyy-MM-dd")));
    return detail;
}

bool VerifyRun::untrustedIssuer(const scim::TlsInfo &tls)
{
    const QString names = tls.errorNames.join(QLatin1String(", "));
    return names.contains(QLatin1String("SelfSigned")) || names.contains(QLatin1String("LocalIssuer"))
        || names.contains(QLatin1String("Untrusted"));
}

QString VerifyRun::tlsFailureHint(const scim::TlsInfo &tls) const
{
    const QString names = tls.errorNames.join(QLatin1String(", "));
    if (names.contains(QLatin1String("ProtocolVersion")))
        return tr("Entra ID requires TLS 1.2 and Okta refuses old versions too. The service provider must "
                  "enable TLS 1.2 on the endpoint.");
    if (names.contains(QLatin1String("NotTls")))
        return tr("The URL says https, but the server speaks plain http (or something else) on that port. "
                  "Check the scheme and port in the endpoint URL.");
    if (names.contains(QLatin1String("KeyTooSmall")))
        return tr("Entra ID accepts only RSA keys of 2048 bits or more (or EC keys of 256 bits or more). The "
                  "service provider must replace the certificate.");
    if (names.contains(QLatin1String("NoSharedCipher")) || names.contains(QLatin1String("HandshakeFailed")))
        return tr("The connection is not safe to send the token over. Send this report to the service "
                  "provider.");
    if (names.contains(QLatin1String("CertificateExpired")))
        //: %1 is the certificate's expiry date (yyyy-MM-dd)
        return tr("The certificate expired on %1. The service provider must renew it.")
            .arg(QLocale::c().toString(tls.expiry.date(), QStringLiteral("yyyy-MM-dd")));
    if (names.contains(QLatin1String("HostNameMismatch")))
        //: %1 is the host name the certificate is for, %2 the host name in the endpoint URL
        return tr("The certificate is for %1, not for %2: the URL may name the wrong host.")
            .arg(tls.subject, client().endpoint().url().host());
    if (untrustedIssuer(tls))
        //: %1 is the TLS error names, e.g. UnableToGetLocalIssuerCertificate
        return tr("The certificate does not come from an authority this computer trusts (%1). If your "
                  "organisation inspects TLS or runs its own CA, give the console that CA's certificate as "
                  "the "
                  "profile's CA file. The console never turns certificate checks off.")
            .arg(names);
    //: %1 is the TLS error names; "token" is the SCIM bearer token or secret
    return tr("The connection is not safe to send the token over (%1). Send this report to the service "
              "provider.")
        .arg(names);
}

StepResult VerifyRun::contentType(const scim::Response &response) const
{
    Step s = newStep("content-type");
    const QByteArray type = response.contentType().toLower();
    if (!response.hasAnswer() || type.isEmpty())
        return s.set(Outcome::Skipped, tr("No answer with a body to look at."));
    if (type.startsWith("application/scim+json"))
        return s.set(Outcome::Passed, QString::fromLatin1(response.contentType()));
    if (type.startsWith("application/json"))
        return s.set(Outcome::Warning,
                     //: %1 is the Content-Type header value, e.g. application/json
                     tr("Content-Type is %1.").arg(QString::fromLatin1(response.contentType())),
                     tr("Entra ID and Okta accept it; RFC 7644 asks for application/scim+json, and stricter "
                        "clients may refuse."));
    return s.set(
        //: %1 is the Content-Type header value, e.g. text/html
        Outcome::Failed, tr("Content-Type is %1.").arg(QString::fromLatin1(response.contentType())),
        tr("A SCIM service answers with application/scim+json; this looks like a different service."));
}

StepResult VerifyRun::tokenExpiry() const
{
    Step s = newStep("token-expiry");
    const scim::AuthMode mode = client().authentication().mode;
    if (mode == scim::AuthMode::OAuthClientCredentials)
        return s.set(Outcome::Skipped,
                     tr("Access tokens are renewed from the client secret (see oauth-token-lifetime); when "
                        "the client secret expires only the service provider knows."),
                     tr("Ask when the client secret expires (Microsoft's rule for gallery apps: one to three "
                        "years) and note the date."));
    if (mode == scim::AuthMode::Basic)
        return s.set(Outcome::Skipped, tr("A password carries no expiry the console can read."),
                     tr("Ask the service provider whether the password expires."));
    const credentials::JwtClaims claims
        = credentials::JwtClaims::decode(client().authentication().secret.view());
    if (!claims.isJwt)
        return s.set(Outcome::Skipped,
                     tr("The token is not a JWT: it carries no expiry the console can read."),
                     tr("Ask the service provider whether and when it expires."));
    if (!claims.expiresAt)
        return s.set(Outcome::Passed, tr("A JWT without an expiry (exp)."));
    const QString when = QLocale::c().toString(claims.expiresAt->date(), QStringLiteral("yyyy-MM-dd"));
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(*claims.expiresAt);
    if (*claims.expiresAt <= QDateTime::currentDateTimeUtc())
        return s.set(
            //: %1 is the token's expiry date and time; "token" is the SCIM bearer token
            Outcome::Failed, tr("The token expired on %1.").arg(when),
            tr("Ask the service provider for a new token, store it in the profile, and update your identity "
               "provider."));
    if (days < 14)
        return s.set(Outcome::Warning,
                     //: %1 is the token's expiry date and time, %n the number of days until then
                     tr("The token expires on %1, in %n day(s).", nullptr, int(days)).arg(when),
                     tr("Ask for a new token now; provisioning stops the day it expires."));
    //: %1 is the token's expiry date and time, %2 the number of days until then
    return s.set(Outcome::Passed, tr("Expires on %1 (in %2 days).").arg(when).arg(days));
}

StepResult VerifyRun::clockSkew(const scim::Response &response) const
{
    Step s = newStep("clock-skew");
    const QByteArray date = response.header("date");
    QDateTime server = QLocale::c().toDateTime(QString::fromLatin1(date.trimmed()),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (date.isEmpty() || !server.isValid())
        return s.set(Outcome::Skipped, tr("The answer carried no readable Date header."));
    server.setTimeSpec(Qt::UTC);
    const qint64 skew = qAbs(QDateTime::currentDateTimeUtc().secsTo(server));
    if (skew > 300)
        return s.set(Outcome::Warning,
                     //: %1 is the clock difference in minutes
                     tr("The server's clock is %1 minutes off from this computer's.").arg(skew / 60),
                     tr("Time-limited tokens and the two sides' logs will disagree. Check this computer's "
                        "clock; if it is "
                        "right, tell the service provider."));
    //: %1 is the clock difference in seconds
    return s.set(Outcome::Passed, tr("Within %1 s of this computer's clock.").arg(skew));
}

StepResult VerifyRun::forIdp(Step s, common::Idp idp) const
{
    if (s.outcome != Outcome::Failed || !m_options.idp || *m_options.idp == idp)
        return s;
    s.outcome = Outcome::Warning;
    //: %1 is the identity provider the check is about, %2 the one you chose, e.g. Okta
    s.hint = tr("Only matters if you connect %1; you chose %2.")
                 .arg(common::idpDisplayName(idp), common::idpDisplayName(*m_options.idp))
        + QLatin1Char(' ') + s.hint;
    return s;
}

QString VerifyRun::stepTitle(const QString &id)
{
    static const QHash<QString, QString> titles {
        {QStringLiteral("endpoint-url"), tr("Endpoint URL")},
        {QStringLiteral("reachability"), tr("The endpoint answers")},
        {QStringLiteral("tls-certificate"), tr("TLS certificate")},
        {QStringLiteral("tls-protocols"), tr("TLS versions accepted")},
        {QStringLiteral("tls-cipher-suites"), tr("Entra ID's cipher suites")},
        {QStringLiteral("tls-key"), tr("Certificate key")},
        {QStringLiteral("tls-root"), tr("Certificate root")},
        {QStringLiteral("tls-expiry"), tr("Certificate expiry")},
        {QStringLiteral("throughput"), tr("Throughput")},
        {QStringLiteral("auth-mode"), tr("The authentication mode suits the identity provider")},
        {QStringLiteral("oauth-token-endpoint"), tr("The token endpoint answers over sound TLS")},
        {QStringLiteral("oauth-grant"), tr("The client credentials grant works")},
        {QStringLiteral("oauth-rejects-bad-secret"), tr("A wrong client secret is refused")},
        {QStringLiteral("oauth-token-lifetime"), tr("Access token lifetime")},
        {QStringLiteral("basic-rejects-bad-password"), tr("A wrong password is refused")},
        {QStringLiteral("auth-rejects-missing-token"), tr("A request without a token is refused")},
        {QStringLiteral("auth-rejects-bad-token"), tr("A wrong token is refused")},
        {QStringLiteral("auth-accepts-token"), tr("The token is accepted")},
        {QStringLiteral("service-provider-config"), tr("Discovery: /ServiceProviderConfig")},
        {QStringLiteral("resource-types"), tr("Discovery: /ResourceTypes")},
        {QStringLiteral("schemas"), tr("Discovery: /Schemas")},
        {QStringLiteral("entra-test-connection"), tr("Entra ID's Test Connection")},
        {QStringLiteral("okta-test-connection"), tr("Okta's Test Connector Configuration")},
        {QStringLiteral("groups-list"), tr("Groups can be listed")},
        {QStringLiteral("group-details"), tr("Your group exists")},
        {QStringLiteral("unknown-id-404"), tr("An unknown user id is 404")},
        {QStringLiteral("content-type"), tr("Answers are application/scim+json")},
        {QStringLiteral("token-expiry"), tr("Token expiry")},
        {QStringLiteral("clock-skew"), tr("Server clock")},
    };
    return titles.value(id, id);
}

} // namespace engine
