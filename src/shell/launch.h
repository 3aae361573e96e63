#pragma once

#include <QStringList>

namespace app {

/// How main() must start, decided from argv before any QCoreApplication exists.
struct Launch
{
    enum class Front { Wizard, CommandLine };
    Front front = Front::Wizard;
    bool demo = false; ///< the wizard against the embedded sandbox (--demo)
    bool writesPdf = false; ///< a --report FILE.pdf needs an (offscreen) QGuiApplication
};

Launch classify(const QStringList &arguments);

/// The message shown when the wizard was asked for but there is no display.
QString noDisplayMessage();

} // namespace app
