#include "wizardlauncher.h"

#include "credentials/profile.h"
#include "pngicon.h"
#include "sandbox/tenantloader.h"
#include "setupwizard.h"
#include "wizardmodel.h"

#include <QApplication>
#include <QMessageBox>
#include <QProxyStyle>

#include <cstdlib>

namespace app {

namespace {

/// For the start-up benchmark (bench/compare.py, "startup"): exits once a window has been
/// painted, as bench/bare_wizard.cpp does.
class QuitAfterFirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow()) {
            QCoreApplication::instance()->removeEventFilter(this);
            // Once this paint is flushed; no teardown: only the way to the first page is timed.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [] { std::_Exit(0); }, Qt::QueuedConnection);
        }
        return false;
    }
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

} // namespace

int runWizard(QApplication &application, bool demo)
{
    QuitAfterFirstPaint quitter;
    if (qEnvironmentVariableIsSet("SCIM_CONSOLE_QUIT_AFTER_FIRST_PAINT"))
        application.installEventFilter(&quitter);
    application.setStyle(new StartPageStyle); // the application owns it
    WizardModel model;
    credentials::ProfileStore store;
    // The sandbox plug-in, and with it Qt HttpServer and a TLS backend, only for the demo.
    sandbox::OpenedTenant demoTenant;
    if (demo) {
        demoTenant = sandbox::openTenant();
        if (!demoTenant.tenant) {
            QMessageBox::critical(nullptr, QApplication::translate("app", "SCIM Setup Console"),
                                  demoTenant.pluginError.isEmpty() ? QApplication::translate(
                                      "app", "The demo sandbox could not listen on 127.0.0.1.")
                                                                   : demoTenant.pluginError);
            return 3;
        }
        model.demo = true;
        model.demoEndpoint = demoTenant.tenant->endpoint();
        model.demoToken = demoTenant.tenant->token();
    }
    SetupWizard wizard(model, store);
    wizard.show();
    return application.exec();
}

} // namespace app
