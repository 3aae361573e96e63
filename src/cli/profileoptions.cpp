#include "profileoptions.h"

#include "common/idp.h"
#include "credentials/profile.h"
#include "output.h"
#include "request/vendor.h"
#include "scim/cafile.h"
#include "scim/endpointurl.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace cli {

ProfileOptions::ProfileOptions()
    : m_endpoint(QStringLiteral("endpoint"), tr("The SCIM endpoint URL you received."), tr("URL"))
    , m_idp(QStringLiteral("idp"),
            tr("The identity provider you will connect: entra or okta (default entra)."), tr("IDP"))
    , m_groupId(QStringLiteral("group-id"), tr("The service provider's group for the pilot, by id."),
                tr("ID"))
    , m_groupName(QStringLiteral("group-name"), tr("The service provider's group for the pilot, by name."),
                  tr("NAME"))
    , m_caFile(QStringLiteral("ca-file"),
               tr("Also trust the CA certificates in this PEM file (your organisation's TLS inspection CA); "
                  "an empty value removes it."),
               tr("PEM"))
    , m_sso(QStringLiteral("sso-attribute"), tr("What SSO signs people in with: email or userName."),
            tr("ATTRIBUTE"))
    , m_acceptHost(
          QStringLiteral("accept-host"),
          tr("Accept an endpoint host outside the service provider's usual ones (after checking it)."))
{ }

void ProfileOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_endpoint, m_idp, m_groupId, m_groupName, m_caFile, m_sso, m_acceptHost});
    m_auth.addTo(parser);
}

bool ProfileOptions::anySet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option :
         {&m_endpoint, &m_idp, &m_groupId, &m_groupName, &m_caFile, &m_sso}) {
        if (parser.isSet(*option))
            return true;
    }
    return m_auth.anySet(parser);
}

bool ProfileOptions::apply(const QCommandLineParser &parser, credentials::Profile &profile, bool adding,
                           Output &output) const
{
    const auto fail = [&output](const QString &message) {
        output.err(message + QLatin1Char('\n'));
        return false;
    };
    if (adding && !parser.isSet(m_endpoint))
        return fail(tr("--endpoint URL is required: the SCIM endpoint URL you received."));
    if (parser.isSet(m_endpoint)) {
        const scim::EndpointUrl url = scim::EndpointUrl::parse(parser.value(m_endpoint));
        if (!url.isValid())
            return fail(url.message());
        const request::Vendor &vendor = request::Vendor::defaultVendor();
        if (!url.isLoopback() && !vendor.isExpectedHost(url.url().host()) && !parser.isSet(m_acceptHost))
            //: %1 is the endpoint's host name, %2 the service provider, %3 a list of its usual hosts
            return fail(tr("%1 is not one of %2's usual hosts (%3). Check the URL against the message you "
                           "received; if it is right, add --accept-host.")
                            .arg(url.url().host(), vendor.name,
                                 vendor.expectedEndpointHosts.join(QLatin1String(", "))));
        profile.endpoint = url.toString();
    }
    if (parser.isSet(m_idp) || adding) {
        const QString idp
            = parser.isSet(m_idp) ? parser.value(m_idp).toLower() : common::idpName(common::Idp::Entra);
        if (!common::idpFromName(idp))
            //: %1 is the value given to --idp
            return fail(tr("--idp is entra or okta, not “%1”.").arg(parser.value(m_idp)));
        profile.idp = idp;
    }
    if (parser.isSet(m_groupId) && parser.isSet(m_groupName))
        return fail(tr("Give either --group-id or --group-name, not both."));
    if (parser.isSet(m_groupId)) {
        profile.groupId = parser.value(m_groupId).trimmed();
        profile.groupName.clear();
    }
    if (parser.isSet(m_groupName)) {
        profile.groupName = parser.value(m_groupName).trimmed();
        profile.groupId.clear();
    }
    if (parser.isSet(m_sso)) {
        const QString sso = parser.value(m_sso);
        if (sso != QLatin1String("email") && sso != QLatin1String("userName"))
            //: %1 is the value given to --sso-attribute
            return fail(tr("--sso-attribute is email or userName, not “%1”.").arg(sso));
        profile.ssoAttribute = sso;
    }
    if (parser.isSet(m_caFile)) {
        const QString path = parser.value(m_caFile);
        if (!path.isEmpty()) {
            QString error;
            if (!scim::loadCaFile(path, &error))
                return fail(error);
        }
        profile.caFile = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    }
    if (!m_auth.apply(parser, profile.auth, output))
        return false;
    const request::Vendor &vendor = request::Vendor::defaultVendor();
    if (!vendor.supportsAuthMode(profile.auth.mode))
        //: %1 is the vendor, %2 the mode given, %3 the modes the vendor lists
        output.err(tr("Note: %1 lists %3 as its authentication, not %2; check the message you received.")
                       .arg(vendor.name, profile.auth.mode, vendor.authModes.join(QLatin1String(", ")))
                   + QLatin1Char('\n'));
    if (profile.auth.mode == QLatin1String("oauth-client-credentials") && profile.auth.clientAuth.isEmpty())
        profile.auth.clientAuth = vendor.oauthClientAuthentication;
    return true;
}

} // namespace cli
