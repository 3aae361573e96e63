#include "launch.h"

#include <QCoreApplication>

namespace app {

Launch classify(const QStringList &arguments)
{
    Launch launch;
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty() || rest == QStringList {QStringLiteral("--demo")}) {
        launch.demo = !rest.isEmpty();
        return launch;
    }
    launch.front = Launch::Front::CommandLine;
    for (qsizetype i = 0; i + 1 < rest.size(); ++i) {
        if (rest.at(i) == QLatin1String("--report")
            && rest.at(i + 1).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            launch.writesPdf = true;
    }
    for (const QString &argument : rest) {
        if (argument.startsWith(QLatin1String("--report="))
            && argument.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            launch.writesPdf = true;
    }
    return launch;
}

QString noDisplayMessage()
{
    //: %1 is the program name (scim-console); keep "demo" and "--help" as they are
    return QCoreApplication::translate("cli",
                                       "There is no display to open the setup wizard on.\n"
                                       "To try everything without a window, run:  %1 demo\n"
                                       "For all commands, run:  %1 --help\n")
        .arg(QCoreApplication::applicationName());
}

} // namespace app
