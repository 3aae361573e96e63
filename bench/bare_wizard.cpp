// The yardstick of `bench/compare.py --only startup`: a bare QWizard with one page, shown as
// scim-console shows its wizard. With SCIM_CONSOLE_QUIT_AFTER_FIRST_PAINT set it quits once its
// window is painted (at once, without teardown), exactly as scim-console does
// (src/shell/wizardlauncher.cpp).
#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

#include <cstdlib>

namespace {

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QuitAfterFirstPaint quitter;
    if (qEnvironmentVariableIsSet("SCIM_CONSOLE_QUIT_AFTER_FIRST_PAINT"))
        app.installEventFilter(&quitter);
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ModernStyle);
    wizard.setMinimumSize(720, 560);
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("A bare QWizard"));
    page->setSubTitle(QStringLiteral("One page with one label."));
    (new QVBoxLayout(page))->addWidget(new QLabel(QStringLiteral("Nothing else.")));
    wizard.addPage(page);
    wizard.show();
    return app.exec();
}
