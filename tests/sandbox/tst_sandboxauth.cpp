// The sandbox's authentication modes over loopback: what the SCIM endpoint accepts in each mode,
// the OAuth 2 token endpoint (RFC 6749 §4.4, §5) with its errors and knobs, JWT access tokens,
// expiry, and secrets kept out of received().
#include "sandbox/sandboxserver.h"
#include "support/testhttpserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sandbox::AuthMode;
using sandbox::SandboxServer;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray Form = "application/x-www-form-urlencoded";
const QByteArray ClientCredentials = "grant_type=client_credentials";

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    Headers headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

QJsonObject jwtPart(const QByteArray &part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

} // namespace

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_server;

    void startSandbox(AuthMode mode, int lifetime = 3600, bool jwt = false)
    {
        SandboxServer::Config config;
        config.auth = mode;
        config.oauthLifetimeSeconds = lifetime;
        config.jwtAccessTokens = jwt;
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->start());
    }

    Reply send(const QByteArray &method, const QString &url, const Headers &headers = {},
               const QByteArray &body = {}, int timeoutMs = 10000)
    {
        QNetworkRequest request {QUrl(url)};
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply out;
        if (!finished.wait(timeoutMs)) {
            reply->abort();
            reply->deleteLater();
            out.error = QNetworkReply::TimeoutError;
            return out;
        }
        out.error = reply->error();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.json = QJsonDocument::fromJson(out.body).object();
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }

    /// GET /Users with this Authorization header (none when empty).
    Reply scim(const QByteArray &authorization)
    {
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        return send("GET", m_server->endpoint() + QStringLiteral("/Users"), headers);
    }

    Reply tokenRequest(const QByteArray &body, const Headers &extra = {},
                       const QByteArray &contentType = Form, const QByteArray &method = "POST")
    {
        Headers headers {{"Content-Type", contentType}};
        headers.append(extra);
        return send(method, m_server->tokenEndpoint(), headers, body);
    }

    QByteArray formCredentials() const
    {
        return "&client_id=" + QUrl::toPercentEncoding(m_server->clientId())
            + "&client_secret=" + QUrl::toPercentEncoding(QString::fromLatin1(m_server->clientSecret()));
    }

    QByteArray basicCredentials() const
    {
        return basic(m_server->clientId().toUtf8(), m_server->clientSecret());
    }

    /// A fresh access token by form client authentication.
    QByteArray accessToken(const QByteArray &extra = {})
    {
        const Reply reply = tokenRequest(ClientCredentials + formCredentials() + extra);
        if (reply.status != 200)
            qWarning("token request: %d %s", reply.status, reply.body.constData());
        return reply.json.value(QLatin1String("access_token")).toString().toLatin1();
    }

    static void verifyNoStore(const Reply &reply)
    {
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(reply.header("Pragma"), QByteArray("no-cache"));
    }

    static void verifyOAuthError(const Reply &reply, int status, const QString &error)
    {
        QVERIFY2(reply.status == status, reply.body.constData());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        verifyNoStore(reply);
        QCOMPARE(reply.json.value(QLatin1String("error")).toString(), error);
        QVERIFY(!reply.json.value(QLatin1String("error_description")).toString().isEmpty());
        QVERIFY(!reply.json.contains(QLatin1String("access_token")));
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void modeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mode");
        QTest::newRow("bearer") << QStringLiteral("bearer") << int(AuthMode::Bearer);
        QTest::newRow("header") << QStringLiteral("header") << int(AuthMode::Header);
        QTest::newRow("basic") << QStringLiteral("basic") << int(AuthMode::Basic);
        QTest::newRow("oauth-client-credentials")
            << QStringLiteral("oauth-client-credentials") << int(AuthMode::OAuthClientCredentials);
        QTest::newRow("capitalised") << QStringLiteral("Bearer") << -1;
        QTest::newRow("abbreviated") << QStringLiteral("oauth") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void modeNames()
    {
        QFETCH(QString, name);
        QFETCH(int, mode);
        const auto parsed = sandbox::parseAuthMode(name);
        QCOMPARE(parsed.has_value(), mode >= 0);
        if (!parsed)
            return;
        QCOMPARE(int(*parsed), mode);
        QCOMPARE(sandbox::authModeName(*parsed), name);
        QVERIFY(sandbox::authModeNames().contains(name));
    }

    void credentialsPerMode()
    {
        startSandbox(AuthMode::OAuthClientCredentials);
        QCOMPARE(m_server->authMode(), AuthMode::OAuthClientCredentials);
        QCOMPARE(m_server->tokenEndpoint(), m_server->origin() + QStringLiteral("/oauth/token"));
        QVERIFY(m_server->tokenEndpoint().startsWith(QLatin1String("http://127.0.0.1:")));
        QCOMPARE(m_server->clientId(), QStringLiteral("scim-sandbox-client"));
        QVERIFY(m_server->clientSecret().size() >= 32);
        QVERIFY(m_server->clientSecret() != m_server->token());
        QCOMPARE(m_server->username(), QStringLiteral("scim-sandbox"));
        QVERIFY(m_server->password().size() >= 32);
        QVERIFY(m_server->password() != m_server->token());
        QCOMPARE(m_server->grantsIssued(), 0);

        QTemporaryDir directory;
        const auto generated = testsupport::generateCertificate(directory.path());
        QVERIFY(!generated.certificate.isNull());
        SandboxServer secure(SandboxServer::Config {false, QStringLiteral("SCIM Pilot"), {}});
        secure.useTls(generated.certificate, generated.key);
        QVERIFY(secure.start());
        QVERIFY(secure.tokenEndpoint().startsWith(QLatin1String("https://127.0.0.1:")));
        QVERIFY(secure.tokenEndpoint().endsWith(QLatin1String("/oauth/token")));
        QCOMPARE(secure.authMode(), AuthMode::Bearer);
    }

    void scimAuthorization_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("authorization"); ///< {token}, {basic}, {access} filled in
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("challenge"); ///< a prefix of WWW-Authenticate
        QTest::addColumn<QString>("detail"); ///< part of the SCIM Error's detail

        const int bearer = int(AuthMode::Bearer);
        const int header = int(AuthMode::Header);
        const int basicMode = int(AuthMode::Basic);
        const int oauth = int(AuthMode::OAuthClientCredentials);
        const QByteArray bearerRealm = "Bearer realm=";
        const QByteArray basicRealm = "Basic realm=";
        const QByteArray invalidToken
            = "Bearer error=\"invalid_token\", error_description=\"The access token is not valid\"";

        QTest::newRow("bearer: Bearer token")
            << bearer << QByteArray("Bearer {token}") << 200 << QByteArray() << QString();
        QTest::newRow("bearer: none")
            << bearer << QByteArray() << 401 << bearerRealm << QStringLiteral("No bearer token");
        QTest::newRow("bearer: raw token")
            << bearer << QByteArray("{token}") << 401 << bearerRealm << QStringLiteral("not valid");
        QTest::newRow("bearer: wrong token")
            << bearer << QByteArray("Bearer nope") << 401 << bearerRealm << QStringLiteral("not valid");
        QTest::newRow("bearer: basic")
            << bearer << QByteArray("{basic}") << 401 << bearerRealm << QStringLiteral("not valid");

        QTest::newRow("header: raw token")
            << header << QByteArray("{token}") << 200 << QByteArray() << QString();
        QTest::newRow("header: Bearer token") << header << QByteArray("Bearer {token}") << 401 << bearerRealm
                                              << QStringLiteral("without “Bearer ”");
        QTest::newRow("header: none")
            << header << QByteArray() << 401 << bearerRealm << QStringLiteral("No token was sent");
        QTest::newRow("header: wrong token")
            << header << QByteArray("nope") << 401 << bearerRealm << QStringLiteral("not valid");
        QTest::newRow("header: basic")
            << header << QByteArray("{basic}") << 401 << bearerRealm << QStringLiteral("not valid");

        QTest::newRow("basic: credentials")
            << basicMode << QByteArray("{basic}") << 200 << QByteArray() << QString();
        QTest::newRow("basic: none") << basicMode << QByteArray() << 401 << basicRealm
                                     << QStringLiteral("No Basic credentials");
        QTest::newRow("basic: wrong password") << basicMode << basic("scim-sandbox", "wrong") << 401
                                               << basicRealm << QStringLiteral("user name or password");
        QTest::newRow("basic: wrong user") << basicMode << QByteArray("{basic-wrong-user}") << 401
                                           << basicRealm << QStringLiteral("user name or password");
        QTest::newRow("basic: not base64") << basicMode << QByteArray("Basic !!!") << 401 << basicRealm
                                           << QStringLiteral("does not hold Basic credentials");
        QTest::newRow("basic: no colon")
            << basicMode << QByteArray("Basic " + QByteArray("nocolon").toBase64()) << 401 << basicRealm
            << QStringLiteral("does not hold Basic");
        QTest::newRow("basic: Bearer token") << basicMode << QByteArray("Bearer {token}") << 401 << basicRealm
                                             << QStringLiteral("does not hold Basic");

        QTest::newRow("oauth: access token")
            << oauth << QByteArray("Bearer {access}") << 200 << QByteArray() << QString();
        QTest::newRow("oauth: long-lived token") << oauth << QByteArray("Bearer {token}") << 401
                                                 << invalidToken << QStringLiteral("not an access token");
        QTest::newRow("oauth: none") << oauth << QByteArray() << 401 << QByteArray("Bearer realm=")
                                     << QStringLiteral("No access token");
        QTest::newRow("oauth: unknown token") << oauth << QByteArray("Bearer nope") << 401 << invalidToken
                                              << QStringLiteral("access token is not valid");
        QTest::newRow("oauth: raw access token") << oauth << QByteArray("{access}") << 401 << bearerRealm
                                                 << QStringLiteral("does not hold a bearer");
        QTest::newRow("oauth: client secret as basic")
            << oauth << QByteArray("{client-basic}") << 401 << bearerRealm
            << QStringLiteral("does not hold a bearer");
    }

    void scimAuthorization()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QByteArray, challenge);
        QFETCH(QString, detail);
        startSandbox(AuthMode(mode));
        if (authorization.contains("{access}"))
            authorization.replace("{access}", accessToken());
        authorization.replace("{token}", m_server->token());
        authorization.replace("{basic}", basic(m_server->username().toUtf8(), m_server->password()));
        authorization.replace("{basic-wrong-user}", basic("someone", m_server->password()));
        authorization.replace("{client-basic}", basicCredentials());

        const Reply reply = scim(authorization);
        QVERIFY2(reply.status == status, reply.body.constData());
        if (status == 200) {
            QCOMPARE(reply.json.value(QLatin1String("totalResults")).toInt(-1), 0);
            return;
        }
        QVERIFY2(reply.header("WWW-Authenticate").startsWith(challenge),
                 reply.header("WWW-Authenticate").constData());
        QVERIFY(reply.json.value(QLatin1String("schemas"))
                    .toArray()
                    .contains(QLatin1String("urn:ietf:params:scim:api:messages:2.0:Error")));
        QCOMPARE(reply.json.value(QLatin1String("status")).toString(), QStringLiteral("401"));
        QVERIFY2(reply.json.value(QLatin1String("detail")).toString().contains(detail),
                 reply.body.constData());
    }

    void acceptAnyAndNoTokenInEveryMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("anything"); ///< a credential of the mode's kind, not the right one
        QTest::newRow("bearer") << int(AuthMode::Bearer) << QByteArray("Bearer anything");
        QTest::newRow("header") << int(AuthMode::Header) << QByteArray("anything");
        QTest::newRow("basic") << int(AuthMode::Basic) << basic("any", "thing");
        QTest::newRow("oauth") << int(AuthMode::OAuthClientCredentials) << QByteArray("Bearer anything");
    }

    void acceptAnyAndNoTokenInEveryMode()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, anything);
        startSandbox(AuthMode(mode));
        QCOMPARE(scim(anything).status, 401);
        m_server->faults().acceptAnyToken = true;
        QCOMPARE(scim(anything).status, 200);
        QCOMPARE(scim({}).status, 401); // a missing one is a separate knob
        m_server->faults().acceptNoToken = true;
        QCOMPARE(scim({}).status, 200);
        m_server->faults().acceptAnyToken = false;
        QCOMPARE(scim(anything).status, 401);
    }

    void discoveryNamesTheScheme_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("type");
        QTest::newRow("bearer") << int(AuthMode::Bearer) << QStringLiteral("oauthbearertoken");
        QTest::newRow("header") << int(AuthMode::Header) << QStringLiteral("oauthbearertoken");
        QTest::newRow("basic") << int(AuthMode::Basic) << QStringLiteral("httpbasic");
        QTest::newRow("oauth") << int(AuthMode::OAuthClientCredentials) << QStringLiteral("oauth2");
    }

    void discoveryNamesTheScheme()
    {
        QFETCH(int, mode);
        QFETCH(QString, type);
        startSandbox(AuthMode(mode));
        m_server->faults().acceptNoToken = true;
        const Reply reply = send("GET", m_server->endpoint() + QStringLiteral("/ServiceProviderConfig"));
        QCOMPARE(reply.status, 200);
        const QJsonArray schemes = reply.json.value(QLatin1String("authenticationSchemes")).toArray();
        QCOMPARE(schemes.size(), 1);
        QCOMPARE(schemes.at(0).toObject().value(QLatin1String("type")).toString(), type);
    }

    void grantByBasicAndByForm_data()
    {
        QTest::addColumn<bool>("useBasic");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("basic") << true << Form;
        QTest::newRow("form") << false << Form;
        QTest::newRow("form, charset")
            << false << QByteArray("application/x-www-form-urlencoded; charset=UTF-8");
    }

    void grantByBasicAndByForm()
    {
        QFETCH(bool, useBasic);
        QFETCH(QByteArray, contentType);
        startSandbox(AuthMode::OAuthClientCredentials, 900);
        const Reply reply = useBasic
            ? tokenRequest(ClientCredentials, {{"Authorization", basicCredentials()}}, contentType)
            : tokenRequest(ClientCredentials + formCredentials(), {}, contentType);
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        verifyNoStore(reply);
        const QByteArray token = reply.json.value(QLatin1String("access_token")).toString().toLatin1();
        QVERIFY(token.size() >= 32);
        QVERIFY(token != m_server->token());
        QCOMPARE(reply.json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(reply.json.value(QLatin1String("expires_in")).toInt(), 900);
        QVERIFY(!reply.json.contains(QLatin1String("scope")));
        QVERIFY(!reply.json.contains(QLatin1String("refresh_token"))); // RFC 6749 §4.4.3
        QCOMPARE(m_server->grantsIssued(), 1);
        QCOMPARE(scim("Bearer " + token).status, 200);

        const QByteArray second = accessToken();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != token);
        QCOMPARE(m_server->grantsIssued(), 2);
        QCOMPARE(scim("Bearer " + token).status, 200); // an earlier token stays good until it expires
        QCOMPARE(scim("Bearer " + second).status, 200);
    }

    void basicClientCredentialsAreFormUrlencoded()
    {
        // RFC 6749 §2.3.1: client_id and client_secret are form-urlencoded before Basic joins them, so
        // a server must decode them; "%2D" is "-".
        startSandbox(AuthMode::OAuthClientCredentials);
        QByteArray id = m_server->clientId().toUtf8();
        id.replace('-', "%2D");
        const Reply encoded
            = tokenRequest(ClientCredentials, {{"Authorization", basic(id, m_server->clientSecret())}});
        QVERIFY2(encoded.status == 200, encoded.body.constData());
        const Reply plus = tokenRequest(
            ClientCredentials,
            {{"Authorization", basic(m_server->clientId().toUtf8(), m_server->clientSecret() + "+")}});
        verifyOAuthError(plus, 401, QStringLiteral("invalid_client"));
        QCOMPARE(m_server->grantsIssued(), 1);
    }

    void tokenEndpointErrors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("authorization"); ///< {basic} is the right client credential
        QTest::addColumn<QByteArray>("body"); ///< {form} is the right client_id and client_secret
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("basicChallenge");

        const QByteArray post = "POST";
        const QByteArray grant = ClientCredentials + "{form}";
        QTest::newRow("GET") << QByteArray("GET") << Form << QByteArray() << QByteArray() << 405
                             << QStringLiteral("invalid_request") << false;
        QTest::newRow("PUT") << QByteArray("PUT") << Form << QByteArray() << grant << 405
                             << QStringLiteral("invalid_request") << false;
        QTest::newRow("JSON body") << post << QByteArray("application/json") << QByteArray()
                                   << QByteArray("{\"grant_type\":\"client_credentials\"}") << 400
                                   << QStringLiteral("invalid_request") << false;
        QTest::newRow("text body") << post << QByteArray("text/plain") << QByteArray() << grant << 400
                                   << QStringLiteral("invalid_request") << false;
        QTest::newRow("no grant_type") << post << Form << QByteArray() << QByteArray("scope=x{form}") << 400
                                       << QStringLiteral("invalid_request") << false;
        QTest::newRow("repeated grant_type")
            << post << Form << QByteArray() << QByteArray(grant + "&" + ClientCredentials) << 400
            << QStringLiteral("invalid_request") << false;
        QTest::newRow("password grant")
            << post << Form << QByteArray() << QByteArray("grant_type=password&username=a&password=b{form}")
            << 400 << QStringLiteral("unsupported_grant_type") << false;
        QTest::newRow("authorization_code grant")
            << post << Form << QByteArray("{basic}") << QByteArray("grant_type=authorization_code&code=x")
            << 400 << QStringLiteral("unsupported_grant_type") << false;
        QTest::newRow("basic and form at once") << post << Form << QByteArray("{basic}") << grant << 400
                                                << QStringLiteral("invalid_request") << false;
        QTest::newRow("no client authentication") << post << Form << QByteArray() << ClientCredentials << 401
                                                  << QStringLiteral("invalid_client") << false;
        QTest::newRow("form: wrong secret")
            << post << Form << QByteArray()
            << QByteArray(ClientCredentials + "&client_id=scim-sandbox-client&client_secret=wrong") << 401
            << QStringLiteral("invalid_client") << false;
        QTest::newRow("form: no secret") << post << Form << QByteArray()
                                         << QByteArray(ClientCredentials + "&client_id=scim-sandbox-client")
                                         << 401 << QStringLiteral("invalid_client") << false;
        QTest::newRow("form: unknown client")
            << post << Form << QByteArray()
            << QByteArray(ClientCredentials + "&client_id=other&client_secret=x") << 401
            << QStringLiteral("invalid_client") << false;
        QTest::newRow("basic: wrong secret")
            << post << Form << basic("scim-sandbox-client", "wrong") << ClientCredentials << 401
            << QStringLiteral("invalid_client") << true;
        QTest::newRow("basic: unknown client")
            << post << Form << QByteArray("{basic-other}") << ClientCredentials << 401
            << QStringLiteral("invalid_client") << true;
        QTest::newRow("basic: not base64") << post << Form << QByteArray("Basic !!!") << ClientCredentials
                                           << 401 << QStringLiteral("invalid_client") << true;
        QTest::newRow("bearer instead of basic")
            << post << Form << QByteArray("Bearer {token}") << ClientCredentials << 401
            << QStringLiteral("invalid_client") << true;
    }

    void tokenEndpointErrors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(bool, basicChallenge);
        startSandbox(AuthMode::OAuthClientCredentials);
        authorization.replace("{basic}", basicCredentials());
        authorization.replace("{basic-other}", basic("other", m_server->clientSecret()));
        authorization.replace("{token}", m_server->token());
        body.replace("{form}", formCredentials());
        Headers extra;
        if (!authorization.isEmpty())
            extra.append({"Authorization", authorization});

        const Reply reply = tokenRequest(body, extra, contentType, method);
        verifyOAuthError(reply, status, error);
        QCOMPARE(reply.header("WWW-Authenticate"),
                 basicChallenge ? QByteArray("Basic realm=\"sandbox\"") : QByteArray());
        if (status == 405)
            QCOMPARE(reply.header("Allow"), QByteArray("POST"));
        QCOMPARE(m_server->grantsIssued(), 0);
        QCOMPARE(m_server->received().size(), 1);
        QCOMPARE(m_server->received().constFirst().target, QByteArray("/oauth/token"));
        QCOMPARE(m_server->received().constFirst().status, status);
    }

    void tokenEndpointOnlyInOAuthMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("bearer") << int(AuthMode::Bearer);
        QTest::newRow("header") << int(AuthMode::Header);
        QTest::newRow("basic") << int(AuthMode::Basic);
    }

    void tokenEndpointOnlyInOAuthMode()
    {
        QFETCH(int, mode);
        startSandbox(AuthMode(mode));
        const Reply reply = tokenRequest(ClientCredentials + formCredentials());
        QCOMPARE(reply.status, 404);
        QVERIFY(!reply.json.contains(QLatin1String("access_token")));
        QCOMPARE(m_server->grantsIssued(), 0);
    }

    void expiredAccessTokensAreRefused()
    {
        startSandbox(AuthMode::OAuthClientCredentials);
        const QByteArray token = accessToken();
        QCOMPARE(scim("Bearer " + token).status, 200);
        m_server->expireAccessTokens();
        const Reply expired = scim("Bearer " + token);
        QCOMPARE(expired.status, 401);
        QCOMPARE(
            expired.header("WWW-Authenticate"),
            QByteArray("Bearer error=\"invalid_token\", error_description=\"The access token expired\""));
        QVERIFY2(expired.json.value(QLatin1String("detail")).toString().contains(QLatin1String("expired")),
                 expired.body.constData());
        const QByteArray fresh = accessToken();
        QCOMPARE(scim("Bearer " + fresh).status, 200);
        QCOMPARE(scim("Bearer " + token).status, 401);
    }

    void accessTokensExpireAfterTheirLifetime()
    {
        startSandbox(AuthMode::OAuthClientCredentials, 2);
        QElapsedTimer sinceRequest;
        sinceRequest.start();
        const Reply granted = tokenRequest(ClientCredentials + formCredentials());
        QCOMPARE(granted.json.value(QLatin1String("expires_in")).toInt(), 2);
        const QByteArray authorization
            = "Bearer " + granted.json.value(QLatin1String("access_token")).toString().toLatin1();
        QCOMPARE(scim(authorization).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(scim(authorization).status == 401, 8000);
        QVERIFY2(sinceRequest.elapsed() >= 2000, QByteArray::number(sinceRequest.elapsed()).constData());
        QVERIFY(scim(authorization).header("WWW-Authenticate").contains("The access token expired"));
    }

    void jwtAccessTokens()
    {
        startSandbox(AuthMode::OAuthClientCredentials, 600, true);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QByteArray token = accessToken("&scope=scim.write");
        const QList<QByteArray> parts = token.split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject header = jwtPart(parts.at(0));
        QCOMPARE(header,
                 QJsonObject({{QStringLiteral("alg"), QStringLiteral("HS256")},
                              {QStringLiteral("typ"), QStringLiteral("JWT")}}));
        const QJsonObject claims = jwtPart(parts.at(1));
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_server->origin());
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), m_server->endpoint());
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), m_server->clientId());
        QCOMPARE(claims.value(QLatin1String("scope")).toString(), QStringLiteral("scim.write"));
        const qint64 iat = claims.value(QLatin1String("iat")).toInteger();
        QVERIFY(iat >= before && iat <= QDateTime::currentSecsSinceEpoch());
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), iat + 600);
        QCOMPARE(QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding).size(), 32); // SHA-256
        QVERIFY(!parts.at(2).contains('=')); // base64url without padding
        QCOMPARE(scim("Bearer " + token).status, 200);

        // A forged payload, or the same claims signed with a key of our own, are refused.
        QJsonObject forgedClaims = claims;
        forgedClaims.insert(QStringLiteral("exp"), iat + 86400);
        const QByteArray forgedPayload
            = QJsonDocument(forgedClaims)
                  .toJson(QJsonDocument::Compact)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(scim("Bearer " + parts.at(0) + '.' + forgedPayload + '.' + parts.at(2)).status, 401);
        const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
        const QByteArray ownSignature
            = QMessageAuthenticationCode::hash(signingInput, "guess", QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(scim("Bearer " + signingInput + '.' + ownSignature).status, 401);

        SandboxServer other(SandboxServer::Config {
            false, QStringLiteral("SCIM Pilot"), {}, {}, {}, AuthMode::OAuthClientCredentials, 600, true});
        QVERIFY(other.start());
        QCOMPARE(
            send("GET", other.endpoint() + QStringLiteral("/Users"), {{"Authorization", "Bearer " + token}})
                .status,
            401);
    }

    void opaqueAccessTokensAreNotJwts()
    {
        startSandbox(AuthMode::OAuthClientCredentials);
        const QByteArray token = accessToken();
        QVERIFY(!token.isEmpty());
        QVERIFY(!token.contains('.'));
    }

    void knobOAuthStatus()
    {
        startSandbox(AuthMode::OAuthClientCredentials);
        m_server->faults().oauthStatus = 503;
        verifyOAuthError(tokenRequest(ClientCredentials + formCredentials()), 503,
                         QStringLiteral("server_error"));
        verifyOAuthError(tokenRequest("nonsense", {}, "text/plain", "GET"), 503,
                         QStringLiteral("server_error"));
        QCOMPARE(m_server->grantsIssued(), 0);
        m_server->faults().oauthStatus = 0;
        QVERIFY(!accessToken().isEmpty());
    }

    void knobOAuthLatencyDelaysTokenAnswersOnly()
    {
        startSandbox(AuthMode::OAuthClientCredentials);
        const QByteArray token = accessToken();
        m_server->faults().oauthLatencyMs = 400;
        QElapsedTimer timer;
        timer.start();
        const Reply delayed = tokenRequest(ClientCredentials + formCredentials());
        QCOMPARE(delayed.status, 200);
        QVERIFY2(timer.elapsed() >= 400, QByteArray::number(timer.elapsed()).constData());

        // With a minute's delay on the token endpoint, SCIM requests are still answered at once.
        m_server->faults().oauthLatencyMs = 60000;
        QCOMPARE(scim("Bearer " + token).status, 200);
    }

    void knobOAuthAcceptAnySecret()
    {
        startSandbox(AuthMode::OAuthClientCredentials);
        m_server->faults().oauthAcceptAnySecret = true;
        const Reply form
            = tokenRequest(ClientCredentials + "&client_id=scim-sandbox-client&client_secret=not-the-secret");
        QVERIFY2(form.status == 200, form.body.constData());
        const QByteArray token = form.json.value(QLatin1String("access_token")).toString().toLatin1();
        QCOMPARE(scim("Bearer " + token).status, 200);
        QCOMPARE(tokenRequest(ClientCredentials, {{"Authorization", basic("scim-sandbox-client", "wrong")}})
                     .status,
                 200);
        verifyOAuthError(tokenRequest(ClientCredentials + "&client_id=someone-else&client_secret=x"), 401,
                         QStringLiteral("invalid_client"));
        QCOMPARE(m_server->grantsIssued(), 2);
        m_server->faults().oauthAcceptAnySecret = false;
        verifyOAuthError(
            tokenRequest(ClientCredentials + "&client_id=scim-sandbox-client&client_secret=wrong"), 401,
            QStringLiteral("invalid_client"));
    }

    void knobOAuthClientAuth_data()
    {
        QTest::addColumn<QString>("accepted");
        QTest::addColumn<int>("basicStatus");
        QTest::addColumn<int>("formStatus");
        QTest::newRow("basic") << QStringLiteral("basic") << 200 << 401;
        QTest::newRow("form") << QStringLiteral("form") << 401 << 200;
        QTest::newRow("both") << QStringLiteral("both") << 200 << 200;
    }

    void knobOAuthClientAuth()
    {
        QFETCH(QString, accepted);
        QFETCH(int, basicStatus);
        QFETCH(int, formStatus);
        startSandbox(AuthMode::OAuthClientCredentials);
        m_server->faults().oauthClientAuth = accepted;
        const Reply byBasic = tokenRequest(ClientCredentials, {{"Authorization", basicCredentials()}});
        const Reply byForm = tokenRequest(ClientCredentials + formCredentials());
        QCOMPARE(byBasic.status, basicStatus);
        QCOMPARE(byForm.status, formStatus);
        if (basicStatus == 401) {
            verifyOAuthError(byBasic, 401, QStringLiteral("invalid_client"));
            QCOMPARE(byBasic.header("WWW-Authenticate"), QByteArray("Basic realm=\"sandbox\""));
        }
        if (formStatus == 401) {
            verifyOAuthError(byForm, 401, QStringLiteral("invalid_client"));
            QVERIFY(!byForm.hasHeader("WWW-Authenticate"));
        }
        QCOMPARE(m_server->grantsIssued(), int(basicStatus == 200) + int(formStatus == 200));
    }

    void knobOAuthScopes_data()
    {
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QByteArray>("scope"); ///< the form-urlencoded value sent; empty: no scope parameter
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("granted"); ///< the scope in the answer; empty: none
        const QStringList scim {QStringLiteral("scim.read"), QStringLiteral("scim.write")};
        QTest::newRow("any, none asked") << QStringList() << QByteArray() << 200 << QString();
        QTest::newRow("any, one asked")
            << QStringList() << QByteArray("whatever") << 200 << QStringLiteral("whatever");
        QTest::newRow("allowed one") << scim << QByteArray("scim.read") << 200 << QStringLiteral("scim.read");
        QTest::newRow("allowed two") << scim << QByteArray("scim.read+scim.write") << 200
                                     << QStringLiteral("scim.read scim.write");
        QTest::newRow("allowed, none asked") << scim << QByteArray() << 200 << QString();
        QTest::newRow("outside") << scim << QByteArray("admin") << 400 << QString();
        QTest::newRow("one outside") << scim << QByteArray("scim.read%20admin") << 400 << QString();
    }

    void knobOAuthScopes()
    {
        QFETCH(QStringList, allowed);
        QFETCH(QByteArray, scope);
        QFETCH(int, status);
        QFETCH(QString, granted);
        startSandbox(AuthMode::OAuthClientCredentials);
        m_server->faults().oauthScopes = allowed;
        const Reply reply = tokenRequest(ClientCredentials + formCredentials()
                                         + (scope.isEmpty() ? QByteArray() : "&scope=" + scope));
        if (status != 200) {
            verifyOAuthError(reply, status, QStringLiteral("invalid_scope"));
            QCOMPARE(m_server->grantsIssued(), 0);
            return;
        }
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(reply.json.contains(QLatin1String("scope")), !granted.isEmpty());
        QCOMPARE(reply.json.value(QLatin1String("scope")).toString(), granted);
        QCOMPARE(m_server->grantsIssued(), 1);
    }

    void knobOAuthRedirect()
    {
        startSandbox(AuthMode::OAuthClientCredentials);
        const QUrl elsewhere(QStringLiteral("https://login.example.invalid/tenant/oauth2/v2.0/token"));
        m_server->faults().oauthRedirectTo = elsewhere;
        const Reply reply = tokenRequest(ClientCredentials + formCredentials());
        QCOMPARE(reply.status, 307);
        QCOMPARE(reply.header("Location"), elsewhere.toEncoded());
        QVERIFY(!reply.json.contains(QLatin1String("access_token")));
        QCOMPARE(m_server->grantsIssued(), 0);
        // SCIM requests are not redirected.
        QCOMPARE(scim({}).status, 401);
    }

    void hangAllReachesTheTokenEndpoint()
    {
        startSandbox(AuthMode::OAuthClientCredentials);
        m_server->faults().hangAll = true;
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        const Reply reply = send("POST", m_server->tokenEndpoint(), {{"Content-Type", Form}},
                                 ClientCredentials + formCredentials(), 500);
        QCOMPARE(reply.error, QNetworkReply::TimeoutError);
        QCOMPARE(handled.size(), 1);
        QCOMPARE(m_server->received().constFirst().status, 0);
        QCOMPARE(m_server->grantsIssued(), 0);
    }

    void secretsAreMaskedInReceived()
    {
        startSandbox(AuthMode::OAuthClientCredentials);
        const QByteArray secret = m_server->clientSecret();
        const Reply byForm = tokenRequest(ClientCredentials + formCredentials() + "&password=hunter2");
        QCOMPARE(byForm.status, 200);
        const Reply byBasic = tokenRequest(ClientCredentials, {{"Authorization", basicCredentials()}});
        QCOMPARE(byBasic.status, 200);
        const QByteArray token = byBasic.json.value(QLatin1String("access_token")).toString().toLatin1();
        QCOMPARE(scim("Bearer " + token).status, 200);

        const QList<sandbox::ReceivedRequest> &received = m_server->received();
        QCOMPARE(received.size(), 3);
        QCOMPARE(received.at(0).method, QByteArray("POST"));
        QCOMPARE(received.at(0).target, QByteArray("/oauth/token"));
        QCOMPARE(received.at(0).status, 200);
        QCOMPARE(received.at(0).body,
                 QByteArray("grant_type=client_credentials&client_id=scim-sandbox-client"
                            "&client_secret=****&password=****"));
        QCOMPARE(received.at(1).header("Authorization"), QByteArray("Basic ****"));
        QCOMPARE(received.at(2).header("Authorization"), QByteArray("Bearer ****"));
        for (const sandbox::ReceivedRequest &request : received) {
            QByteArray everything = request.target + request.body;
            for (const auto &[name, value] : request.headers)
                everything += name + ": " + value + "\n";
            QVERIFY(!everything.contains(secret));
            QVERIFY(!everything.contains(QUrl::toPercentEncoding(QString::fromLatin1(secret))));
            QVERIFY(!everything.contains(basicCredentials().mid(6)));
            QVERIFY(!everything.contains("hunter2"));
            QVERIFY(!everything.contains(token));
        }
    }

    void scimCredentialsAreMaskedInReceived_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("masked");
        QTest::newRow("header") << int(AuthMode::Header) << QByteArray("****");
        QTest::newRow("basic") << int(AuthMode::Basic) << QByteArray("Basic ****");
    }

    void scimCredentialsAreMaskedInReceived()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, masked);
        startSandbox(AuthMode(mode));
        const QByteArray authorization = AuthMode(mode) == AuthMode::Header
            ? m_server->token()
            : basic(m_server->username().toUtf8(), m_server->password());
        QCOMPARE(scim(authorization).status, 200);
        QCOMPARE(m_server->received().constLast().header("Authorization"), masked);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
