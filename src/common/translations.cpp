#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace common {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (QWizard's Back/Next, QCommandLineParser's help) come from qtbase_*.qm.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }

    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("scim-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace common
