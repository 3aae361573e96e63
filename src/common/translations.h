#pragma once

#include <QLocale>
#include <QString>

#include <initializer_list>

class QCoreApplication;

namespace common {

/// Loads the application's embedded catalogue and Qt's own qtbase catalogue for @p locale
/// (the system locale by default) into @p app. Returns true if the application catalogue loaded;
/// English needs none and returns false.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

/// Whole sentences, each translated on its own, joined by a space; empty ones are left out.
/// (A translated fragment that begins with a space would leave the space to the translator.)
inline QString sentences(std::initializer_list<QString> parts)
{
    QString text;
    for (const QString &part : parts) {
        if (part.isEmpty())
            continue;
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += part;
    }
    return text;
}

} // namespace common
