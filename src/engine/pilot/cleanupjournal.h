#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace engine {

/// What a pilot run created, on disk before and while it creates it, so that a killed run can be
/// cleaned up later. One journal per endpoint (QSaveFile, mode 0600, application data folder);
/// it holds ids and userNames, never the token.
class CleanupJournal
{
    Q_DECLARE_TR_FUNCTIONS(engine::CleanupJournal)

public:
    struct User
    {
        QString userName;
        QString id; ///< empty until the create answer arrived
    };
    struct Membership
    {
        QString groupId;
        QString userId;
    };

    /// The journal file for @p endpoint (hashed into the name).
    static QString pathFor(const QString &endpoint);
    /// Every pending journal, whatever its endpoint.
    static QList<CleanupJournal> pending();
    /// The pending journal for @p endpoint, if a run left one.
    static std::optional<CleanupJournal> load(const QString &endpoint, QString *error = nullptr);

    CleanupJournal() = default;
    CleanupJournal(const QString &endpoint, const QString &runId);

    QString endpoint() const { return m_endpoint; }
    QString runId() const { return m_runId; }
    QDateTime startedAt() const { return m_startedAt; }
    const QList<User> &users() const { return m_users; }
    const QList<Membership> &memberships() const { return m_memberships; }
    bool isEmpty() const { return m_users.isEmpty() && m_memberships.isEmpty(); }

    // Each change is written at once; false (and a sentence in error()) when it cannot be.
    bool intendToCreate(const QString &userName);
    /// Fills in the id of the first entry for @p userName that has none yet.
    bool created(const QString &userName, const QString &id);
    bool addedMembership(const QString &groupId, const QString &userId);
    bool removedMembership(const QString &groupId, const QString &userId);
    /// Drops the one entry matching @p user (userName and id: a duplicate is its own entry).
    bool removedUser(const User &user);
    /// Deletes the file: nothing is pending any more.
    bool finish();
    QString error() const { return m_error; }

private:
    bool write();

    QString m_endpoint;
    QString m_runId;
    QDateTime m_startedAt;
    QList<User> m_users;
    QList<Membership> m_memberships;
    QString m_error;
};

} // namespace engine
