#include "engine/pilot/cleanupjournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace engine {

QString CleanupJournal::pathFor(const QString &endpoint)
{
    const QString base
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/journals");
    const QByteArray hash
        = QCryptographicHash::hash(endpoint.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return base + QLatin1Char('/') + QString::fromLatin1(hash) + QLatin1String(".json");
}

QList<CleanupJournal> CleanupJournal::pending()
{
    QList<CleanupJournal> journals;
    const QDir directory(QFileInfo(pathFor(QString())).absolutePath());
    const QStringList files = directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString endpoint
            = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("endpoint")).toString();
        if (const auto journal = load(endpoint); journal && !endpoint.isEmpty())
            journals.append(*journal);
    }
    return journals;
}

CleanupJournal::CleanupJournal(const QString &endpoint, const QString &runId)
    : m_endpoint(endpoint)
    , m_runId(runId)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{ }

std::optional<CleanupJournal> CleanupJournal::load(const QString &endpoint, QString *error)
{
    QFile file(pathFor(endpoint));
    if (!file.exists())
        return std::nullopt;
    CleanupJournal journal;
    journal.m_endpoint = endpoint;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The cleanup journal %1 cannot be read: %2").arg(file.fileName(), file.errorString());
        return journal;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    journal.m_runId = json.value(QLatin1String("runId")).toString();
    journal.m_startedAt
        = QDateTime::fromString(json.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    const QJsonArray users = json.value(QLatin1String("users")).toArray();
    for (const QJsonValue &user : users)
        journal.m_users.append({user.toObject().value(QLatin1String("userName")).toString(),
                                user.toObject().value(QLatin1String("id")).toString()});
    const QJsonArray memberships = json.value(QLatin1String("memberships")).toArray();
    for (const QJsonValue &membership : memberships)
        journal.m_memberships.append({membership.toObject().value(QLatin1String("groupId")).toString(),
                                      membership.toObject().value(QLatin1String("userId")).toString()});
    return journal;
}

bool CleanupJournal::write()
{
    QJsonArray users;
    for (const User &user : std::as_const(m_users))
        users.append(QJsonObject {
            {QStringLiteral("userName"), user.userName},
            {QStringLiteral("id"), user.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(user.id)}});
    QJsonArray memberships;
    for (const Membership &membership : std::as_const(m_memberships))
        memberships.append(QJsonObject {{QStringLiteral("groupId"), membership.groupId},
                                        {QStringLiteral("userId"), membership.userId}});
    const QJsonObject json {{QStringLiteral("tool"), QStringLiteral("scim-console")},
                            {QStringLiteral("runId"), m_runId},
                            {QStringLiteral("endpoint"), m_endpoint},
                            {QStringLiteral("startedAt"), m_startedAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("users"), users},
                            {QStringLiteral("memberships"), memberships}};
    const QString path = pathFor(m_endpoint);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    // Created owner-only from the start: QSaveFile keeps these permissions on commit.
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) > 0 && file.commit();
    if (!ok)
        m_error = tr("The cleanup journal %1 cannot be written: %2").arg(path, file.errorString());
    return ok;
}

bool CleanupJournal::intendToCreate(const QString &userName)
{
    m_users.append({userName, {}});
    return write();
}

bool CleanupJournal::created(const QString &userName, const QString &id)
{
    for (User &user : m_users) {
        if (user.userName == userName && user.id.isEmpty()) {
            user.id = id;
            break;
        }
    }
    return write();
}

bool CleanupJournal::addedMembership(const QString &groupId, const QString &userId)
{
    m_memberships.append({groupId, userId});
    return write();
}

bool CleanupJournal::removedMembership(const QString &groupId, const QString &userId)
{
    m_memberships.removeIf([&](const Membership &m) { return m.groupId == groupId && m.userId == userId; });
    return write();
}

bool CleanupJournal::removedUser(const User &user)
{
    const auto it = std::find_if(m_users.begin(), m_users.end(), [&](const User &u) {
        return u.userName == user.userName && u.id == user.id;
    });
    if (it != m_users.end())
        m_users.erase(it);
    return write();
}

bool CleanupJournal::finish()
{
    return QFile::remove(pathFor(m_endpoint)) || !QFile::exists(pathFor(m_endpoint));
}

} // namespace engine
