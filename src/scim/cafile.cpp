#include "cafile.h"

#include "common/boundedfile.h"

#include <QCoreApplication>

namespace scim {

std::optional<QList<QSslCertificate>> loadCaFile(const QString &path, QString *error)
{
    const common::BoundedFile file = common::BoundedFile::read(path, 4 * 1024 * 1024);
    if (!file.ok()) {
        *error = QCoreApplication::translate("scim", "The CA file: %1").arg(file.error);
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.data, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QCoreApplication::translate("scim", "The CA file %1 holds no PEM certificate.").arg(path);
        return std::nullopt;
    }
    return certificates;
}

} // namespace scim
