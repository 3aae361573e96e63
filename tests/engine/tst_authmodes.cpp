// Every authentication mode against the sandbox: verify's steps per mode, the OAuth client's grant,
// cache and renewal, each token-endpoint failure with its own verdict, and no secret in a result.
#include "engine/pilot/pilotrun.h"
#include "engine/run/target.h"
#include "engine/verify/verifyrun.h"
#include "sandbox/sandboxserver.h"
#include "scim/oauthclient.h"
#include "scim/scimclient.h"
#include "support/testhttpserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using engine::RunResult;
using engine::StepResult;
using engine::VerifyRun;
using Outcome = StepResult::Outcome;
using sandbox::SandboxServer;
using namespace std::chrono_literals;

namespace {

/// A connection to @p server in its own mode, with its own credentials.
scim::Connection connectionTo(const SandboxServer &server, const QString &tokenEndpoint = {})
{
    scim::Connection c;
    c.endpoint = scim::EndpointUrl::parse(server.endpoint());
    c.timeout = 10s;
    switch (server.authMode()) {
    case sandbox::AuthMode::Bearer:
        c.auth.mode = scim::AuthMode::Bearer;
        c.auth.secret = common::Secret(server.token());
        break;
    case sandbox::AuthMode::Header:
        c.auth.mode = scim::AuthMode::Header;
        c.auth.secret = common::Secret(server.token());
        break;
    case sandbox::AuthMode::Basic:
        c.auth.mode = scim::AuthMode::Basic;
        c.auth.username = server.username();
        c.auth.secret = common::Secret(server.password());
        break;
    case sandbox::AuthMode::OAuthClientCredentials:
        c.auth.mode = scim::AuthMode::OAuthClientCredentials;
        c.auth.clientId = server.clientId();
        c.auth.secret = common::Secret(server.clientSecret());
        c.auth.tokenEndpoint
            = scim::EndpointUrl::parse(tokenEndpoint.isEmpty() ? server.tokenEndpoint() : tokenEndpoint);
        break;
    }
    return c;
}

SandboxServer::Config configFor(sandbox::AuthMode mode, int lifetime = 3600, bool jwt = false)
{
    SandboxServer::Config config;
    config.auth = mode;
    config.oauthLifetimeSeconds = lifetime;
    config.jwtAccessTokens = jwt;
    return config;
}

const StepResult &step(const RunResult &result, const QString &id)
{
    static const StepResult missing;
    for (const StepResult &s : result.steps) {
        if (s.id == id)
            return s;
    }
    return missing;
}

QString describe(const RunResult &result)
{
    QStringList lines;
    for (const StepResult &s : result.steps)
        lines.append(QStringLiteral("%1=%2 (%3 | %4)")
                         .arg(s.id, StepResult::outcomeName(s.outcome), s.detail, s.hint));
    return lines.join(QLatin1Char('\n'));
}

QStringList ids(const RunResult &result)
{
    QStringList out;
    for (const StepResult &s : result.steps)
        out.append(s.id);
    return out;
}

} // namespace

