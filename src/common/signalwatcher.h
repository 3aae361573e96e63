#pragma once

#include <QObject>

class QSocketNotifier;

namespace common {

/// Turns SIGINT and SIGTERM into a Qt signal on the event loop (self-pipe; the handler itself
/// only writes one byte). One per process.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace common
