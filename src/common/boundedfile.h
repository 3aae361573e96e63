#pragma once

#include <QByteArray>
#include <QString>

namespace common {

/// A file read in full, or why not. Only regular files are read (never a device, a pipe or a
/// folder), and never more than the limit, whatever the file system says its size is.
struct BoundedFile
{
    QByteArray data;
    QString error; ///< a sentence naming the file and the problem; empty on success

    bool ok() const { return error.isEmpty(); }

    static BoundedFile read(const QString &path, qint64 maxBytes);
};

/// "4 MiB", "64 KiB", "512 bytes".
QString describeBytes(qint64 bytes);

} // namespace common