class TestAuthModes : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    RunResult verify(const SandboxServer &server, std::optional<common::Idp> idp = {},
                     scim::Connection connection = {})
    {
        engine::VerifyOptions options;
        options.endpointAsGiven = server.endpoint();
        options.groupName = QStringLiteral("SCIM Pilot");
        options.idp = idp;
        if (!connection.endpoint.isValid())
            connection = connectionTo(server);
        VerifyRun run(&m_network, std::move(connection), options);
        return QCoro::waitFor(run.run());
    }

    static void verifyNoSecretIn(const RunResult &result, const SandboxServer &server)
    {
        const QByteArray json = QJsonDocument(result.toJson()).toJson();
        for (const QByteArray &secret : {server.token(), server.password(), server.clientSecret()})
            QVERIFY2(secret.size() < 4 || !json.contains(secret), secret.constData());
        QVERIFY(!json.contains("access_token\":\"") || json.contains("access_token\":\"****\""));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyModeVerifies_data()
    {
        QTest::addColumn<sandbox::AuthMode>("mode");
        QTest::addColumn<QString>("idp");
        QTest::newRow("bearer") << sandbox::AuthMode::Bearer << QStringLiteral("entra");
        QTest::newRow("header") << sandbox::AuthMode::Header << QStringLiteral("okta");
        QTest::newRow("basic") << sandbox::AuthMode::Basic << QStringLiteral("okta");
        QTest::newRow("oauth") << sandbox::AuthMode::OAuthClientCredentials << QStringLiteral("entra");
    }

    void everyModeVerifies()
    {
        QFETCH(sandbox::AuthMode, mode);
        QFETCH(QString, idp);
        SandboxServer server(configFor(mode));
        QVERIFY(server.start());
        const RunResult result = verify(server, common::idpFromName(idp));
        const auto typed = scim::parseAuthMode(sandbox::authModeName(mode));
        QCOMPARE(ids(result), VerifyRun::stepIds(*typed));
        for (const StepResult &s : result.steps)
            QVERIFY2(s.outcome != Outcome::Failed, qPrintable(describe(result)));
        QCOMPARE(step(result, QStringLiteral("auth-accepts-token")).outcome, Outcome::Passed);
        QCOMPARE(result.authMode, sandbox::authModeName(mode));
        if (mode == sandbox::AuthMode::OAuthClientCredentials) {
            QCOMPARE(step(result, QStringLiteral("oauth-grant")).outcome, Outcome::Passed);
            QCOMPARE(step(result, QStringLiteral("oauth-rejects-bad-secret")).outcome, Outcome::Passed);
            QCOMPARE(result.clientAuthentication, QStringLiteral("basic"));
            QCOMPARE(server.grantsIssued(), 1); // one grant served every request of the run
            QCOMPARE(result.accessTokens, 1);
        }
        if (mode == sandbox::AuthMode::Basic)
            QCOMPARE(step(result, QStringLiteral("basic-rejects-bad-password")).outcome, Outcome::Passed);
        verifyNoSecretIn(result, server);
    }

    void aModeTheIdpLacksFailsWithTheFix_data()
    {
        QTest::addColumn<sandbox::AuthMode>("mode");
        QTest::addColumn<QString>("idp");
        QTest::addColumn<QString>("detail");
        QTest::newRow("basic with entra")
            << sandbox::AuthMode::Basic << QStringLiteral("entra") << QStringLiteral("does not offer Basic");
        QTest::newRow("header with entra")
            << sandbox::AuthMode::Header << QStringLiteral("entra") << QStringLiteral("Bearer <token>");
        QTest::newRow("oauth with okta")
            << sandbox::AuthMode::OAuthClientCredentials << QStringLiteral("okta")
            << QStringLiteral("Okta has no client credentials mode");
    }

    void aModeTheIdpLacksFailsWithTheFix()
    {
        QFETCH(sandbox::AuthMode, mode);
        QFETCH(QString, idp);
        QFETCH(QString, detail);
        SandboxServer server(configFor(mode));
        QVERIFY(server.start());
        const RunResult chosen = verify(server, common::idpFromName(idp));
        const StepResult &verdict = step(chosen, QStringLiteral("auth-mode"));
        QCOMPARE(verdict.outcome, Outcome::Failed);
        QVERIFY2(verdict.detail.contains(detail), qPrintable(verdict.detail));
        QVERIFY(!verdict.hint.isEmpty());
        QCOMPARE(chosen.outcome, RunResult::Outcome::Failed);
        // Without a chosen IdP, the other one may still use it: a warning.
        QCOMPARE(step(verify(server), QStringLiteral("auth-mode")).outcome, Outcome::Warning);
    }

    void headerModeSendsTheTokenWithoutBearer()
    {
        SandboxServer server(configFor(sandbox::AuthMode::Header));
        QVERIFY(server.start());
        scim::Connection bearer = connectionTo(server);
        bearer.auth.mode = scim::AuthMode::Bearer; // the sandbox in header mode refuses "Bearer …"
        QCOMPARE(
            step(verify(server, common::Idp::Okta, std::move(bearer)), QStringLiteral("auth-accepts-token"))
                .outcome,
            Outcome::Failed);
        QCOMPARE(step(verify(server, common::Idp::Okta), QStringLiteral("auth-accepts-token")).outcome,
                 Outcome::Passed);
    }

    void eachTokenEndpointFailureHasItsVerdict_data()
    {
        QTest::addColumn<QString>("knob");
        QTest::addColumn<QString>("stepId");
        QTest::addColumn<QString>("detail");
        QTest::newRow("wrong secret") << QStringLiteral("wrong-secret") << QStringLiteral("oauth-grant")
                                      << QStringLiteral("invalid_client");
        QTest::newRow("invalid scope")
            << QStringLiteral("scope") << QStringLiteral("oauth-grant") << QStringLiteral("invalid_scope");
        QTest::newRow("server error")
            << QStringLiteral("500") << QStringLiteral("oauth-grant") << QStringLiteral("HTTP 500");
        QTest::newRow("redirect") << QStringLiteral("redirect") << QStringLiteral("oauth-token-endpoint")
                                  << QStringLiteral("redirects");
        QTest::newRow("accepts any secret")
            << QStringLiteral("any-secret") << QStringLiteral("oauth-rejects-bad-secret")
            << QStringLiteral("wrong client secret");
    }

    void eachTokenEndpointFailureHasItsVerdict()
    {
        QFETCH(QString, knob);
        QFETCH(QString, stepId);
        QFETCH(QString, detail);
        SandboxServer server(configFor(sandbox::AuthMode::OAuthClientCredentials));
        QVERIFY(server.start());
        scim::Connection connection = connectionTo(server);
        if (knob == QLatin1String("wrong-secret"))
            connection.auth.secret = common::Secret("not-the-client-secret");
        else if (knob == QLatin1String("scope")) {
            server.faults().oauthScopes = {QStringLiteral("scim")};
            connection.auth.scope = QStringLiteral("everything");
        } else if (knob == QLatin1String("500"))
            server.faults().oauthStatus = 500;
        else if (knob == QLatin1String("redirect"))
            server.faults().oauthRedirectTo = QUrl(QStringLiteral("https://login.example.com/token"));
        else if (knob == QLatin1String("any-secret"))
            server.faults().oauthAcceptAnySecret = true;
        const RunResult result = verify(server, common::Idp::Entra, std::move(connection));
        const StepResult &s = step(result, stepId);
        QVERIFY2(s.outcome == Outcome::Failed, qPrintable(describe(result)));
        QVERIFY2(s.detail.contains(detail), qPrintable(s.detail));
        QVERIFY(!s.hint.isEmpty());
        int tokenRequests = 0;
        for (const auto &request : server.received())
            tokenRequests += request.target.startsWith("/oauth/token") ? 1 : 0;
        // Refused credentials are not tried again and again: Basic, then form fields, then no more.
        if (knob == QLatin1String("wrong-secret") || knob == QLatin1String("scope"))
            QVERIFY2(tokenRequests <= 2, qPrintable(QString::number(tokenRequests)));
        if (knob != QLatin1String("any-secret")) {
            // No access token: the steps that need one are skipped, not failed one by one.
            QCOMPARE(step(result, QStringLiteral("auth-accepts-token")).outcome, Outcome::Skipped);
            QCOMPARE(step(result, QStringLiteral("auth-rejects-missing-token")).outcome, Outcome::Passed);
            QCOMPARE(server.grantsIssued(), 0);
        }
        verifyNoSecretIn(result, server);
    }

    void aTokenEndpointWithAnUntrustedCertificateFails()
    {
        QTemporaryDir directory;
        const auto certificate = testsupport::generateCertificate(directory.path());
        SandboxServer tokens(configFor(sandbox::AuthMode::OAuthClientCredentials));
        tokens.useTls(certificate.certificate, certificate.key);
        QVERIFY(tokens.start());
        SandboxServer server(configFor(sandbox::AuthMode::OAuthClientCredentials));
        QVERIFY(server.start());
        const RunResult result
            = verify(server, common::Idp::Entra, connectionTo(server, tokens.tokenEndpoint()));
        const StepResult &s = step(result, QStringLiteral("oauth-token-endpoint"));
        QVERIFY2(s.outcome == Outcome::Failed, qPrintable(describe(result)));
        QVERIFY2(s.detail.contains(QLatin1String("TLS")), qPrintable(s.detail));
        QCOMPARE(tokens.grantsIssued(), 0);
        // Nothing was sent over it: the handshake failed before the secret could go.
        for (const auto &request : tokens.received())
            QVERIFY(!request.body.contains(server.clientSecret()));
    }

    void accessTokensTheServiceRefusesAreNamedSo()
    {
        // Tokens from another service's token endpoint: granted, renewed once, refused again.
        SandboxServer other(configFor(sandbox::AuthMode::OAuthClientCredentials));
        QVERIFY(other.start());
        SandboxServer server(configFor(sandbox::AuthMode::OAuthClientCredentials));
        QVERIFY(server.start());
        scim::Connection connection = connectionTo(server, other.tokenEndpoint());
        connection.auth.clientId = other.clientId();
        connection.auth.secret = common::Secret(other.clientSecret());
        const RunResult result = verify(server, common::Idp::Entra, std::move(connection));
        QCOMPARE(step(result, QStringLiteral("oauth-grant")).outcome, Outcome::Passed);
        const StepResult &accepts = step(result, QStringLiteral("auth-accepts-token"));
        QCOMPARE(accepts.outcome, Outcome::Failed);
        QVERIFY2(accepts.detail.contains(QLatin1String("freshly obtained access token")),
                 qPrintable(accepts.detail));
        QVERIFY(accepts.hint.contains(QLatin1String("audience")));
        // Refused, a new grant, refused again — and no more. Requests sent together share one
        // renewal, so the grant is recorded by whichever request asked first.
        QVERIFY2(accepts.exchanges.size() == 2 || accepts.exchanges.size() == 3,
                 qPrintable(describe(result)));
        qsizetype refusedHere = 0;
        for (const scim::Exchange &exchange : accepts.exchanges)
            refusedHere
                += exchange.url.toString().startsWith(server.endpoint()) && exchange.status == 401 ? 1 : 0;
        QCOMPARE(refusedHere, 2);
        // Each refused request renews once at most; requests refused together share a renewal.
        QVERIFY2(other.grantsIssued() >= 2 && other.grantsIssued() <= 12,
                 qPrintable(QString::number(other.grantsIssued())));
    }

    void secretsAreCleanedAsTheirModeNeeds()
    {
        QString notice;
        common::Secret header("  SSWS 00abc-def\n");
        QVERIFY(!engine::Targets::cleanSecret(scim::AuthMode::Header, header, &notice));
        QCOMPARE(header.view(), QByteArrayView("SSWS 00abc-def")); // a header value keeps its inner space
        common::Secret bearer("Bearer abc\ndef\n");
        QVERIFY(!engine::Targets::cleanSecret(scim::AuthMode::Bearer, bearer, &notice));
        QCOMPARE(bearer.view(), QByteArrayView("abcdef"));
        common::Secret password(" pass word \n");
        QVERIFY(!engine::Targets::cleanSecret(scim::AuthMode::Basic, password, &notice));
        QCOMPARE(password.view(), QByteArrayView(" pass word "));
        common::Secret control("se\x01cret");
        QVERIFY(engine::Targets::cleanSecret(scim::AuthMode::OAuthClientCredentials, control, &notice));
    }

    void aTokenAnswerThatIsNotJsonIsMaskedByName()
    {
        const QByteArray cut
            = R"({"token_type":"Bearer","access_token":"live-token-0123456789","expires_in":36)";
        const QByteArray masked = scim::redact::body(cut, {});
        QVERIFY2(!masked.contains("live-token-0123456789"), masked.constData());
        QVERIFY(masked.contains(R"("access_token":"****")"));
        const QByteArray form = "grant_type=client_credentials&client_id=a&client_secret=s3cr3t%2Bvalue";
        QCOMPARE(scim::redact::body(form, {}),
                 QByteArray("grant_type=client_credentials&client_id=a&client_secret=****"));
    }

    void formFieldsOnlyIsAWarningAndRemembered()
    {
        SandboxServer server(configFor(sandbox::AuthMode::OAuthClientCredentials));
        server.faults().oauthClientAuth = QStringLiteral("form");
        QVERIFY(server.start());
        const RunResult result = verify(server, common::Idp::Entra);
        QCOMPARE(step(result, QStringLiteral("oauth-grant")).outcome, Outcome::Warning);
        QCOMPARE(result.clientAuthentication, QStringLiteral("form"));
        QCOMPARE(step(result, QStringLiteral("oauth-rejects-bad-secret")).outcome, Outcome::Passed);
        QCOMPARE(step(result, QStringLiteral("auth-accepts-token")).outcome, Outcome::Passed);
        QCOMPARE(result.toJson()
                     .value(QLatin1String("auth"))
                     .toObject()
                     .value(QLatin1String("clientAuthentication")),
                 QJsonValue(QStringLiteral("form")));
    }

    void theLifetimeAndTheJwtAreShown()
    {
        SandboxServer server(configFor(sandbox::AuthMode::OAuthClientCredentials, 600, true));
        QVERIFY(server.start());
        const RunResult result = verify(server, common::Idp::Entra);
        const StepResult &lifetime = step(result, QStringLiteral("oauth-token-lifetime"));
        QCOMPARE(lifetime.outcome, Outcome::Warning); // 10 minutes: under Microsoft's 60
        QVERIFY2(lifetime.detail.contains(QLatin1String("10 minute")), qPrintable(lifetime.detail));
        QVERIFY2(lifetime.detail.contains(QLatin1String("A JWT")), qPrintable(lifetime.detail));
        QVERIFY2(lifetime.detail.contains(server.endpoint()), qPrintable(lifetime.detail)); // aud
        QVERIFY2(lifetime.detail.contains(server.origin()), qPrintable(lifetime.detail)); // iss
        SandboxServer sound(configFor(sandbox::AuthMode::OAuthClientCredentials, 7200));
        QVERIFY(sound.start());
        QCOMPARE(step(verify(sound, common::Idp::Entra), QStringLiteral("oauth-token-lifetime")).outcome,
                 Outcome::Passed);
    }

    void aRefusedAccessTokenIsRenewedOnce()
    {
        SandboxServer server(configFor(sandbox::AuthMode::OAuthClientCredentials));
        QVERIFY(server.start());
        scim::ScimClient client(&m_network, connectionTo(server));
        const scim::Response first = QCoro::waitFor(client.get(QStringLiteral("Users")));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.exchanges.size(), 2); // the grant, then the request
        QCOMPARE(server.grantsIssued(), 1);
        const scim::Response cached = QCoro::waitFor(client.get(QStringLiteral("Users")));
        QCOMPARE(cached.exchanges.size(), 1);
        server.expireAccessTokens();
        const scim::Response renewed = QCoro::waitFor(client.get(QStringLiteral("Users")));
        QCOMPARE(renewed.status, 200);
        QCOMPARE(renewed.exchanges.size(), 3); // refused with 401, a new grant, the request again
        QCOMPARE(renewed.exchanges.at(0).status, 401);
        QCOMPARE(server.grantsIssued(), 2);
        // The token endpoint's answer is recorded without the access token in it.
        for (const scim::Exchange &exchange : renewed.exchanges) {
            QVERIFY(!exchange.responseBody.contains(server.clientSecret()));
            QVERIFY(!exchange.requestBody.contains(server.clientSecret()));
        }
        QVERIFY(renewed.exchanges.at(1).responseBody.contains("\"access_token\":\"****\""));
    }

    void concurrentRequestsShareOneGrant()
    {
        SandboxServer server(configFor(sandbox::AuthMode::OAuthClientCredentials));
        server.faults().oauthLatencyMs = 200;
        QVERIFY(server.start());
        scim::ScimClient client(&m_network, connectionTo(server));
        auto a = client.get(QStringLiteral("Users"));
        auto b = client.get(QStringLiteral("Groups"));
        auto c = client.get(QStringLiteral("ServiceProviderConfig"));
        QCOMPARE(QCoro::waitFor(std::move(a)).status, 200);
        QCOMPARE(QCoro::waitFor(std::move(b)).status, 200);
        QCOMPARE(QCoro::waitFor(std::move(c)).status, 200);
        QCOMPARE(server.grantsIssued(), 1);
    }

    void copyAsCurlReplaysEveryMode_data()
    {
        QTest::addColumn<sandbox::AuthMode>("mode");
        QTest::addColumn<QString>("clientAuth");
        QTest::newRow("bearer") << sandbox::AuthMode::Bearer << QString();
        QTest::newRow("header") << sandbox::AuthMode::Header << QString();
        QTest::newRow("basic") << sandbox::AuthMode::Basic << QString();
        QTest::newRow("oauth, basic") << sandbox::AuthMode::OAuthClientCredentials << QStringLiteral("basic");
        QTest::newRow("oauth, form") << sandbox::AuthMode::OAuthClientCredentials << QStringLiteral("form");
    }

    void copyAsCurlReplaysEveryMode()
    {
        QFETCH(sandbox::AuthMode, mode);
        QFETCH(QString, clientAuth);
        SandboxServer server(configFor(mode));
        if (!clientAuth.isEmpty())
            server.faults().oauthClientAuth = clientAuth; // only this one works
        QVERIFY(server.start());
        scim::Connection connection = connectionTo(server);
        scim::CurlAuth auth {sandbox::authModeName(mode),
                             connection.auth.username,
                             server.tokenEndpoint(),
                             connection.auth.clientId,
                             {},
                             clientAuth};
        scim::ScimClient client(&m_network, std::move(connection));
        const scim::Response recorded = QCoro::waitFor(client.get(QStringLiteral("Users")));
        QCOMPARE(recorded.status, 200);
        const QString command = scim::curlCommand(recorded.exchanges.constLast(), auth);
        for (const QByteArray &secret : {server.token(), server.password(), server.clientSecret()})
            QVERIFY(secret.isEmpty() || !command.toUtf8().contains(secret));
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QString::fromLatin1(server.token()));
        environment.insert(QStringLiteral("SCIM_CONSOLE_PASSWORD"), QString::fromLatin1(server.password()));
        environment.insert(QStringLiteral("SCIM_CONSOLE_CLIENT_SECRET"),
                           QString::fromLatin1(server.clientSecret()));
        shell.setProcessEnvironment(environment);
        QSignalSpy finished(&shell, &QProcess::finished); // the sandbox answers in this thread
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        QVERIFY(finished.wait(30000));
        const QByteArray output = shell.readAllStandardOutput() + shell.readAllStandardError();
        QVERIFY2(output.startsWith("HTTP/1.1 200"),
                 qPrintable(command + QLatin1Char('\n') + QString::fromUtf8(output)));
    }

    void aShortLivedTokenIsRenewedMidPilot_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const engine::DialectId id : engine::PilotDialect::all())
            QTest::newRow(qPrintable(engine::PilotDialect::name(id))) << engine::PilotDialect::name(id);
    }

    void aShortLivedTokenIsRenewedMidPilot()
    {
        QFETCH(QString, dialect);
        SandboxServer server(configFor(sandbox::AuthMode::OAuthClientCredentials, 2));
        server.faults().latencyMs = 150; // the pilot's ~20 requests outlast two lifetimes
        QVERIFY(server.start());
        engine::PilotOptions options;
        options.dialect = *engine::PilotDialect::fromName(dialect);
        options.groupName = QStringLiteral("SCIM Pilot");
        engine::PilotRun run(&m_network, connectionTo(server), options);
        const RunResult result = QCoro::waitFor(run.run());
        for (const StepResult &s : result.steps)
            QVERIFY2(s.outcome != Outcome::Failed, qPrintable(describe(result)));
        QCOMPARE(result.outcome, RunResult::Outcome::Passed);
        QVERIFY(result.cleanup && result.cleanup->leftovers.isEmpty());
        QVERIFY2(server.grantsIssued() >= 2, qPrintable(QString::number(server.grantsIssued())));
        QCOMPARE(result.accessTokens, server.grantsIssued());
        verifyNoSecretIn(result, server);
    }
};

QTEST_GUILESS_MAIN(TestAuthModes)
#include "tst_authmodes.moc"
