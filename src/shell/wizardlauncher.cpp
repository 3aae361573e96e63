#include "wizardlauncher.h"

#include "common/datapaths.h"
#include "core.h"
#include "coreloader.h"
#include "pngicon.h"
#include "setupwizard.h"
#include "startpage.h"

#include <QApplication>
#include <QMessageBox>
#include <QProxyStyle>
#include <QSettings>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace app {

namespace {

/// Calls @p then once @p window's first paint is flushed (queued after it).
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint) {
            m_window->removeEventFilter(this);
            QMetaObject::invokeMethod(this, m_then, Qt::QueuedConnection);
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_then;
};

/// The platform's style with one change: the start page's command links get their arrow from
/// PNGs read by Qt's built-in reader. The common style's own arrow is loaded by asking every
/// image-format plug-in (SVG, JPEG, GIF, ICO) whether it can read it, before the first paint.
class StartPageStyle : public QProxyStyle
{
public:
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        if (which != SP_CommandLink)
            return QProxyStyle::standardIcon(which, option, widget);
        return m_arrow;
    }

private:
    // One icon for every command link: its copies share the engine, so each size is read once.
    const QIcon m_arrow = pngIcon(QStringLiteral(":/scim-console/icons/commandlink-arrow-%1.png"), {20, 40});
};

/// Whether an interrupted pilot left a cleanup journal: the start page offers its cleanup
/// before anything else, so the core must be there for the first paint.
bool cleanupPending()
{
    return !common::cleanupJournalFiles().isEmpty();
}

/// Whether the wizard's saved progress (WizardModel's settings file and keys) takes the admin
/// past the start page at once: then the core is needed before the first paint.
bool savedProgressMayResume()
{
    const QSettings settings(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                             QStringLiteral("wizard"));
    const QString path = settings.value(QStringLiteral("progress/path")).toString();
    return SetupWizard::mayResumeAt(!path.isEmpty() && path != QLatin1String("None"),
                                    settings.value(QStringLiteral("progress/page"), -1).toInt());
}

} // namespace

int runWizard(QApplication &application, bool demo)
{
    // For the start-up benchmark (bench/compare.py, "startup"): exit once the first paint is
    // flushed, as bench/bare_wizard.cpp does. "core" (the executable's own tests) attaches the
    // core too: exit 0, 3 when it could not be, 4 when it was attached before the first paint.
    const QByteArray quitAfterPaint = qgetenv("SCIM_CONSOLE_QUIT_AFTER_FIRST_PAINT");
    application.setStyle(new StartPageStyle); // the application owns it

    QString problem;
    SetupWizard wizard(demo, [&problem, demo](SetupWizard &window, StartPageControl &start) {
        std::unique_ptr<WizardController> flow;
        if (Core *core = loadCore(&problem))
            flow = core->attachWizard(window, start, demo, &problem);
        if (!flow) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            if (qEnvironmentVariableIsEmpty("SCIM_CONSOLE_QUIT_AFTER_FIRST_PAINT"))
                QMessageBox::critical(&window, window.windowTitle(), problem);
            // Without its core the wizard has nothing behind its first page.
            window.hide();
            QCoreApplication::exit(3);
        }
        return flow;
    });
    // The demo's sandbox, a page past the start page and a pending cleanup's offer need the core
    // before the first paint.
    if ((demo || savedProgressMayResume() || cleanupPending()) && !wizard.controller())
        return 3;
    const bool attachedBeforePaint = wizard.hasController();
    new AfterFirstPaint(&wizard, [&wizard, quitAfterPaint, attachedBeforePaint] {
        if (quitAfterPaint == "core")
            std::_Exit(attachedBeforePaint ? 4 : wizard.controller() ? 0 : 3);
        if (!quitAfterPaint.isEmpty())
            std::_Exit(0); // no teardown: only the way to the first page is timed
        wizard.controller();
    });
    wizard.show();
    return application.exec();
}

} // namespace app
