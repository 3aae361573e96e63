#include "engine/run/diagnosis.h"

#include "common/translations.h"
#include "scim/retryafter.h"

namespace engine {

QString Diagnosis::summary(const scim::Response &response)
{
    if (!response.hasAnswer())
        return response.describeError();
    //: %1 is the HTTP status code, %2 how long the answer took, in milliseconds
    return tr("HTTP %1 in %2 ms").arg(response.status).arg(response.durationMs);
}

Diagnosis Diagnosis::ofTransport(const scim::Response &response)
{
    Diagnosis d;
    using scim::ErrorKind;
    const QString host = response.exchanges.isEmpty() ? QString() : response.exchanges.constLast().url.host();
    if (response.proxyProblem) {
        d.detail = response.status == 407
            ? tr("Your proxy asks for credentials (HTTP 407) before it lets the request through.")
            //: %1 is the network error from the proxy connection
            : tr("The proxy could not be used: %1").arg(response.describeError());
        //: %1 is the host name of the SCIM endpoint
        d.hint = tr("Ask your IT team to allow %1 through the proxy without a login, or run the check from a "
                    "network "
                    "without the proxy.")
                     .arg(host);
        return d;
    }
    switch (response.error) {
    case ErrorKind::None:
        return d;
    case ErrorKind::Dns:
        //: %1 is the host name of the SCIM endpoint
        d.detail = tr("The host name %1 could not be found (DNS).").arg(host);
        d.hint
            = tr("Check the spelling of the host in the endpoint URL. On a company network the name may only "
                 "resolve on the VPN.");
        return d;
    case ErrorKind::Refused:
        //: %1 is the host name of the SCIM endpoint
        d.detail = tr("Nothing accepted the connection to %1.").arg(host);
        d.hint
            = tr("Check the host and port in the endpoint URL; a firewall may also refuse the connection.");
        return d;
    case ErrorKind::Timeout:
        d.detail = response.describeError() + QLatin1Char(' ') + response.errorDetail;
        d.hint = tr("A firewall or proxy may be holding the connection, or the service is overloaded. Try "
                    "again, from a network with direct internet access, or allow more time for an answer.");
        return d;
    case ErrorKind::Dropped:
        //: %1 is the network error's details
        d.detail = tr("The connection closed before an answer arrived (%1).").arg(response.errorDetail);
        d.hint = tr("Something between you and the service — a proxy, load balancer or firewall — cut the "
                    "connection. If it persists, send this report to the service provider.");
        return d;
    case ErrorKind::Tls:
        d.detail = response.describeError();
        d.hint = tr("See the tls-certificate step.");
        return d;
    case ErrorKind::Redirect:
        //: %1 is the HTTP status code (e.g. 302), %2 the URL it redirects to
        d.detail = tr("The endpoint redirects (HTTP %1) to %2.")
                       .arg(response.status)
                       .arg(response.redirectTarget.toString());
        //: %1 is the URL the endpoint redirects to; "token" is the SCIM bearer token
        d.hint = tr("Identity providers do not follow redirects with the token. If %1 is the real SCIM "
                    "endpoint, use "
                    "that URL; a redirect to a login page means this is not the SCIM API.")
                     .arg(response.redirectTarget.toString(QUrl::RemoveQuery));
        return d;
    case ErrorKind::TooLarge:
        d.detail = response.describeError();
        d.hint = tr("The service sent far more than a SCIM answer needs; check the endpoint URL.");
        return d;
    case ErrorKind::Cancelled:
        d.detail = response.describeError();
        return d;
    case ErrorKind::TokenEndpoint:
        d.detail = response.describeError();
        d.hint = response.errorHint;
        return d;
    case ErrorKind::UnsafeUrl:
        d.detail = response.describeError();
        d.hint = tr("The console never sends a request that would reach another resource than the one it "
                    "means. An id from the service made this URL; send this report to the service provider.");
        return d;
    }
    return d;
}

Diagnosis Diagnosis::of(const scim::Response &response)
{
    Diagnosis d = ofTransport(response);
    if (d.isProblem())
        return d;
    const QString scimDetail = response.scimError && !response.scimError->detail.isEmpty()
        //: %1 is the service's own error text, quoted as it sent it
        ? tr("The service says: “%1”").arg(response.scimError->detail)
        : QString();
    if (response.bodyKind == scim::BodyKind::Html) {
        //: %1 is the HTTP status code
        d.detail = tr("HTTP %1 with an HTML page instead of SCIM JSON.").arg(response.status);
        d.hint = tr(
            "This URL is the web app or a login page, not the SCIM API. Use the SCIM endpoint URL exactly as "
            "the service provider sent it.");
        return d;
    }
    switch (response.status) {
    case 401:
        if (response.refusedAfterRenewal) {
            d.detail = common::sentences(
                {tr("The service refused a freshly obtained access token (HTTP 401)."), scimDetail});
            d.hint
                = tr("The token endpoint issues access tokens this SCIM endpoint does not accept: they may "
                     "be meant for another service (audience), expire at once, or the client is not "
                     "allowed to provision. Check the token endpoint URL and client id, then send this "
                     "report to the service provider.");
            return d;
        }
        d.detail = common::sentences({tr("The token was refused (HTTP 401)."), scimDetail});
        d.hint = tr("Was the token copied whole, with nothing missing at either end? Was it rotated since "
                    "you received "
                    "it? Store it again with “profile set-token”.");
        return d;
    case 403:
        d.detail = common::sentences(
            {tr("The token was accepted but is not allowed to do this (HTTP 403)."), scimDetail});
        d.hint = tr("Ask the service provider to give this token access to users and groups.");
        return d;
    case 404:
        d.detail = common::sentences({tr("Not found (HTTP 404)."), scimDetail});
        d.hint = tr("Check the endpoint URL: the path usually ends in /scim/v2.");
        return d;
    case 406:
        d.detail = common::sentences(
            {tr("The service refuses the request's Accept header (HTTP 406)."), scimDetail});
        d.hint = tr("Entra ID sends no JSON Accept header on reads; the service must answer anyway.");
        return d;
    case 429:
        if (response.retryAfterAsked && *response.retryAfterAsked > response.retryAfterCap)
            //: %1 is a wait such as "11 days", %2 one such as "60 seconds"
            d.detail = tr("The service is throttling requests (HTTP 429) and asked to wait %1; the console "
                          "waits at most %2, so it stopped.")
                           .arg(scim::describeWait(*response.retryAfterAsked),
                                scim::describeWait(response.retryAfterCap));
        else
            d.detail = tr("The service is throttling requests (HTTP 429), even after waiting as it asked.");
        d.hint = tr(
            "Try again later; if it persists, the service's rate limit is too low for an identity provider.");
        return d;
    default:
        break;
    }
    if (response.status >= 500) {
        //: %1 is the HTTP status code, 500 or above
        d.detail = common::sentences({tr("The service failed (HTTP %1).").arg(response.status), scimDetail});
        d.hint = tr("Try again later. If it persists, send this report to the service provider.");
        return d;
    }
    if (response.status < 200 || response.status >= 300) {
        //: %1 is the HTTP status code
        d.detail = common::sentences({tr("Unexpected HTTP %1.").arg(response.status), scimDetail});
        d.hint = tr("Send this report to the service provider.");
        return d;
    }
    const QString body = response.describeUnexpectedBody();
    if (!body.isEmpty()) {
        d.detail = body;
        d.hint = tr("A SCIM service answers with a JSON object. Send this report to the service provider.");
    }
    return d;
}

} // namespace engine
