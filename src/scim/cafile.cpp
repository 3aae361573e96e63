#include "cafile.h"

#include "common/boundedfile.h"

#include <QCoreApplication>

namespace scim {

std::optional<QList<QSslCertificate>> loadCaFile(const QString &path, QString *error)
{
    const common::BoundedFile file = common::BoundedFile::read(path, 4 * 1024 * 1024);
    if (!file.ok()) {
        //: %1 is why the CA certificate file cannot be read, e.g. "/x.pem does not exist."
        *error = QCoreApplication::translate("scim", "The CA file: %1").arg(file.error);
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.data, QSsl::Pem);
    if (certificates.isEmpty()) {
        //: %1 is the CA certificate file's path
        *error = QCoreApplication::translate("scim", "The CA file %1 holds no PEM certificate.").arg(path);
        return std::nullopt;
    }
    return certificates;
}

} // namespace scim
