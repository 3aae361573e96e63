// Every page of the wizard at its smallest window size, under a real X server on a 1366×768
// screen (the ctest entries run it at scale 1 and at QT_SCALE_FACTOR=2): no label, check box or
// button is narrower or shorter than its text needs, and every wizard button is on screen.
#include "app/pilotgrouppage.h"
#include "app/pilotpage.h"
#include "app/resultsview.h"
#include "app/setupwizard.h"
#include "app/verifypage.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "sandbox/sandboxserver.h"
#include "scim/authentication.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeView>

using app::SetupWizard;
using testsupport::child;
using testsupport::clickNext;
using testsupport::tick;
using testsupport::type;

namespace {

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 “%2” (%3)")
        .arg(widget->objectName(), widget->property("text").toString().left(40),
             QString::fromLatin1(widget->metaObject()->className()));
}

/// What on @p page does not get the room its text needs.
QStringList clipped(const QWidget *page)
{
    QStringList problems;
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(page) || widget->width() <= 0)
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty() || label->pixmap().isNull() == false)
                continue;
            const int needed
                = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
            if (!label->wordWrap() && label->width() < label->sizeHint().width())
                problems.append(QStringLiteral("%1 is %2 px wide for %3")
                                    .arg(describe(label))
                                    .arg(label->width())
                                    .arg(label->sizeHint().width()));
            else if (needed > 0 && label->height() < needed)
                problems.append(QStringLiteral("%1 is %2 px high for %3")
                                    .arg(describe(label))
                                    .arg(label->height())
                                    .arg(needed));
        } else if (qobject_cast<const QAbstractButton *>(widget)
                   && !widget->property("text").toString().isEmpty()) {
            if (widget->width() < widget->minimumSizeHint().width()
                || widget->height() < widget->minimumSizeHint().height())
                problems.append(QStringLiteral("%1 is %2×%3 for %4×%5")
                                    .arg(describe(widget))
                                    .arg(widget->width())
                                    .arg(widget->height())
                                    .arg(widget->minimumSizeHint().width())
                                    .arg(widget->minimumSizeHint().height()));
        }
    }
    return problems;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    sandbox::SandboxServer m_sandbox;
    std::unique_ptr<app::WizardModel> m_model;
    std::unique_ptr<credentials::ProfileStore> m_store;
    std::unique_ptr<SetupWizard> m_wizard;
    QStringList m_problems;
    QList<int> m_seen;

    /// The wizard at its minimum size, laid out, checked as it is now.
    void check()
    {
        m_wizard->resize(m_wizard->minimumSize());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const int id = m_wizard->currentId();
        m_seen.append(id);
        const QString page = QString::fromLatin1(QMetaEnum::fromType<SetupWizard::PageId>().valueToKey(id));
        for (const QString &problem : clipped(m_wizard->currentPage()))
            m_problems.append(page + QStringLiteral(": ") + problem);
        // Scrolling down is fine on a small screen; sideways means something demands more width.
        const auto *area
            = m_wizard->currentPage()->findChild<QScrollArea *>(QStringLiteral("pageScrollArea"));
        if (area && area->horizontalScrollBar()->isVisible())
            m_problems.append(page
                              + QStringLiteral(": the page scrolls sideways (%1 px of content in %2)")
                                    .arg(area->widget()->minimumSizeHint().width())
                                    .arg(area->viewport()->width()));
        const QRect screen = m_wizard->screen()->availableGeometry();
        QVERIFY2(screen.contains(m_wizard->frameGeometry())
                     || m_wizard->frameGeometry().size().boundedTo(screen.size())
                         == m_wizard->frameGeometry().size(),
                 qPrintable(page + QStringLiteral(": the window is larger than the screen")));
        for (const auto which :
             {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
            QAbstractButton *button = m_wizard->button(which);
            if (!button->isVisible())
                continue;
            const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
            if (!QRect(m_wizard->mapToGlobal(QPoint(0, 0)), m_wizard->size()).contains(global))
                m_problems.append(page + QStringLiteral(": %1 is outside the window").arg(button->text()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_model = std::make_unique<app::WizardModel>(m_directory.filePath(QStringLiteral("w.ini")));
        m_model->demo = true;
        m_model->demoEndpoint = m_sandbox.endpoint();
        m_model->demoToken = m_sandbox.token();
        m_store = std::make_unique<credentials::ProfileStore>(m_directory.filePath(QStringLiteral("p.ini")));
    }

    void everyPageFitsAtTheSmallestSize()
    {
        m_wizard = std::make_unique<SetupWizard>(*m_model, *m_store);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QVERIFY2(m_wizard->minimumSize().width() <= m_wizard->screen()->availableSize().width()
                     && m_wizard->minimumSize().height() <= m_wizard->screen()->availableSize().height(),
                 "the minimum window size is larger than the screen");
        check(); // start

        // The request path.
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "prepareRequestButton"), Qt::LeftButton);
        check(); // welcome
        clickNext(*m_wizard);
        tick(child<QRadioButton>(*m_wizard, "entraRadioButton"));
        check(); // identity provider
        clickNext(*m_wizard);
        type(child<QLineEdit>(*m_wizard, "tenantNameLineEdit"),
             QStringLiteral("Acme Incorporated International"));
        type(child<QLineEdit>(*m_wizard, "tenantSubdomainLineEdit"), QStringLiteral("acme"));
        check(); // tenant
        clickNext(*m_wizard);
        type(child<QLineEdit>(*m_wizard, "contactNameLineEdit"), QStringLiteral("Ann O'Brien"));
        type(child<QLineEdit>(*m_wizard, "contactEmailLineEdit"), QStringLiteral("ann@acme.example"));
        check(); // contact
        clickNext(*m_wizard);
        check(); // review
        clickNext(*m_wizard);
        check(); // next steps

        // The credentials path (demo: prefilled).
        m_wizard->restart();
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "haveCredentialsButton"), Qt::LeftButton);
        check(); // credentials
        // The mode with the most fields: a token endpoint, client id, secret, scope, client auth.
        auto *mode = child<QComboBox>(*m_wizard, "authModeComboBox");
        mode->setCurrentIndex(mode->findData(int(scim::AuthMode::OAuthClientCredentials)));
        check(); // credentials, OAuth
        m_wizard->restart();

        // The stored-profile path, with every run page after a run.
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "storedProfileButton"), Qt::LeftButton);
        check(); // profiles
        clickNext(*m_wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!qobject_cast<app::VerifyPage *>(m_wizard->currentPage())->isRunning(),
                                 30000);
        check(); // verify
        clickNext(*m_wizard);
        check(); // attribute mappings
        clickNext(*m_wizard);
        QTRY_VERIFY(!child<QLabel>(*m_wizard, "confirmLabel")->text().isEmpty());
        tick(child<QCheckBox>(*m_wizard, "confirmCheckBox"));
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "runButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!qobject_cast<app::PilotPage *>(m_wizard->currentPage())->isRunning(),
                                 30000);
        check(); // pilot
        clickNext(*m_wizard);
        check(); // IdP set-up
        clickNext(*m_wizard);
        check(); // go live
        clickNext(*m_wizard);
        QFile csv(m_directory.filePath(QStringLiteral("pilot.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("userName,email\nann.lee@example.com,ann.lee@example.com\nraj.patel@example.com,raj@"
                  "example.com\n");
        csv.close();
        auto *page = qobject_cast<app::PilotGroupPage *>(m_wizard->currentPage());
        page->loadFile(csv.fileName());
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "previewButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
        check(); // pilot group
        // The steps keep the room their names need: stacked above the details when narrow.
        const auto *tree = page->resultsView()->findChild<QTreeView *>();
        QVERIFY2(tree->width() >= page->resultsView()->width() * 0.8 || tree->columnWidth(0) >= 220,
                 qPrintable(QStringLiteral("the step column is %1 px").arg(tree->columnWidth(0))));

        QCOMPARE(m_seen.size(), 16);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
