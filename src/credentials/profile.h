#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace credentials {

/// The outcome of the last run of a kind, for the start page and `profile list`.
struct LastRun
{
    QDateTime at;
    QString outcome; ///< passed, failed, error, cancelled
};

/// How a profile's connection authenticates (scim::Authentication without its secret), as names
/// and text: this layer does not read them.
struct ProfileAuth
{
    QString mode; ///< bearer (also when empty), header, basic or oauth-client-credentials
    QString username; ///< basic
    QString tokenEndpoint; ///< OAuth
    QString clientId; ///< OAuth
    QString scope; ///< OAuth, optional
    QString clientAuth; ///< OAuth: basic or form; empty: Basic first, then form fields

    bool operator==(const ProfileAuth &) const = default;
};

/// Everything the console keeps about one tenant's SCIM connection — except its secret, which
/// lives in the keychain under id: one entry per profile holding the secret of its mode (the
/// token, the Basic password or the OAuth client secret).
struct Profile
{
    QString id; ///< stable key (the keychain's), survives renames
    QString name;
    QString idp; ///< entra or okta
    QString endpoint;
    QString groupId;
    QString groupName;
    QString caFile;
    ProfileAuth auth;
    QString ssoAttribute; ///< what SSO signs users in with: "email" or "userName"
    // The request's tenant details.
    QString tenantLocation;
    QString tenantName;
    QString tenantSubdomain;
    QString contactName;
    QString contactEmail;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime tokenUpdatedAt;
    bool tokenStored = false;
    LastRun lastVerify;
    LastRun lastPilot;
};

/// Profiles in QSettings (never the token). Names are unique, case-insensitively.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(credentials::ProfileStore)

public:
    /// The application's settings; tests point a store at their own file.
    ProfileStore();
    explicit ProfileStore(const QString &settingsFile);
    ~ProfileStore();

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &name) const;
    std::optional<Profile> findById(const QString &id) const;

    /// A sentence when @p name cannot name a profile (empty, too long, odd characters, taken).
    QString checkName(const QString &name, const QString &ignoreId = {}) const;

    /// A fresh profile id (the keychain key), for storing the token before the profile.
    static QString newId();
    /// The folder that holds what the console keeps for a profile (its run history), private to
    /// the user and removed with the profile: `<AppData>/profiles/<id>`.
    static QString dataFolder(const QString &profileId);
    /// Saves @p profile (new when its id is empty: an id is assigned and returned).
    Profile save(Profile profile);
    bool rename(const QString &oldName, const QString &newName, QString *error);
    void remove(const QString &id);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace credentials
