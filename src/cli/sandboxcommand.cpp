#include "sandboxcommand.h"

#include "arguments.h"
#include "common/signalwatcher.h"
#include "exitcode.h"
#include "output.h"
#include "sandbox/attributefilter.h"
#include "sandbox/tenantloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <qcoro/qcorosignal.h>

namespace cli {

namespace {

/// The suites of @p text (colon- or comma-separated OpenSSL names), each a TLS 1.2 suite Qt supports
/// and a certificate can serve (not PSK, not SRP); false after naming the first that is not.
bool tlsCipherList(const QString &text, QStringList &out, Output &output)
{
    QStringList tls12Names;
    QStringList tls13Names;
    QStringList withoutCertificate;
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    for (const QSslCipher &cipher : supported) {
        if (cipher.protocol() == QSsl::TlsV1_3)
            tls13Names.append(cipher.name());
        else if (cipher.keyExchangeMethod().contains(QLatin1String("PSK"))
                 || cipher.keyExchangeMethod() == QLatin1String("SRP"))
            withoutCertificate.append(cipher.name());
        else
            tls12Names.append(cipher.name());
    }
    out.clear();
    const QStringList names = text.split(QRegularExpression(QStringLiteral("[:,]")), Qt::SkipEmptyParts);
    for (const QString &untrimmed : names) {
        const QString name = untrimmed.trimmed();
        if (name.isEmpty() || out.contains(name))
            continue;
        if (tls12Names.contains(name)) {
            out.append(name);
            continue;
        }
        if (tls13Names.contains(name))
            output.err(
                //: %1 is the cipher suite name given
                SandboxCommand::tr("--tls-ciphers: “%1” is a TLS 1.3 suite; --tls-ciphers chooses TLS 1.2 "
                                   "suites only, TLS 1.3 always offers OpenSSL’s defaults.\n")
                    .arg(name));
        else if (withoutCertificate.contains(name))
            //: %1 is the cipher suite name given
            output.err(SandboxCommand::tr("--tls-ciphers: “%1” authenticates with a pre-shared key or SRP, "
                                          "not the sandbox’s certificate.\n")
                           .arg(name));
        else
            //: %1 is the cipher suite name given, %2 a space-separated list of supported suites
            output.err(SandboxCommand::tr(
                           "--tls-ciphers: “%1” is not a TLS 1.2 cipher suite this build "
                           "supports; it supports these (`openssl ciphers -v NAME` describes each):\n%2\n")
                           .arg(name, tls12Names.join(QStringLiteral(" "))));
        return false;
    }
    if (out.isEmpty()) {
        output.err(SandboxCommand::tr("--tls-ciphers needs a colon- or comma-separated list of OpenSSL "
                                      "cipher suite names.\n"));
        return false;
    }
    return true;
}

} // namespace

QString SandboxCommand::summary() const
{
    return tr("run the embedded SCIM sandbox tenant on loopback");
}

QCoro::Task<int> SandboxCommand::run(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs an in-memory SCIM 2.0 service provider on 127.0.0.1 until "
           "interrupted. Prints one JSON line with the endpoint, the "
           "authentication mode and its credentials, then one line per request."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on; 0 picks a free one."),
                                  tr("N"), QStringLiteral("0"));
    const QCommandLineOption group(QStringLiteral("group"), tr("Name of the seeded group."), tr("NAME"),
                                   QStringLiteral("SCIM Pilot"));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("Reject what RFC 7643/7644 reject."));
    const QCommandLineOption tls(QStringLiteral("tls"), tr("Serve https with --cert and --key."));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("PEM certificate for --tls."), tr("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), tr("PEM private key for --tls."), tr("FILE"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), tr("Delay every answer."), tr("MS"));
    const QCommandLineOption hang(QStringLiteral("hang"), tr("Never answer any request."));
    const QCommandLineOption fail(QStringLiteral("fail"),
                                  tr("Fault for the Nth matching request (repeatable): METHOD:PATH:N:ACTION, "
                                     "ACTION a status, drop, hang, or 429=SECONDS."),
                                  tr("RULE"));
    const QCommandLineOption anyToken(QStringLiteral("accept-any-token"),
                                      tr("Accept any token, or none: an endpoint open to anyone."));
    const QCommandLineOption html(QStringLiteral("html"),
                                  tr("Answer every request with an HTML login page."));
    const QCommandLineOption plainJson(QStringLiteral("json-content-type"),
                                       tr("Answer application/json instead of application/scim+json."));
    const QCommandLineOption skew(QStringLiteral("date-skew"), tr("Shift the Date header by SECONDS."),
                                  tr("SECONDS"));
    const QCommandLineOption redirect(QStringLiteral("redirect"), tr("Answer every request with 307 to URL."),
                                      tr("URL"));
    const QCommandLineOption notFound(QStringLiteral("not-found-on-empty-filter"),
                                      tr("Answer 404 when a filter matches nothing."));
    const QCommandLineOption echoToken(
        QStringLiteral("echo-token"),
        tr("Echo the token back in every error detail and in a response header, as careless services do; "
           "the console masks it wherever it shows an answer."));
    const QCommandLineOption caseExact(
        QStringLiteral("case-exact-usernames"),
        tr("Compare userName case-sensitively in filters, as some services do."));
    const QCommandLineOption dropAttribute(
        QStringLiteral("drop-attribute"),
        tr("Accept but never store this User attribute (repeatable): a SCIM path such as title, "
           "name.formatted, addresses.locality, addresses[type eq \"work\"].locality or "
           "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department."),
        tr("PATH"));
    const QCommandLineOption rejectAttribute(
        QStringLiteral("reject-attribute"),
        tr("Refuse with 400 invalidValue a User write that would store this attribute (repeatable); PATH as "
           "for --drop-attribute."),
        tr("PATH"));
    parser.addOptions({help, port, group, strict, tls, cert, key, latency, hang, fail, anyToken, html,
                       plainJson, skew, redirect, notFound, echoToken, caseExact});
    const QCommandLineOption rejectQuietly(
        QStringLiteral("reject-quietly"),
        tr("Leave the attribute's name out of a --reject-attribute refusal, as some services do."));
    parser.addOptions({dropAttribute, rejectAttribute, rejectQuietly});
    const QCommandLineOption auth(
        QStringLiteral("auth"),
        //: %1 is a comma-separated list of authentication modes; keep the mode names as they are
        tr("How clients authenticate: %1. bearer sends “Bearer TOKEN”, header the token alone (Okta’s "
           "HTTP Header), basic a user name and password, oauth-client-credentials access tokens from the "
           "sandbox’s token endpoint.")
            .arg(sandbox::authModeNames().join(QStringLiteral(", "))),
        tr("MODE"), QStringLiteral("bearer"));
    const QCommandLineOption oauthLifetime(QStringLiteral("oauth-lifetime"),
                                           tr("Lifetime of issued access tokens (1 to 86400)."),
                                           tr("SECONDS"));
    const QCommandLineOption oauthJwt(QStringLiteral("oauth-jwt"),
                                      tr("Issue signed JWT access tokens instead of opaque ones."));
    const QCommandLineOption oauthFail(QStringLiteral("oauth-fail"),
                                       tr("Answer every token request with this status and server_error."),
                                       tr("STATUS"));
    const QCommandLineOption oauthLatency(QStringLiteral("oauth-latency-ms"),
                                          tr("Delay every token endpoint answer."), tr("MS"));
    const QCommandLineOption oauthAnySecret(QStringLiteral("oauth-accept-any-secret"),
                                            tr("Do not check the client secret, as a broken token endpoint "
                                               "would."));
    const QCommandLineOption oauthClientAuth(
        QStringLiteral("oauth-client-auth"),
        tr("Client authentication the token endpoint accepts: basic (HTTP Basic), form (client_id and "
           "client_secret in the body) or both."),
        tr("WAY"), QStringLiteral("both"));
    const QCommandLineOption oauthScopes(QStringLiteral("oauth-scopes"),
                                         tr("Scopes a token request may ask for, comma-separated; any when "
                                            "not given."),
                                         tr("SCOPES"));
    const QCommandLineOption oauthRedirect(QStringLiteral("oauth-redirect"),
                                           tr("Answer every token request with 307 to URL."), tr("URL"));
    const QList<QCommandLineOption> oauthOptions {oauthLifetime, oauthJwt,       oauthFail,
                                                  oauthLatency,  oauthAnySecret, oauthClientAuth,
                                                  oauthScopes,   oauthRedirect};
    parser.addOptions({auth});
    parser.addOptions(oauthOptions);
    const QCommandLineOption tlsMinVersion(QStringLiteral("tls-min-version"),
                                           tr("Lowest TLS version --tls offers: 1.2 (default) or 1.3."),
                                           tr("VERSION"));
    const QCommandLineOption tlsMaxVersion(QStringLiteral("tls-max-version"),
                                           tr("Highest TLS version --tls offers: 1.2 or 1.3 (default)."),
                                           tr("VERSION"));
    const QCommandLineOption tlsCiphers(
        QStringLiteral("tls-ciphers"),
        tr("TLS 1.2 cipher suites --tls offers, OpenSSL names separated by colons or commas (e.g. "
           "ECDHE-ECDSA-AES128-GCM-SHA256); OpenSSL’s defaults when not given. TLS 1.3 suites stay "
           "OpenSSL’s defaults."),
        tr("LIST"));
    const QList<QCommandLineOption> tlsOptions {tlsMinVersion, tlsMaxVersion, tlsCiphers};
    parser.addOptions(tlsOptions);
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        tr("Answer 429 to SCIM requests beyond N in any one second (1 to 10000); refused requests do not "
           "count, and the token endpoint is not limited."),
        tr("N"));
    const QCommandLineOption retryAfter(
        QStringLiteral("retry-after"),
        tr("Retry-After of --rate-limit’s 429s (0 to 86400; default 1), or none to send no Retry-After."),
        tr("SECONDS|none"));
    parser.addOptions({rateLimit, retryAfter});
    if (const auto stop = parseArguments(parser, name(), arguments, help, output))
        co_return *stop;
    const auto integer = [&](const QCommandLineOption &option, int minimum, int maximum, int &out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        out = parser.value(option).toInt(&ok);
        if (ok && out >= minimum && out <= maximum)
            return true;
        //: %1 is an option name, %2 the minimum, %3 the maximum, %4 the value given
        output.err(tr("--%1 must be a whole number from %2 to %3, not “%4”.\n")
                       .arg(option.names().constFirst())
                       .arg(minimum)
                       .arg(maximum)
                       .arg(parser.value(option)));
        return false;
    };

    const auto attributePaths = [&](const QCommandLineOption &option, QStringList &out) {
        out = parser.values(option);
        for (const QString &path : std::as_const(out)) {
            if (sandbox::AttributeFilter::isValidPath(path))
                continue;
            output.err(
                //: %1 is an option name, %2 the value given
                tr("--%1 needs a SCIM attribute path such as title, name.formatted or "
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department, not “%2”.\n")
                    .arg(option.names().constFirst(), path));
            return false;
        }
        return true;
    };

    const auto absoluteUrl = [&](const QCommandLineOption &option, QUrl &out) {
        if (!parser.isSet(option))
            return true;
        out = QUrl(parser.value(option), QUrl::StrictMode);
        if (out.isValid() && !out.host().isEmpty())
            return true;
        //: %1 is an option name, %2 the value given
        output.err(tr("--%1 needs an absolute URL, not “%2”.\n")
                       .arg(option.names().constFirst(), parser.value(option)));
        return false;
    };

    sandbox::TenantSetup setup;
    sandbox::ServerConfig &config = setup.config;
    const auto mode = sandbox::parseAuthMode(parser.value(auth));
    if (!mode) {
        //: %1 is a comma-separated list of authentication modes, %2 the value given
        output.err(tr("--auth must be one of %1, not “%2”.\n")
                       .arg(sandbox::authModeNames().join(QStringLiteral(", ")), parser.value(auth)));
        co_return Usage;
    }
    config.auth = *mode;
    for (const QCommandLineOption &option : oauthOptions) {
        if (parser.isSet(option) && config.auth != sandbox::AuthMode::OAuthClientCredentials) {
            //: %1 is an option name
            output.err(tr("--%1 needs --auth oauth-client-credentials.\n").arg(option.names().constFirst()));
            co_return Usage;
        }
    }
    config.jwtAccessTokens = parser.isSet(oauthJwt);
    config.strict = parser.isSet(strict);
    config.groupName = parser.value(group);
    if (!attributePaths(dropAttribute, config.dropAttributes)
        || !attributePaths(rejectAttribute, config.rejectAttributes))
        co_return Usage;
    int portNumber = 0;
    sandbox::Faults &faults = setup.faults;
    if (!integer(port, 0, 65535, portNumber) || !integer(latency, 0, 600000, faults.latencyMs)
        || !integer(skew, -31536000, 31536000, faults.dateSkewSeconds)
        || !integer(oauthLifetime, 1, 86400, config.oauthLifetimeSeconds)
        || !integer(oauthFail, 400, 599, faults.oauthStatus)
        || !integer(oauthLatency, 0, 600000, faults.oauthLatencyMs))
        co_return Usage;
    faults.oauthAcceptAnySecret = parser.isSet(oauthAnySecret);
    faults.oauthClientAuth = parser.value(oauthClientAuth);
    if (!QStringList {QStringLiteral("basic"), QStringLiteral("form"), QStringLiteral("both")}.contains(
            faults.oauthClientAuth)) {
        output.err(
            //: %1 is the value given
            tr("--oauth-client-auth must be basic, form or both, not “%1”.\n").arg(faults.oauthClientAuth));
        co_return Usage;
    }
    if (parser.isSet(oauthScopes)) {
        for (const QString &scope : parser.value(oauthScopes).split(QLatin1Char(','), Qt::SkipEmptyParts))
            faults.oauthScopes.append(scope.trimmed());
        faults.oauthScopes.removeAll(QString());
        if (faults.oauthScopes.isEmpty()) {
            output.err(tr("--oauth-scopes needs a comma-separated list of scopes.\n"));
            co_return Usage;
        }
    }
    if (!integer(rateLimit, 1, 10000, faults.rateLimitPerSecond))
        co_return Usage;
    if (parser.isSet(retryAfter)) {
        if (!parser.isSet(rateLimit)) {
            output.err(tr("--retry-after needs --rate-limit.\n"));
            co_return Usage;
        }
        const QString value = parser.value(retryAfter);
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (value == QLatin1String("none")) {
            faults.rateLimitRetryAfterSeconds = std::nullopt;
        } else if (ok && seconds >= 0 && seconds <= 86400) {
            faults.rateLimitRetryAfterSeconds = seconds;
        } else {
            output.err(
                //: %1 is the value given
                tr("--retry-after must be a whole number from 0 to 86400 or none, not “%1”.\n").arg(value));
            co_return Usage;
        }
    }
    faults.hangAll = parser.isSet(hang);
    faults.acceptAnyToken = parser.isSet(anyToken);
    faults.acceptNoToken = parser.isSet(anyToken);
    faults.htmlPages = parser.isSet(html);
    faults.plainJsonContentType = parser.isSet(plainJson);
    faults.notFoundOnEmptyFilter = parser.isSet(notFound);
    faults.echoToken = parser.isSet(echoToken);
    faults.caseExactUserNames = parser.isSet(caseExact);
    if (!absoluteUrl(redirect, faults.redirectTo) || !absoluteUrl(oauthRedirect, faults.oauthRedirectTo))
        co_return Usage;
    const QStringList rules = parser.values(fail);
    for (const QString &spec : rules) {
        QString error;
        const auto rule = sandbox::FaultRule::parse(spec, &error);
        if (!rule) {
            output.err(error + QLatin1Char('\n'));
            co_return Usage;
        }
        faults.rules.append(*rule);
    }

    sandbox::TlsOffer tlsOffer;
    for (const QCommandLineOption &option : tlsOptions) {
        if (parser.isSet(option) && !parser.isSet(tls)) {
            //: %1 is an option name
            output.err(tr("--%1 needs --tls.\n").arg(option.names().constFirst()));
            co_return Usage;
        }
    }
    const auto tlsVersion = [&](const QCommandLineOption &option, sandbox::TlsOffer::Version &out) {
        if (!parser.isSet(option))
            return true;
        const auto version = sandbox::parseTlsVersion(parser.value(option));
        if (version) {
            out = *version;
            return true;
        }
        //: %1 is an option name, %2 the value given
        output.err(tr("--%1 must be 1.2 or 1.3, not “%2”.\n")
                       .arg(option.names().constFirst(), parser.value(option)));
        return false;
    };
    if (!tlsVersion(tlsMinVersion, tlsOffer.minVersion) || !tlsVersion(tlsMaxVersion, tlsOffer.maxVersion))
        co_return Usage;
    if (tlsOffer.minVersion > tlsOffer.maxVersion) {
        //: %1 is the minimum TLS version given, %2 the maximum, e.g. 1.3 and 1.2
        output.err(tr("--tls-min-version %1 is above --tls-max-version %2.\n")
                       .arg(sandbox::tlsVersionName(tlsOffer.minVersion),
                            sandbox::tlsVersionName(tlsOffer.maxVersion)));
        co_return Usage;
    }
    if (parser.isSet(tlsCiphers) && !tlsCipherList(parser.value(tlsCiphers), tlsOffer.ciphers, output))
        co_return Usage;

    setup.rejectionsNameNoAttribute = parser.isSet(rejectQuietly);
    if (parser.isSet(tls)) {
        if (!parser.isSet(cert) || !parser.isSet(key)) {
            output.err(tr("--tls needs --cert FILE and --key FILE (PEM).\n"));
            co_return Usage;
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(parser.value(cert));
        QFile keyFile(parser.value(key));
        QSslKey privateKey;
        if (keyFile.open(QIODevice::ReadOnly)) {
            const QByteArray pem = keyFile.readAll();
            privateKey = QSslKey(pem, QSsl::Rsa);
            if (privateKey.isNull())
                privateKey = QSslKey(pem, QSsl::Ec);
        }
        if (certificates.isEmpty() || privateKey.isNull()) {
            output.err(certificates.isEmpty()
                           //: %1 is the certificate file path
                           ? tr("No PEM certificate in %1.\n").arg(parser.value(cert))
                           //: %1 is the private key file path
                           : tr("No PEM private key (RSA or EC) in %1.\n").arg(parser.value(key)));
            co_return Usage;
        }
        setup.tls = sandbox::TenantSetup::Tls {certificates.constFirst(), privateKey, tlsOffer};
    }
    setup.port = quint16(portNumber);
    const sandbox::OpenedTenant opened = sandbox::openTenant(setup);
    if (!opened.pluginError.isEmpty()) {
        output.err(opened.pluginError + QLatin1Char('\n'));
        co_return Environment;
    }
    if (!opened.tenant) {
        //: %1 is the port number
        output.err(tr("Could not listen on 127.0.0.1:%1.\n").arg(portNumber));
        co_return Environment;
    }
    sandbox::Tenant &server = *opened.tenant;

    QJsonObject started {{QStringLiteral("endpoint"), server.endpoint()},
                         {QStringLiteral("auth"), sandbox::authModeName(server.authMode())}};
    switch (server.authMode()) {
    case sandbox::AuthMode::Bearer:
    case sandbox::AuthMode::Header:
        started.insert(QStringLiteral("token"), QString::fromLatin1(server.token()));
        break;
    case sandbox::AuthMode::Basic:
        started.insert(QStringLiteral("username"), server.username());
        started.insert(QStringLiteral("password"), QString::fromLatin1(server.password()));
        break;
    case sandbox::AuthMode::OAuthClientCredentials:
        started.insert(QStringLiteral("tokenEndpoint"), server.tokenEndpoint());
        started.insert(QStringLiteral("clientId"), server.clientId());
        started.insert(QStringLiteral("clientSecret"), QString::fromLatin1(server.clientSecret()));
        break;
    }
    output.out(QString::fromUtf8(QJsonDocument(started).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    server.setRequestObserver([&output](const sandbox::ReceivedRequest &request) {
        output.out(QStringLiteral("%1 %2 %3\n")
                       .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.target))
                       .arg(request.status == 0 ? QStringLiteral("-") : QString::number(request.status)));
    });

    common::SignalWatcher signals;
    co_await qCoro(&signals, &common::SignalWatcher::interrupted);
    co_return Passed;
}

} // namespace cli
