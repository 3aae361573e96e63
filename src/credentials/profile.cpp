#include "profile.h"

#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace credentials {

namespace {

void writeRun(QSettings &settings, const QString &key, const LastRun &run)
{
    settings.setValue(key + QLatin1String("/at"), run.at);
    settings.setValue(key + QLatin1String("/outcome"), run.outcome);
}

LastRun readRun(const QSettings &settings, const QString &key)
{
    return {settings.value(key + QLatin1String("/at")).toDateTime(),
            settings.value(key + QLatin1String("/outcome")).toString()};
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QCoreApplication::organizationName(),
                                             QStringLiteral("profiles")))
{ }

ProfileStore::ProfileStore(const QString &settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ProfileStore::dataFolder(const QString &profileId)
{
    // The id is a UUID the store made; anything else is reduced to a safe folder name.
    QString safe = profileId;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    safe.replace(unsafe, QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles/")
        + safe;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        Profile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.idp = m_settings->value(QStringLiteral("idp")).toString();
        p.endpoint = m_settings->value(QStringLiteral("endpoint")).toString();
        p.groupId = m_settings->value(QStringLiteral("groupId")).toString();
        p.groupName = m_settings->value(QStringLiteral("groupName")).toString();
        p.caFile = m_settings->value(QStringLiteral("caFile")).toString();
        p.ssoAttribute = m_settings->value(QStringLiteral("ssoAttribute")).toString();
        p.auth.mode = m_settings->value(QStringLiteral("auth/mode")).toString();
        p.auth.username = m_settings->value(QStringLiteral("auth/username")).toString();
        p.auth.tokenEndpoint = m_settings->value(QStringLiteral("auth/tokenEndpoint")).toString();
        p.auth.clientId = m_settings->value(QStringLiteral("auth/clientId")).toString();
        p.auth.scope = m_settings->value(QStringLiteral("auth/scope")).toString();
        p.auth.clientAuth = m_settings->value(QStringLiteral("auth/clientAuth")).toString();
        p.tenantLocation = m_settings->value(QStringLiteral("tenantLocation")).toString();
        p.tenantName = m_settings->value(QStringLiteral("tenantName")).toString();
        p.tenantSubdomain = m_settings->value(QStringLiteral("tenantSubdomain")).toString();
        p.contactName = m_settings->value(QStringLiteral("contactName")).toString();
        p.contactEmail = m_settings->value(QStringLiteral("contactEmail")).toString();
        p.createdAt = m_settings->value(QStringLiteral("createdAt")).toDateTime();
        p.updatedAt = m_settings->value(QStringLiteral("updatedAt")).toDateTime();
        p.tokenUpdatedAt = m_settings->value(QStringLiteral("tokenUpdatedAt")).toDateTime();
        p.tokenStored = m_settings->value(QStringLiteral("tokenStored")).toBool();
        p.lastVerify = readRun(*m_settings, QStringLiteral("lastVerify"));
        p.lastPilot = readRun(*m_settings, QStringLiteral("lastPilot"));
        m_settings->endGroup();
        out.append(p);
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findById(const QString &id) const
{
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::checkName(const QString &name, const QString &ignoreId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the profile a name, e.g. “Production”.");
    if (trimmed.size() > 64)
        return tr("A profile name has at most 64 characters.");
    static const QRegularExpression allowed(QStringLiteral(R"(^[\p{L}\p{N} ._()-]+$)"));
    if (!allowed.match(trimmed).hasMatch())
        return tr("A profile name uses letters, digits, spaces and . _ ( ) - only.");
    const auto existing = find(trimmed);
    if (existing && existing->id != ignoreId)
        //: %1 is the existing profile's name
        return tr("There is already a profile named “%1”.").arg(existing->name);
    return {};
}

Profile ProfileStore::save(Profile profile)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (profile.id.isEmpty())
        profile.id = newId();
    if (!profile.createdAt.isValid())
        profile.createdAt = now;
    profile.name = profile.name.trimmed();
    profile.updatedAt = now;
    m_settings->beginGroup(QStringLiteral("profiles/") + profile.id);
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("idp"), profile.idp);
    m_settings->setValue(QStringLiteral("endpoint"), profile.endpoint);
    m_settings->setValue(QStringLiteral("groupId"), profile.groupId);
    m_settings->setValue(QStringLiteral("groupName"), profile.groupName);
    m_settings->setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings->setValue(QStringLiteral("ssoAttribute"), profile.ssoAttribute);
    m_settings->setValue(QStringLiteral("auth/mode"), profile.auth.mode);
    m_settings->setValue(QStringLiteral("auth/username"), profile.auth.username);
    m_settings->setValue(QStringLiteral("auth/tokenEndpoint"), profile.auth.tokenEndpoint);
    m_settings->setValue(QStringLiteral("auth/clientId"), profile.auth.clientId);
    m_settings->setValue(QStringLiteral("auth/scope"), profile.auth.scope);
    m_settings->setValue(QStringLiteral("auth/clientAuth"), profile.auth.clientAuth);
    m_settings->setValue(QStringLiteral("tenantLocation"), profile.tenantLocation);
    m_settings->setValue(QStringLiteral("tenantName"), profile.tenantName);
    m_settings->setValue(QStringLiteral("tenantSubdomain"), profile.tenantSubdomain);
    m_settings->setValue(QStringLiteral("contactName"), profile.contactName);
    m_settings->setValue(QStringLiteral("contactEmail"), profile.contactEmail);
    m_settings->setValue(QStringLiteral("createdAt"), profile.createdAt);
    m_settings->setValue(QStringLiteral("updatedAt"), profile.updatedAt);
    m_settings->setValue(QStringLiteral("tokenUpdatedAt"), profile.tokenUpdatedAt);
    m_settings->setValue(QStringLiteral("tokenStored"), profile.tokenStored);
    writeRun(*m_settings, QStringLiteral("lastVerify"), profile.lastVerify);
    writeRun(*m_settings, QStringLiteral("lastPilot"), profile.lastPilot);
    m_settings->endGroup();
    m_settings->sync();
    return profile;
}

bool ProfileStore::rename(const QString &oldName, const QString &newName, QString *error)
{
    auto profile = find(oldName);
    if (!profile) {
        //: %1 is the profile name given
        *error = tr("There is no profile named “%1”.").arg(oldName);
        return false;
    }
    *error = checkName(newName, profile->id);
    if (!error->isEmpty())
        return false;
    profile->name = newName;
    save(*profile);
    return true;
}

void ProfileStore::remove(const QString &id)
{
    m_settings->remove(QStringLiteral("profiles/") + id);
    m_settings->sync();
}

} // namespace credentials
