#include "engine/pilot/journalwriter.h"

#include "engine/pilot/cleanupjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThreadPool>

#include <algorithm>
#include <functional>
#include <memory>

namespace engine {

namespace {

/// One thread for every journal: writes to the same file never overtake one another.
QThreadPool *writerThread()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // outlives every journal, so a write handed over always runs
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        // …and ends before the application does.
        qAddPostRoutine([] { writerThread()->waitForDone(); });
        return p;
    }();
    return pool;
}

/// Runs on the writer thread; the error sentence is empty on success.
QString write(const JournalWriter::Snapshot &snapshot)
{
    if (snapshot.remove) {
        QFile file(snapshot.path);
        if (file.remove() || !file.exists())
            return {};
        //: %1 is the journal file's path, %2 the system's error message
        return CleanupJournal::tr("The cleanup journal %1 cannot be written: %2")
            .arg(snapshot.path, file.errorString());
    }
    QDir().mkpath(QFileInfo(snapshot.path).absolutePath());
    QSaveFile file(snapshot.path);
    // Created owner-only from the start: QSaveFile keeps these permissions on commit, and commit
    // syncs the data to disk before it renames the file into place.
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(snapshot.bytes) == snapshot.bytes.size() && file.commit();
    if (ok)
        return {};
    //: %1 is the journal file's path, %2 the system's error message
    return CleanupJournal::tr("The cleanup journal %1 cannot be written: %2")
        .arg(snapshot.path, file.errorString());
}

/// Queues @p snapshot on the writer thread; @p done (if any) runs on the main thread afterwards.
void enqueue(JournalWriter::Snapshot snapshot, std::function<void(const QString &error)> done = {})
{
    QObject *home = QCoreApplication::instance();
    writerThread()->start([snapshot = std::move(snapshot), done = std::move(done), home] {
        const QString error = write(snapshot);
        if (done && home)
            QMetaObject::invokeMethod(
                home, [done, error] { done(error); }, Qt::QueuedConnection);
    });
}

} // namespace

JournalWriter::~JournalWriter()
{
    if (m_next)
        enqueue(std::move(*m_next));
}

void JournalWriter::submit(Snapshot snapshot)
{
    m_next = std::move(snapshot);
    if (!m_busy)
        startNext();
}

void JournalWriter::startNext()
{
    if (!m_next)
        return;
    m_busy = true;
    const quint64 version = m_next->version;
    // Weakly held: a journal gone before its write ended has no one left to tell.
    enqueue(std::move(*m_next), [self = weak_from_this(), version](const QString &error) {
        if (const std::shared_ptr<JournalWriter> writer = self.lock())
            writer->finished(version, error);
    });
    m_next.reset();
}

void JournalWriter::finished(quint64 version, const QString &error)
{
    m_busy = false;
    m_settled = version;
    m_settledOk = error.isEmpty();
    if (!m_settledOk)
        m_error = error;
    startNext();
    // One at a time, looked up afresh: resuming one run may end, cancel or add others.
    while (true) {
        const auto due = std::find_if(m_waiters.begin(), m_waiters.end(),
                                      [version](const Waiter *waiter) { return waiter->version <= version; });
        if (due == m_waiters.end())
            break;
        Waiter *waiter = *due;
        m_waiters.erase(due);
        waiter->registered = false;
        waiter->ok = m_settledOk;
        waiter->handle.resume();
    }
}

JournalWriter::Durable JournalWriter::durable(quint64 version)
{
    return Durable(this, version);
}

} // namespace engine
