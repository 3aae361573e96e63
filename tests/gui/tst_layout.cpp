// Every page of the wizard at its smallest window size, in English, German and French, under a
// real X server on a 1366×768 screen (the ctest entries run it at scale 1 and at
// QT_SCALE_FACTOR=2): no label, check box or button is narrower or shorter than its text needs,
// and every wizard button is on screen.
#include "app/linkedwizard.h"
#include "app/pilotgrouppage.h"
#include "app/resultsview.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "sandbox/sandboxserver.h"
#include "wizardtour.h"

#include <QApplication>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeView>

using app::LinkedWizard;
using app::SetupWizard;

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

/// The widget in @p root that asks for the most width, for a message (the widest leaf: a widget
/// without a layout of its own).
QString widest(const QWidget *root)
{
    const QWidget *found = nullptr;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->layout())
            continue;
        if (!found || widget->minimumSizeHint().width() > found->minimumSizeHint().width())
            found = widget;
    }
    return found
        ? QStringLiteral("%1 asks for %2 px").arg(describe(found)).arg(found->minimumSizeHint().width())
        : QString();
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private:
    testsupport::DemoWizard m_demo;
    SetupWizard *m_wizard = nullptr;
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
                              + QStringLiteral(": the page scrolls sideways (%1 px of content in %2; %3)")
                                    .arg(area->widget()->minimumSizeHint().width())
                                    .arg(area->viewport()->width())
                                    .arg(widest(area->widget())));
        const QRect screen = m_wizard->screen()->availableGeometry();
        QVERIFY2(screen.contains(m_wizard->frameGeometry())
                     || m_wizard->frameGeometry().size().boundedTo(screen.size())
                         == m_wizard->frameGeometry().size(),
                 qPrintable(page + QStringLiteral(": the window is larger than the screen")));
        for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                 QWizard::CancelButton, QWizard::CustomButton1}) {
            QAbstractButton *button = m_wizard->button(which);
            if (!button->isVisible())
                continue;
            const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
            if (!QRect(m_wizard->mapToGlobal(QPoint(0, 0)), m_wizard->size()).contains(global))
                m_problems.append(page + QStringLiteral(": %1 is outside the window").arg(button->text()));
            else if (button->width() < button->minimumSizeHint().width())
                m_problems.append(page
                                  + QStringLiteral(": %1 is %2 px wide for %3")
                                        .arg(button->text())
                                        .arg(button->width())
                                        .arg(button->minimumSizeHint().width()));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demo.start()); }

    void cleanup()
    {
        m_wizard = nullptr;
        m_demo.close();
        testsupport::switchLanguage(QStringLiteral("en"));
    }

    void everyPageFitsAtTheSmallestSize_data() { testsupport::addLanguageRows(); }

    void everyPageFitsAtTheSmallestSize()
    {
        QFETCH(QString, language);
        QVERIFY2(testsupport::switchLanguage(language), "a catalogue for the language is missing");
        m_problems.clear();
        m_seen.clear();
        m_wizard = &m_demo.open(language);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QVERIFY2(m_wizard->minimumSize().width() <= m_wizard->screen()->availableSize().width()
                     && m_wizard->minimumSize().height() <= m_wizard->screen()->availableSize().height(),
                 "the minimum window size is larger than the screen");
        testsupport::tourEveryPage(*m_wizard, m_demo.scratch(), [this] { check(); });
        if (QTest::currentTestFailed())
            return;

        // The steps keep the room their names need: stacked above the details when narrow.
        auto *page = qobject_cast<app::PilotGroupPage *>(m_wizard->currentPage());
        QVERIFY(page);
        const auto *tree = page->resultsView()->findChild<QTreeView *>();
        QVERIFY2(tree->width() >= page->resultsView()->width() * 0.8 || tree->columnWidth(0) >= 220,
                 qPrintable(QStringLiteral("the step column is %1 px").arg(tree->columnWidth(0))));

        QCOMPARE(m_seen.size(), 16);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
