#include "oauthclient.h"

#include "scimclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>
#include <qcoro/qcorosignal.h>

#include <algorithm>

namespace scim {

namespace {

/// A year: a longer `expires_in` is treated as this, so an absurd figure cannot overflow.
constexpr qint64 MaxLifetimeSeconds = 366LL * 24 * 3600;

QByteArray formField(const char *name, QByteArrayView value)
{
    QByteArray encoded = QByteArray(value.data(), value.size()).toPercentEncoding(" ");
    encoded.replace(' ', '+');
    return QByteArray(name) + '=' + encoded;
}

/// `expires_in` as a number of seconds: a JSON number or, as some servers send it, a string.
std::optional<qint64> lifetimeOf(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(std::clamp(value.toDouble(), -1.0, double(MaxLifetimeSeconds) * 100));
    bool ok = false;
    const qint64 seconds = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(std::clamp<qint64>(seconds, -1, MaxLifetimeSeconds * 100))
              : std::nullopt;
}

} // namespace

QString TokenGrant::explanation() const
{
    switch (result) {
    case Result::Granted:
        return {};
    case Result::Failed:
        return problem;
    case Result::Refused:
        break;
    }
    const QString said = errorDescription.isEmpty() ? QString()
                                                    : QLatin1Char(' ')
            //: %1 is the error_description text from the OAuth token endpoint
            + QCoreApplication::translate("scim", "It says: “%1”").arg(errorDescription.left(300));
    if (error == QLatin1String("invalid_client"))
        return QCoreApplication::translate(
                   "scim", "The token endpoint did not accept the client id and secret (invalid_client).")
            + said;
    if (error == QLatin1String("unauthorized_client"))
        return QCoreApplication::translate("scim",
                                           "The client is known but may not use the client "
                                           "credentials grant (unauthorized_client).")
            + said;
    if (error == QLatin1String("invalid_scope"))
        return QCoreApplication::translate("scim",
                                           "The token endpoint refused the scope asked for (invalid_scope).")
            + said;
    if (error == QLatin1String("unsupported_grant_type"))
        return QCoreApplication::translate(
                   "scim",
                   "The token endpoint does not offer the client credentials grant (unsupported_grant_type).")
            + said;
    if (error == QLatin1String("invalid_grant"))
        return QCoreApplication::translate("scim", "The token endpoint refused the grant (invalid_grant).")
            + said;
    if (error == QLatin1String("invalid_request"))
        return QCoreApplication::translate(
                   "scim", "The token endpoint found the request malformed (invalid_request).")
            + said;
    //: %1 is the error code the token endpoint sent, %2 the HTTP status
    return QCoreApplication::translate("scim", "The token endpoint refused with “%1” (HTTP %2).")
               .arg(error.left(80))
               .arg(response.status)
        + said;
}

QString TokenGrant::fix() const
{
    if (result == Result::Granted)
        return {};
    if (error == QLatin1String("invalid_client"))
        return QCoreApplication::translate(
            "scim",
            "Copy the client id and client secret again, whole; a secret also stops working when it "
            "expires or is rotated. Ask the service provider for a new one if in doubt.");
    if (error == QLatin1String("unauthorized_client"))
        return QCoreApplication::translate(
            "scim", "Ask the service provider to allow the client credentials grant for this client.");
    if (error == QLatin1String("invalid_scope"))
        return QCoreApplication::translate(
            "scim",
            "Leave the scope empty (Entra ID sends none) or use exactly the scope the service "
            "provider names.");
    if (error == QLatin1String("unsupported_grant_type") || error == QLatin1String("invalid_grant"))
        return QCoreApplication::translate(
            "scim",
            "This token endpoint cannot serve Entra ID's client credentials mode; ask the service "
            "provider for the right token endpoint URL.");
    if (result == Result::Refused)
        return QCoreApplication::translate("scim", "Send this report to the service provider.");
    if (response.error == ErrorKind::Redirect)
        //: %1 is the URL the OAuth token endpoint redirects to
        return QCoreApplication::translate(
                   "scim",
                   "Identity providers do not follow a token endpoint's redirect. If %1 is the real "
                   "token endpoint, use that URL.")
            .arg(response.redirectTarget.toString(QUrl::RemoveQuery));
    if (response.error == ErrorKind::Tls)
        return QCoreApplication::translate(
            "scim",
            "The client secret is not sent over this connection. If your organisation runs its "
            "own CA, give the console its certificate as the profile's CA file; otherwise send "
            "this report to the service provider.");
    return QCoreApplication::translate(
        "scim", "Check the token endpoint URL; if it is right, send this report to the service provider.");
}

OAuthClient::OAuthClient(ScimClient &transport, const Authentication &auth)
    : QObject(&transport)
    , m_transport(transport)
    , m_auth(auth)
{ }

OAuthClient::~OAuthClient() = default;

QCoro::Task<TokenGrant> OAuthClient::request(ClientAuthMethod method, QByteArray secret)
{
    QByteArray body = "grant_type=client_credentials";
    if (!m_auth.scope.isEmpty())
        body += '&' + formField("scope", m_auth.scope.toUtf8());
    RequestOptions options;
    options.accept = QByteArray("application/json");
    options.contentType = "application/x-www-form-urlencoded";
    if (method == ClientAuthMethod::Basic) {
        options.auth = RequestOptions::Auth::Override;
        options.overrideAuthorization = "Basic " + basicCredential(m_auth.clientId, secret, true);
    } else {
        options.auth = RequestOptions::Auth::None;
        body += '&' + formField("client_id", m_auth.clientId.toUtf8()) + '&'
            + formField("client_secret", secret);
    }
    common::Secret::wipe(secret);
    QPointer<OAuthClient> self(this);
    TokenGrant grant;
    grant.method = method;
    grant.response = co_await m_transport.sendTo("POST", m_auth.tokenEndpoint.url(), body, options);
    common::Secret::wipe(body);
    common::Secret::wipe(options.overrideAuthorization);
    if (!self) {
        grant.problem = tr("Cancelled.");
        co_return grant;
    }
    const Response &r = grant.response;
    const QJsonObject answer = r.object();
    if (r.error != ErrorKind::None) {
        grant.problem = r.error == ErrorKind::Redirect
            //: %1 is the HTTP status code, e.g. 302, %2 the URL it redirects to
            ? QCoreApplication::translate("scim", "The token endpoint redirects (HTTP %1) to %2.")
                  .arg(r.status)
                  .arg(r.redirectTarget.toString(QUrl::RemoveQuery))
            //: %1 is a description of the network error, %2 its details
            : QCoreApplication::translate("scim", "The token endpoint could not be reached: %1 %2")
                  .arg(r.describeError(), r.errorDetail)
                  .trimmed();
        co_return grant;
    }
    if (r.status == 200) {
        const QString token = answer.value(QLatin1String("access_token")).toString();
        grant.tokenType = answer.value(QLatin1String("token_type")).toString();
        grant.expiresIn = lifetimeOf(answer.value(QLatin1String("expires_in")));
        grant.scope = answer.value(QLatin1String("scope")).toString();
        if (token.isEmpty())
            grant.problem = tr("HTTP 200 from the token endpoint, but without an access_token.");
        else if (!grant.tokenType.isEmpty()
                 && grant.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
            //: %1 is the token_type the endpoint sent
            grant.problem = QCoreApplication::translate(
                                "scim",
                                "The token endpoint issued a “%1” token; identity providers send "
                                "only bearer tokens.")
                                .arg(grant.tokenType.left(40));
        else if (token.size() > 16 * 1024
                 || token.contains(QRegularExpression(QStringLiteral("[^\\x21-\\x7e]"))))
            grant.problem
                = tr("The access token holds characters no HTTP header can carry, or is absurdly long.");
        if (!grant.problem.isEmpty())
            co_return grant;
        grant.accessToken = common::Secret(token.toUtf8());
        m_transport.addSecret(grant.accessToken.view());
        grant.result = TokenGrant::Result::Granted;
        co_return grant;
    }
    grant.error = answer.value(QLatin1String("error")).toString();
    grant.errorDescription
        = m_transport.secrets().apply(answer.value(QLatin1String("error_description")).toString());
    if ((r.status == 400 || r.status == 401) && !grant.error.isEmpty()) {
        grant.result = TokenGrant::Result::Refused;
        co_return grant;
    }
    if (r.status == 401 || r.status == 403) {
        grant.result = TokenGrant::Result::Refused;
        grant.error = QStringLiteral("invalid_client");
        co_return grant;
    }
    grant.problem = r.status >= 500
        //: %1 is the HTTP status code, 500 or above
        ? QCoreApplication::translate("scim", "The token endpoint failed (HTTP %1).").arg(r.status)
        //: %1 is the HTTP status code
        : QCoreApplication::translate("scim", "The token endpoint answered HTTP %1 without an OAuth error.")
              .arg(r.status);
    co_return grant;
}

QCoro::Task<TokenGrant> OAuthClient::grant()
{
    QList<ClientAuthMethod> methods;
    if (m_auth.clientAuth)
        methods = {*m_auth.clientAuth};
    else if (m_accepted)
        methods = {*m_accepted};
    else
        methods = {ClientAuthMethod::Basic, ClientAuthMethod::Form};
    QPointer<OAuthClient> self(this);
    QList<Exchange> exchanges;
    QList<ClientAuthMethod> refused;
    TokenGrant grant;
    QElapsedTimer asked; // the lifetime runs from the request, not from its answer
    asked.start();
    for (qsizetype i = 0; i < methods.size(); ++i) {
        grant = co_await request(methods.at(i), m_auth.secret.view().toByteArray());
        if (!self)
            co_return grant;
        exchanges.append(grant.response.exchanges);
        const bool last = i + 1 == methods.size();
        // A server that takes form fields only may call a Basic header invalid_request.
        const bool methodRefused = grant.error == QLatin1String("invalid_client")
            || grant.error == QLatin1String("invalid_request");
        if (grant.ok() || last || !methodRefused)
            break;
        refused.append(methods.at(i));
    }
    grant.response.exchanges = exchanges;
    grant.refusedMethods = refused;
    if (!grant.ok()) {
        TokenGrant summary;
        summary.result = grant.result;
        summary.error = grant.error;
        summary.errorDescription = grant.errorDescription;
        summary.problem = grant.problem;
        summary.method = grant.method;
        summary.response.status = grant.response.status;
        summary.response.error = grant.response.error;
        summary.response.redirectTarget = grant.response.redirectTarget;
        m_lastFailure = std::move(summary);
        m_refused = grant.result == TokenGrant::Result::Refused;
        co_return grant;
    }
    m_lastFailure.reset();
    m_refused = false;
    m_accepted = grant.method;
    ++m_grants;
    ++m_generation;
    m_token = common::Secret(grant.accessToken.view().toByteArray());
    m_age = asked;
    m_lifetimeMs.reset();
    if (grant.expiresIn && *grant.expiresIn > 0)
        m_lifetimeMs = std::min(*grant.expiresIn, MaxLifetimeSeconds) * 1000;
    co_return grant;
}

bool OAuthClient::hasFreshToken() const
{
    if (m_token.isEmpty())
        return false;
    if (!m_lifetimeMs)
        return true;
    // Renewed shortly before expiry: a minute early, or a quarter of a short lifetime.
    const qint64 margin = std::min<qint64>(60'000, *m_lifetimeMs / 4);
    return m_age.elapsed() < *m_lifetimeMs - margin;
}

void OAuthClient::invalidate(quint64 generation)
{
    if (generation != m_generation)
        return;
    m_token.clear();
    m_lifetimeMs.reset();
}

QCoro::Task<std::optional<TokenGrant>> OAuthClient::ensureFresh()
{
    const auto lastFailure = [this] {
        TokenGrant failed;
        if (m_lastFailure) {
            failed.result = m_lastFailure->result;
            failed.error = m_lastFailure->error;
            failed.errorDescription = m_lastFailure->errorDescription;
            failed.problem = m_lastFailure->problem;
            failed.method = m_lastFailure->method;
            failed.response.status = m_lastFailure->response.status;
            failed.response.error = m_lastFailure->response.error;
            failed.response.redirectTarget = m_lastFailure->response.redirectTarget;
        } else {
            failed.problem = tr("No access token could be obtained.");
        }
        return failed;
    };
    if (hasFreshToken())
        co_return std::nullopt;
    if (m_refused && m_lastFailure)
        co_return lastFailure(); // the same credentials would be refused again
    QPointer<OAuthClient> self(this);
    if (m_renewing) {
        // Judged by how that renewal ended, not by the clock: its token is as fresh as any.
        const quint64 before = m_generation;
        co_await qCoro(this, &OAuthClient::renewed);
        if (!self) {
            TokenGrant cancelled;
            cancelled.response.error = ErrorKind::Cancelled;
            co_return cancelled;
        }
        if (m_generation != before && !m_token.isEmpty())
            co_return std::nullopt;
        co_return lastFailure();
    }
    m_renewing = true;
    TokenGrant renewal = co_await grant();
    if (!self)
        co_return renewal;
    m_renewing = false;
    Q_EMIT renewed();
    co_return renewal;
}

} // namespace scim
