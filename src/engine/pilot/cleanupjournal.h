#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>

namespace engine {

class JournalWriter;

/// What a pilot run created, on disk before and while it creates it, so that a killed run can be
/// cleaned up later. One journal per endpoint (QSaveFile, mode 0600, application data folder);
/// it holds ids and userNames, never the token.
///
/// The file is written off the UI thread (JournalWriter). Only an intention to create must be on
/// disk before its request is sent, so intendToCreate() waits for it; every other change is
/// written soon after, together with whatever else changed meanwhile, because losing one costs
/// nothing a later cleanup cannot recover: an id is found again by the run's marker, a membership
/// goes with its user, and a removal already made is "already gone". flush() and finish() wait.
/// Copies share one writer.
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

    /// Ends once the intention is on disk; false (and a sentence in error()) when it cannot be.
    QCoro::Task<bool> intendToCreate(QString userName);
    /// Fills in the id of the first entry for @p userName that has none yet.
    void created(const QString &userName, const QString &id);
    void addedMembership(const QString &groupId, const QString &userId);
    void removedMembership(const QString &groupId, const QString &userId);
    /// Drops the one entry matching @p user (userName and id: a duplicate is its own entry).
    void removedUser(const User &user);
    /// Ends once every change so far is on disk; false (and error()) if one could not be written.
    QCoro::Task<bool> flush();
    /// Deletes the file, after any write still under way: nothing is pending any more.
    QCoro::Task<bool> finish();
    QString error() const;

private:
    quint64 write(bool remove = false);
    QByteArray serialised() const;

    QString m_endpoint;
    QString m_runId;
    QDateTime m_startedAt;
    QList<User> m_users;
    QList<Membership> m_memberships;
    QString m_error;
    quint64 m_version = 0;
    std::shared_ptr<JournalWriter> m_writer;
};

} // namespace engine
