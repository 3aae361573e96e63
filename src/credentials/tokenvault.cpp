#include "tokenvault.h"

#include <QPointer>
#include <QTimer>
#include <qcoro/qcorosignal.h>
#include <qt6keychain/keychain.h>

namespace credentials {

namespace {

/// Turns a job's finished signal or the timeout, whichever comes first, into one done().
class JobWaiter : public QObject
{
    Q_OBJECT

public:
    JobWaiter(QKeychain::Job *job, std::chrono::milliseconds timeout)
    {
        connect(job, &QKeychain::Job::finished, this, [this] { finish(false); });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { finish(true); });
        m_timer.start(timeout);
    }

    bool isDone() const { return m_done; }
    bool timedOut() const { return m_timedOut; }

Q_SIGNALS:
    void done();

private:
    void finish(bool timedOut)
    {
        if (m_done)
            return;
        m_done = true;
        m_timedOut = timedOut;
        m_timer.stop();
        Q_EMIT done();
    }

    QTimer m_timer;
    bool m_done = false;
    bool m_timedOut = false;
};

VaultResult classify(const QKeychain::Job &job)
{
    VaultResult result;
    result.detail = job.errorString();
    // libsecret's "Cannot create an item in a locked collection" arrives as AccessDenied.
    const bool saysLocked = result.detail.contains(QLatin1String("locked"), Qt::CaseInsensitive);
    if (saysLocked && job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        result.state = VaultResult::State::Locked;
        return result;
    }
    switch (job.error()) {
    case QKeychain::NoError:
        result.state = VaultResult::State::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.state = VaultResult::State::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
        result.state = VaultResult::State::NoService;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.state = VaultResult::State::AccessDenied;
        break;
    default:
        // Without a session bus QtKeychain says OtherError, not NoBackendAvailable.
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            result.state = VaultResult::State::NoService;
        else if (result.detail.contains(QLatin1String("prompt"), Qt::CaseInsensitive))
            result.state = VaultResult::State::Locked;
        else
            result.state = VaultResult::State::Failed;
        break;
    }
    return result;
}

} // namespace

QString VaultResult::stateName(State state)
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::NotFound:
        return QStringLiteral("not-found");
    case State::NoService:
        return QStringLiteral("no-keychain");
    case State::Locked:
        return QStringLiteral("locked");
    case State::AccessDenied:
        return QStringLiteral("access-denied");
    case State::TimedOut:
        return QStringLiteral("timed-out");
    case State::TooLarge:
        return QStringLiteral("too-large");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString VaultResult::explanation() const
{
    switch (state) {
    case State::Ok:
        return tr("The token is stored in your system keychain.");
    case State::NotFound:
        return tr("No token is stored for this profile. Set it again with the token you received.");
    case State::NoService:
        return tr("No system keychain is available (no Secret Service, or no desktop session bus). The token "
                  "is never written to a file instead. Log in to a desktop session with a keyring such as "
                  "GNOME Keyring or KWallet, then try again.");
    case State::Locked:
        return tr("Your keyring is locked, or there is no default keyring to store the token in. Unlock it "
                  "(for example in Passwords and Keys, or by logging in again), then try again.");
    case State::AccessDenied:
        return tr("The keychain refused access to SCIM Setup Console. Allow access when your system asks, "
                  "then try again.");
    case State::TimedOut:
        return tr("The keychain did not answer in time. A password prompt may be waiting in another window; "
                  "answer it, then try again.");
    case State::TooLarge:
        return tr("This token is longer than your system keychain can hold. Ask the service provider for a "
                  "shorter token.");
    case State::Failed:
        //: %1 is the keychain's error message
        return tr("The keychain reported a problem: %1").arg(detail);
    }
    return {};
}

TokenVault::TokenVault(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
    , m_maxSecretBytes(platformMaxSecretBytes())
{ }

QCoro::Task<VaultResult> TokenVault::run(std::unique_ptr<QKeychain::Job> job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    auto waiter = std::make_unique<JobWaiter>(job.get(), m_timeout);
    job->start();
    if (!waiter->isDone())
        co_await qCoro(waiter.get(), &JobWaiter::done);
    if (waiter->timedOut()) {
        // The backend may still answer later; let the job clean up after itself then.
        job.release()->setAutoDelete(true);
        co_return VaultResult {VaultResult::State::TimedOut, {}, {}};
    }
    VaultResult result = classify(*job);
    if (result.ok()) {
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(job.get()))
            result.secret = common::Secret(reader->binaryData());
    }
    co_return result;
}

QCoro::Task<VaultResult> TokenVault::store(QString key, common::Secret secret)
{
    if (secret.size() > m_maxSecretBytes)
        co_return VaultResult {VaultResult::State::TooLarge,
                               {},
                               //: %1 is the size of the token in bytes, %2 the keychain's limit in bytes
                               tr("%1 bytes; the limit here is %2").arg(secret.size()).arg(m_maxSecretBytes)};
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setKey(key);
    job->setBinaryData(secret.view().toByteArray());
    co_return co_await run(std::move(job));
}

QCoro::Task<VaultResult> TokenVault::read(QString key)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(key);
    VaultResult result = co_await run(std::move(job));
    if (result.state != VaultResult::State::NotFound)
        co_return result;
    VaultResult probed = co_await probe();
    if (probed.ok())
        co_return result;
    co_return std::move(probed);
}

QCoro::Task<VaultResult> TokenVault::remove(QString key)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(key);
    VaultResult result = co_await run(std::move(job));
    if (result.state == VaultResult::State::NotFound)
        result.state = VaultResult::State::Ok;
    co_return result;
}

QCoro::Task<VaultResult> TokenVault::probe()
{
    const QString key = QStringLiteral("probe");
    auto write = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    write->setKey(key);
    write->setBinaryData("probe");
    VaultResult written = co_await run(std::move(write));
    if (!written.ok())
        co_return std::move(written);
    auto remove = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    remove->setKey(key);
    co_return co_await run(std::move(remove));
}

} // namespace credentials

#include "tokenvault.moc"
