#pragma once

#include <QSslError>
#include <QString>

namespace scim {

/// A stable English name for a certificate problem (e.g. "SelfSignedCertificate"), for hints,
/// reports and tests; Qt's errorString() is the translated sentence.
QString tlsErrorName(QSslError::SslError error);

} // namespace scim
