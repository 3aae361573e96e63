#pragma once

#include "response.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace scim {

/// A stable English name for a certificate problem (e.g. "SelfSignedCertificate"), for hints,
/// reports and tests; Qt's errorString() is the translated sentence.
QString tlsErrorName(QSslError::SslError error);

/// What a connection's TLS showed: the peer's certificate (or the one the errors name), each
/// certificate problem by name, and — for a handshake that failed without one — a name for
/// @p handshakeFailure, OpenSSL's reason (empty when the handshake did not fail).
TlsInfo inspectTls(const QSslCertificate &peer, const QList<QSslError> &errors,
                   const QString &handshakeFailure);

} // namespace scim
