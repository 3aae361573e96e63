#pragma once

#include "authoptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace credentials {
struct Profile;
}

namespace cli {

class Output;

/// The profile fields the command line sets, for `profile add` and `profile edit`: --endpoint,
/// --idp, --group-id or --group-name, --ca-file, --sso-attribute, --accept-host and the
/// authentication flags (AuthOptions).
class ProfileOptions
{
    Q_DECLARE_TR_FUNCTIONS(cli::ProfileOptions)

public:
    ProfileOptions();
    void addTo(QCommandLineParser &parser) const;

    /// Applies what is set to @p profile, each value checked; false after naming what is wrong.
    /// With @p adding, --endpoint is required and --idp defaults to entra.
    bool apply(const QCommandLineParser &parser, credentials::Profile &profile, bool adding,
               Output &output) const;
    /// Whether any field option is set (an edit that changes nothing is a usage error).
    bool anySet(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_endpoint;
    QCommandLineOption m_idp;
    QCommandLineOption m_groupId;
    QCommandLineOption m_groupName;
    QCommandLineOption m_caFile;
    QCommandLineOption m_sso;
    QCommandLineOption m_acceptHost;
    AuthOptions m_auth;
};

} // namespace cli
