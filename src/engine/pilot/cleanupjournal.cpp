#include "engine/pilot/cleanupjournal.h"

#include "common/datapaths.h"
#include "engine/pilot/journalwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace engine {

QString CleanupJournal::pathFor(const QString &endpoint)
{
    const QString base = common::cleanupJournalDirectory();
    const QByteArray hash
        = QCryptographicHash::hash(endpoint.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return base + QLatin1Char('/') + QString::fromLatin1(hash) + QLatin1String(".json");
}

QList<CleanupJournal> CleanupJournal::pending()
{
    QList<CleanupJournal> journals;
    const QStringList files = common::cleanupJournalFiles();
    for (const QString &path : files) {
        QFile file(path);
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
            //: %1 is the journal file's path, %2 the system's error message
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

QByteArray CleanupJournal::serialised() const
{
    QJsonArray users;
    for (const User &user : m_users)
        users.append(QJsonObject {
            {QStringLiteral("userName"), user.userName},
            {QStringLiteral("id"), user.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(user.id)}});
    QJsonArray memberships;
    for (const Membership &membership : m_memberships)
        memberships.append(QJsonObject {{QStringLiteral("groupId"), membership.groupId},
                                        {QStringLiteral("userId"), membership.userId}});
    const QJsonObject json {{QStringLiteral("tool"), QStringLiteral("scim-console")},
                            {QStringLiteral("runId"), m_runId},
                            {QStringLiteral("endpoint"), m_endpoint},
                            {QStringLiteral("startedAt"), m_startedAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("users"), users},
                            {QStringLiteral("memberships"), memberships}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

quint64 CleanupJournal::write(bool remove)
{
    if (!m_writer)
        m_writer = std::make_shared<JournalWriter>();
    // Serialised now, on this thread: the writer never sees the journal itself.
    m_writer->submit({++m_version, pathFor(m_endpoint), remove ? QByteArray() : serialised(), remove});
    return m_version;
}

QString CleanupJournal::error() const
{
    return m_error.isEmpty() && m_writer ? m_writer->error() : m_error;
}

QCoro::Task<bool> CleanupJournal::intendToCreate(QString userName)
{
    m_users.append({userName, {}});
    const quint64 version = write();
    const std::shared_ptr<JournalWriter> writer = m_writer; // the journal may be moved meanwhile
    co_return co_await writer->durable(version);
}

void CleanupJournal::created(const QString &userName, const QString &id)
{
    for (User &user : m_users) {
        if (user.userName == userName && user.id.isEmpty()) {
            user.id = id;
            break;
        }
    }
    write();
}

void CleanupJournal::addedMembership(const QString &groupId, const QString &userId)
{
    m_memberships.append({groupId, userId});
    write();
}

void CleanupJournal::removedMembership(const QString &groupId, const QString &userId)
{
    m_memberships.removeIf([&](const Membership &m) { return m.groupId == groupId && m.userId == userId; });
    write();
}

void CleanupJournal::removedUser(const User &user)
{
    const auto it = std::find_if(m_users.begin(), m_users.end(), [&](const User &u) {
        return u.userName == user.userName && u.id == user.id;
    });
    if (it != m_users.end())
        m_users.erase(it);
    write();
}

QCoro::Task<bool> CleanupJournal::flush()
{
    if (!m_writer)
        co_return m_error.isEmpty();
    const std::shared_ptr<JournalWriter> writer = m_writer;
    co_return co_await writer->durable(m_version);
}

QCoro::Task<bool> CleanupJournal::finish()
{
    const quint64 version = write(true);
    const std::shared_ptr<JournalWriter> writer = m_writer;
    co_return co_await writer->durable(version);
}

} // namespace engine
