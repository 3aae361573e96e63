#pragma once

#include <QList>
#include <QSsl>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <qcoro/qcorotask.h>

#include <chrono>

namespace scim {

/// What one TLS handshake showed: whether the server accepted the protocol and cipher suites
/// offered, what it chose, and its certificate chain.
struct TlsProbeResult
{
    bool negotiated = false; ///< the handshake completed
    /// The handshake failed before it reached the server: this computer's TLS library refuses to
    /// offer what was asked (an old protocol, a suite below its security level).
    bool refusedLocally = false;
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;
    QString cipher; ///< OpenSSL's name of the suite chosen
    QList<QSslCertificate> chain; ///< the peer's chain, its own certificate first
    QString error; ///< why it did not complete
};

/// One TLS handshake to @p host:@p port offering only @p protocol (and, when not empty, only the
/// suites @p ciphers), closed as soon as it completes. Nothing is ever written over it, so the
/// certificate is read but not judged here: trust is the certificate check's business, and the
/// token never travels over a probe.
QCoro::Task<TlsProbeResult> probeTls(QString host, quint16 port, QSsl::SslProtocol protocol,
                                     QStringList ciphers, std::chrono::milliseconds timeout);

/// Whether this computer's TLS library lets a client offer @p protocol at all.
bool canOffer(QSsl::SslProtocol protocol);

} // namespace scim
