#include "authoptions.h"

#include "common/environmentsecrets.h"
#include "credentials/profile.h"
#include "engine/run/target.h"
#include "output.h"
#include "scim/authentication.h"
#include "secretinput.h"

#include <QCommandLineParser>

namespace cli {

AuthOptions::AuthOptions()
    : m_auth(QStringLiteral("auth"),
             tr("How to authenticate: bearer (default), header, basic or oauth-client-credentials."),
             tr("MODE"))
    , m_username(QStringLiteral("username"),
                 tr("basic: the username; the password comes from SCIM_CONSOLE_PASSWORD or standard input."),
                 tr("NAME"))
    , m_tokenEndpoint(QStringLiteral("token-endpoint"),
                      tr("oauth-client-credentials: the token endpoint URL."), tr("URL"))
    , m_clientId(QStringLiteral("client-id"),
                 tr("oauth-client-credentials: the client id; the client secret comes from "
                    "SCIM_CONSOLE_CLIENT_SECRET or standard input."),
                 tr("ID"))
    , m_scope(QStringLiteral("scope"), tr("oauth-client-credentials: the scope to ask for (optional)."),
              tr("SCOPE"))
    , m_clientAuth(
          QStringLiteral("client-auth"),
          tr("oauth-client-credentials: authenticate to the token endpoint with basic (an HTTP Basic "
             "header) or form (form fields); default: basic, then form."),
          tr("METHOD"))
{ }

void AuthOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_auth, m_username, m_tokenEndpoint, m_clientId, m_scope, m_clientAuth});
}

bool AuthOptions::anySet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option :
         {&m_auth, &m_username, &m_tokenEndpoint, &m_clientId, &m_scope, &m_clientAuth}) {
        if (parser.isSet(*option))
            return true;
    }
    return false;
}

bool AuthOptions::apply(const QCommandLineParser &parser, credentials::ProfileAuth &auth,
                        Output &output) const
{
    const auto fail = [&output](const QString &message) {
        output.err(message + QLatin1Char('\n'));
        return false;
    };
    if (parser.isSet(m_auth)) {
        const QString mode = parser.value(m_auth).trimmed().toLower();
        if (!scim::parseAuthMode(mode))
            //: %1 is a comma-separated list of authentication modes, %2 the value given to --auth
            return fail(tr("--auth is one of %1, not “%2”.")
                            .arg(scim::authModeNames().join(QLatin1String(", ")), parser.value(m_auth)));
        if (mode != auth.mode && !(auth.mode.isEmpty() && mode == QLatin1String("bearer")))
            auth = credentials::ProfileAuth {}; // another mode's fields do not carry over
        auth.mode = mode;
    }
    const scim::AuthMode mode = scim::parseAuthMode(auth.mode).value_or(scim::AuthMode::Bearer);
    const bool oauth = mode == scim::AuthMode::OAuthClientCredentials;
    for (const auto &[option, belongs] :
         {std::pair {&m_username, mode == scim::AuthMode::Basic}, std::pair {&m_tokenEndpoint, oauth},
          std::pair {&m_clientId, oauth}, std::pair {&m_scope, oauth}, std::pair {&m_clientAuth, oauth}}) {
        if (parser.isSet(*option) && !belongs)
            //: %1 is a flag such as --client-id, %2 the authentication mode
            return fail(tr("--%1 does not apply to --auth %2.")
                            .arg(option->names().constFirst(), scim::authModeName(mode)));
    }
    if (parser.isSet(m_username))
        auth.username = parser.value(m_username).trimmed();
    if (parser.isSet(m_tokenEndpoint))
        auth.tokenEndpoint = parser.value(m_tokenEndpoint).trimmed();
    if (parser.isSet(m_clientId))
        auth.clientId = parser.value(m_clientId).trimmed();
    if (parser.isSet(m_scope))
        auth.scope = parser.value(m_scope).trimmed();
    if (parser.isSet(m_clientAuth))
        auth.clientAuth = parser.value(m_clientAuth).trimmed().toLower();
    scim::Authentication typed;
    if (const auto problem = engine::Targets::authentication(auth, typed))
        return fail(problem->message);
    if (auth.mode == QLatin1String("bearer"))
        auth.mode.clear();
    if (oauth && parser.isSet(m_tokenEndpoint))
        auth.tokenEndpoint = typed.tokenEndpoint.toString();
    return true;
}

const char *AuthOptions::secretVariable(const QString &mode)
{
    if (mode == QLatin1String("basic"))
        return "SCIM_CONSOLE_PASSWORD";
    if (mode == QLatin1String("oauth-client-credentials"))
        return "SCIM_CONSOLE_CLIENT_SECRET";
    return "SCIM_CONSOLE_TOKEN";
}

AuthOptions::SecretKind AuthOptions::secretKind(const QString &mode)
{
    if (mode == QLatin1String("basic"))
        return SecretKind::Password;
    if (mode == QLatin1String("oauth-client-credentials"))
        return SecretKind::ClientSecret;
    return SecretKind::Token;
}

common::Secret AuthOptions::secretFor(const QString &mode, bool fromStdin, Output &output)
{
    common::Secret fromEnvironment = common::takeEnvironmentSecret(secretVariable(mode));
    if (!fromStdin)
        return fromEnvironment;
    switch (secretKind(mode)) {
    case SecretKind::Password:
        //: the prompt on the terminal; what is typed after it is not shown
        return readSecret(tr("Password: "), output);
    case SecretKind::ClientSecret:
        //: the prompt on the terminal; what is typed after it is not shown
        return readSecret(tr("Client secret: "), output);
    case SecretKind::Token:
        break;
    }
    //: the prompt on the terminal; what is typed after it is not shown
    return readSecret(tr("Secret token: "), output);
}

} // namespace cli
