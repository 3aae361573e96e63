#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <coroutine>
#include <memory>
#include <optional>
#include <vector>

namespace engine {

/// Writes one cleanup journal file off the UI thread, one write at a time, in order.
///
/// Each change to the journal hands over a whole snapshot with a rising version. A snapshot that
/// arrives while a write is under way waits; a later one replaces it, so a burst of changes costs
/// one write (and one fdatasync) for all of them: group commit. durable() waits until a version,
/// or a later one, is on disk.
class JournalWriter
    : public QObject
    , public std::enable_shared_from_this<JournalWriter>
{
    Q_OBJECT

public:
    /// Whether the file should hold @p bytes, or be gone (an empty journal, finished).
    struct Snapshot
    {
        quint64 version = 0;
        QString path;
        QByteArray bytes;
        bool remove = false;
    };

    JournalWriter() = default;
    /// Hands a snapshot not yet started to the same serial writer, so it still lands in order.
    ~JournalWriter() override;

    void submit(Snapshot snapshot);

    class Durable;
    /// Awaitable: true once @p version or a later snapshot is written; false (and error()) if
    /// that write failed. The caller keeps the writer alive while it waits.
    Durable durable(quint64 version);
    QString error() const { return m_error; }

private:
    /// A coroutine suspended in durable(), registered by its own awaiter while it waits.
    struct Waiter
    {
        quint64 version = 0;
        std::coroutine_handle<> handle;
        bool ok = false;
        bool registered = false;
    };

    void startNext();
    void finished(quint64 version, const QString &error);

    std::optional<Snapshot> m_next;
    bool m_busy = false;
    quint64 m_settled = 0;
    bool m_settledOk = true;
    QString m_error;
    std::vector<Waiter *> m_waiters;
};

/// Awaits one version. Its destructor deregisters it, so a run destroyed while it waits (a
/// cancel) is never resumed; a signal-based awaiter would still be woken by a queued emission.
class JournalWriter::Durable
{
public:
    Durable(JournalWriter *writer, quint64 version)
        : m_writer(writer)
    {
        m_waiter.version = version;
    }
    ~Durable()
    {
        if (m_waiter.registered)
            std::erase(m_writer->m_waiters, &m_waiter);
    }
    // Copied by QCoro's await_transform before it suspends, never after: only the copy that is
    // awaited registers.
    Durable(const Durable &) = default;
    Durable &operator=(const Durable &) = delete;

    bool await_ready() const { return m_writer->m_settled >= m_waiter.version; }
    void await_suspend(std::coroutine_handle<> handle)
    {
        m_waiter.handle = handle;
        m_waiter.registered = true;
        m_writer->m_waiters.push_back(&m_waiter);
    }
    bool await_resume() const { return m_waiter.handle ? m_waiter.ok : m_writer->m_settledOk; }

private:
    JournalWriter *m_writer;
    Waiter m_waiter;
};

} // namespace engine
