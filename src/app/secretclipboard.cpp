#include "secretclipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace app {

namespace {

constexpr auto PasswordHint = "x-kde-passwordManagerHint";

QByteArray fingerprint(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(std::chrono::milliseconds clearAfter, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(clearAfter);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        clearIfOurs();
        Q_EMIT expired();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearIfOurs);
}

SecretClipboard::~SecretClipboard()
{
    clearIfOurs();
}

void SecretClipboard::copySecret(const QByteArray &secret)
{
    auto *data = new QMimeData;
    data->setText(QString::fromUtf8(secret));
    data->setData(QLatin1String(PasswordHint), "secret");
    QGuiApplication::clipboard()->setMimeData(data);
    m_fingerprint = fingerprint(secret);
    m_timer.start();
}

bool SecretClipboard::holdsOurSecret() const
{
    if (m_fingerprint.isEmpty())
        return false;
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data && data->hasFormat(QLatin1String(PasswordHint))
        && fingerprint(data->text().toUtf8()) == m_fingerprint;
}

void SecretClipboard::clearIfOurs()
{
    if (holdsOurSecret())
        QGuiApplication::clipboard()->clear();
    m_fingerprint.clear();
}

} // namespace app
