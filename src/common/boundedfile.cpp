#include "boundedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace common {

QString describeBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        //: %1 is a whole number of mebibytes
        return QCoreApplication::translate("common", "%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        //: %1 is a whole number of kibibytes
        return QCoreApplication::translate("common", "%1 KiB").arg(bytes / 1024);
    //: %n is a number of bytes
    return QCoreApplication::translate("common", "%n byte(s)", nullptr, int(bytes));
}

BoundedFile BoundedFile::read(const QString &path, qint64 maxBytes)
{
    BoundedFile result;
    const QFileInfo info(path);
    if (!info.exists()) {
        //: %1 is the file path
        result.error = QCoreApplication::translate("common", "%1 does not exist.").arg(path);
        return result;
    }
    // isFile() follows links: a link to a regular file is fine, /dev/zero and FIFOs are not.
    if (!info.isFile()) {
        result.error = info.isDir()
            //: %1 is the path given
            ? QCoreApplication::translate("common", "%1 is a folder, not a file.").arg(path)
            //: %1 is the path given
            : QCoreApplication::translate("common",
                                          "%1 is not a regular file (a device or a pipe); give a file.")
                  .arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error
            //: %1 is the file path, %2 the system's error message
            = QCoreApplication::translate("common", "%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    // Read to one byte past the limit: the size a file system reports may be wrong (procfs says 0).
    QByteArray data;
    while (data.size() <= maxBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(64 * 1024, maxBytes + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        result.error
            //: %1 is the file path, %2 the system's error message
            = QCoreApplication::translate("common", "%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    if (data.size() > maxBytes) {
        //: %1 is the file path, %2 the size limit, e.g. "64 KiB"
        result.error = QCoreApplication::translate("common", "%1 is larger than %2.")
                           .arg(path, describeBytes(maxBytes));
        return result;
    }
    result.data = data;
    return result;
}

} // namespace common
