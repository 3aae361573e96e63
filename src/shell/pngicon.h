#pragma once

#include <QIcon>
#include <QString>

#include <initializer_list>

namespace app {

/// An icon from PNG files of the given square @p sizes, where @p pattern has %1 for the size (a
/// resource path such as ":/appicon/%1x%1/apps/x.png"). Each file is read when a pixmap of about
/// its size is first asked for, not before, and by Qt's built-in PNG reader: QIcon::addFile() would
/// read every size at once and ask every image-format plug-in whether it can read the file.
QIcon pngIcon(const QString &pattern, std::initializer_list<int> sizes);

} // namespace app
