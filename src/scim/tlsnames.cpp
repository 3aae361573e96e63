#include "tlsnames.h"

#include <QSslKey>

namespace scim {

namespace {

void describeCertificate(TlsInfo &tls, const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return;
    tls.subject = certificate.subjectDisplayName();
    tls.issuer = certificate.issuerDisplayName();
    tls.expiry = certificate.expiryDate();
    const QSslKey key = certificate.publicKey();
    tls.keyBits = key.length();
    tls.keyAlgorithm = key.algorithm() == QSsl::Rsa ? QStringLiteral("RSA")
        : key.algorithm() == QSsl::Ec               ? QStringLiteral("EC")
        : key.algorithm() == QSsl::Dsa              ? QStringLiteral("DSA")
        : key.algorithm() == QSsl::Dh               ? QStringLiteral("DH")
                                                    : QString();
}

/// RSA, DSA and DH keys under 2048 bits or EC keys under 256: what OpenSSL's default security
/// level refuses and what Entra ID's published rules forbid.
bool keyTooSmall(const TlsInfo &tls)
{
    if (tls.keyBits <= 0)
        return false;
    return tls.keyAlgorithm == QLatin1String("EC") ? tls.keyBits < 256 : tls.keyBits < 2048;
}

/// A name for a failed handshake that reported no certificate error, from OpenSSL's reason text.
QString handshakeFailureName(const QString &reason)
{
    const QString lower = reason.toLower();
    if (lower.contains(QLatin1String("protocol version"))
        || lower.contains(QLatin1String("unsupported protocol"))
        || lower.contains(QLatin1String("no protocols available"))
        || lower.contains(QLatin1String("version too low")))
        return QStringLiteral("ProtocolVersion");
    if (lower.contains(QLatin1String("wrong version number"))
        || lower.contains(QLatin1String("packet length too long"))
        || lower.contains(QLatin1String("record layer failure"))
        || lower.contains(QLatin1String("http request")))
        return QStringLiteral("NotTls");
    if (lower.contains(QLatin1String("key too small")) || lower.contains(QLatin1String("md too weak")))
        return QStringLiteral("KeyTooSmall");
    if (lower.contains(QLatin1String("no shared cipher"))
        || lower.contains(QLatin1String("handshake failure")) || lower.contains(QLatin1String("no cipher")))
        return QStringLiteral("NoSharedCipher");
    return QStringLiteral("HandshakeFailed");
}

} // namespace

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

TlsInfo inspectTls(const QSslCertificate &peer, const QList<QSslError> &errors,
                   const QString &handshakeFailure)
{
    TlsInfo tls;
    describeCertificate(tls, peer);
    tls.encrypted = !peer.isNull();
    for (const QSslError &error : errors) {
        if (tls.subject.isEmpty())
            describeCertificate(tls, error.certificate());
        // OpenSSL's "key too small" has no QSslError of its own: Qt reports it as unspecified.
        const bool weakKey = error.error() == QSslError::UnspecifiedError && keyTooSmall(tls);
        tls.errorNames.append(weakKey ? QStringLiteral("KeyTooSmall") : tlsErrorName(error.error()));
        tls.errorMessages.append(error.errorString());
    }
    if (!handshakeFailure.isEmpty() && tls.errorNames.isEmpty()) {
        tls.errorNames.append(handshakeFailureName(handshakeFailure));
        tls.errorMessages.append(handshakeFailure);
    }
    return tls;
}

} // namespace scim
