#include "tlsnames.h"

namespace scim {

QString tlsErrorName(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
        return QStringLiteral("SelfSignedCertificate");
    case QSslError::SelfSignedCertificateInChain:
        return QStringLiteral("SelfSignedCertificateInChain");
    case QSslError::CertificateExpired:
        return QStringLiteral("CertificateExpired");
    case QSslError::CertificateNotYetValid:
        return QStringLiteral("CertificateNotYetValid");
    case QSslError::HostNameMismatch:
        return QStringLiteral("HostNameMismatch");
    case QSslError::UnableToGetLocalIssuerCertificate:
        return QStringLiteral("UnableToGetLocalIssuerCertificate");
    case QSslError::UnableToVerifyFirstCertificate:
        return QStringLiteral("UnableToVerifyFirstCertificate");
    case QSslError::CertificateUntrusted:
        return QStringLiteral("CertificateUntrusted");
    case QSslError::CertificateRejected:
        return QStringLiteral("CertificateRejected");
    case QSslError::CertificateRevoked:
        return QStringLiteral("CertificateRevoked");
    case QSslError::InvalidCaCertificate:
        return QStringLiteral("InvalidCaCertificate");
    case QSslError::CertificateSignatureFailed:
        return QStringLiteral("CertificateSignatureFailed");
    case QSslError::NoPeerCertificate:
        return QStringLiteral("NoPeerCertificate");
    case QSslError::CertificateBlacklisted:
        return QStringLiteral("CertificateBlacklisted");
    default:
        return QStringLiteral("TlsError%1").arg(int(error));
    }
}

} // namespace scim
