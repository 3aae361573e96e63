#pragma once

#include <QLocale>

class QCoreApplication;

namespace common {

/// Loads the application's embedded catalogue and Qt's own qtbase catalogue for @p locale
/// (the system locale by default) into @p app. Returns true if the application catalogue loaded;
/// English needs none and returns false.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace common
