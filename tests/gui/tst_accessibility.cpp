// Every page of the wizard, the results window and the profile editor, for an admin who uses a
// keyboard, a screen reader or a high-contrast theme: every focusable widget has an accessible
// name (in English, German and French); keyboard focus is drawn on every control; and under a
// white-on-black and a black-on-white palette all text keeps 4.5:1 against its background, with
// a screenshot of each page in SCIM_SCREENSHOT_DIR (or the working directory) to look at.
#include "app/fieldvalidation.h"
#include "app/linkedwizard.h"
#include "app/pilotpage.h"
#include "app/profileeditdialog.h"
#include "app/resultswindow.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "engine/run/runhistory.h"
#include "sandbox/sandboxserver.h"
#include "shell/legiblecolour.h"
#include "shell/startpage.h"
#include "wizardtour.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <functional>

using app::LinkedWizard;
using app::SetupWizard;

namespace {

/// Where @p widget is, for a failure message: class#objectName from its window down.
QString pathOf(const QWidget *widget)
{
    QStringList parts;
    // The widget and its window in full; in between, only the ancestors the project named.
    for (const QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        const bool named = !w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"))
            && !w->objectName().startsWith(QLatin1String("__qt__"));
        if (w != widget && !w->isWindow() && !named)
            continue;
        QString part = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            part += QLatin1Char('#') + w->objectName();
        parts.prepend(part);
    }
    return parts.join(QStringLiteral(" > "));
}

/// The widgets of @p window a keyboard reaches: shown, enabled, taking Tab, not handing focus on.
QList<QWidget *> tabStops(const QWidget &window)
{
    QList<QWidget *> stops;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() == &window && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            stops.append(widget);
    }
    return stops;
}

/// Every focusable widget in @p window's accessibility tree without an accessible name; @p checked
/// counts the focusable widgets seen.
QStringList unnamed(QWidget &window, int &checked)
{
    QStringList found;
    std::function<void(QAccessibleInterface *)> walk = [&](QAccessibleInterface *node) {
        if (!node || node->state().invisible)
            return;
        auto *widget = qobject_cast<QWidget *>(node->object());
        // A selectable label with no text has nothing to name (it is a status line not yet used).
        const auto *label = qobject_cast<QLabel *>(widget);
        if (widget && widget->window() == &window && node->state().focusable
            && !(label && label->text().isEmpty())) {
            ++checked;
            if (node->text(QAccessible::Name).trimmed().isEmpty())
                found.append(pathOf(widget));
        }
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i));
    };
    walk(QAccessible::queryAccessibleInterface(&window));
    return found;
}

/// Every control of @p window that looks the same with keyboard focus as without.
QStringList focusNotDrawn(QWidget &window, int &checked)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return {QStringLiteral("the window never became active")};
    // As after the admin's first Tab: styles draw focus once the keyboard has moved it.
    window.setAttribute(Qt::WA_KeyboardFocusChange);
    QPointer<QWidget> before = QApplication::focusWidget();
    QStringList found;
    const QList<QWidget *> stops = tabStops(window);
    for (QWidget *widget : stops) {
        if (!widget->isVisible() || !widget->isEnabled())
            continue; // leaving the previous one hid it
        // Focus on another control, as the admin would have it before tabbing here (cleared focus
        // would leave a dialog's button drawn as the default, which looks the same as focus).
        for (QWidget *other : stops) {
            if (other != widget && other->isVisible() && other->isEnabled() && !widget->isAncestorOf(other)
                && !other->isAncestorOf(widget)) {
                other->setFocus(Qt::TabFocusReason);
                break;
            }
        }
        if (widget->hasFocus())
            widget->clearFocus();
        const QImage without = widget->grab().toImage();
        widget->setFocus(Qt::TabFocusReason);
        if (!widget->hasFocus()) {
            found.append(pathOf(widget) + QStringLiteral(" (takes no focus)"));
            continue;
        }
        ++checked;
        if (widget->grab().toImage() == without)
            found.append(pathOf(widget));
    }
    if (before)
        before->setFocus(Qt::OtherFocusReason);
    return found;
}

/// The colour most of @p image is: the background.
QColor background(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb most = 0;
    int mostCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > mostCount) {
            most = it.key();
            mostCount = it.value();
        }
    }
    return QColor::fromRgb(most);
}

/// Every piece of text in @p window below @p minimum contrast: each label's colour (its
/// palette's, a style sheet's, any the rich text names) on its background, and each item of a
/// view as drawn (its icon aside). @p checked counts the texts measured.
QStringList illegible(QWidget &window, int &checked, double minimum = app::TextContrast)
{
    QStringList found;
    static const QRegularExpression inline_(QStringLiteral("color\\s*[:=]\\s*[\"\\x27]?([#\\w]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->window() != &window || !label->isVisible() || label->text().trimmed().isEmpty()
            || !label->pixmap().isNull())
            continue;
        ++checked;
        const QImage image = label->grab().toImage();
        const QColor back = background(image);
        QList<QColor> colours {label->palette().color(label->foregroundRole())};
        for (auto it = inline_.globalMatch(label->text()); it.hasNext();) {
            const QColor named = QColor::fromString(it.next().captured(1));
            if (named.isValid())
                colours.append(named);
        }
        for (const QColor &colour : std::as_const(colours)) {
            const double ratio = app::contrastRatio(colour, back);
            if (ratio < minimum)
                found.append(QStringLiteral("%1 “%2”: %3 on %4 is %5:1")
                                 .arg(pathOf(label), label->text().left(40), colour.name(), back.name())
                                 .arg(ratio, 0, 'f', 2));
        }
    }
    const QList<QAbstractItemView *> views = window.findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->window() != &window || !view->isVisible() || !view->model())
            continue;
        const QImage image = view->viewport()->grab().toImage();
        const int rows = std::min(view->model()->rowCount(view->rootIndex()), 40);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = view->model()->index(row, 0, view->rootIndex());
            const QString text = index.data().toString();
            QRect rect = view->visualRect(index).intersected(image.rect());
            if (text.isEmpty() || rect.isEmpty() || view->selectionModel()->isSelected(index))
                continue;
            if (!index.data(Qt::DecorationRole).isNull())
                rect.setLeft(rect.left() + view->iconSize().width() + 8);
            if (rect.width() < 4)
                continue;
            // The text's own colour is the one farthest from the row's background.
            const QImage cell = image.copy(rect);
            const QColor back = background(cell);
            double best = 1;
            for (int y = 0; y < cell.height(); ++y) {
                for (int x = 0; x < cell.width(); ++x)
                    best = std::max(best, app::contrastRatio(cell.pixelColor(x, y), back));
            }
            ++checked;
            if (best < minimum)
                found.append(
                    QStringLiteral("%1 row “%2”: %3:1").arg(pathOf(view), text).arg(best, 0, 'f', 2));
        }
    }
    return found;
}

QPalette highContrast(bool whiteOnBlack)
{
    const QColor ink = whiteOnBlack ? Qt::white : Qt::black;
    const QColor paper = whiteOnBlack ? Qt::black : Qt::white;
    QPalette palette(ink, paper, ink, ink, ink, ink, ink, paper, paper);
    palette.setColor(QPalette::Base, paper);
    palette.setColor(QPalette::AlternateBase,
                     whiteOnBlack ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Text, ink);
    palette.setColor(QPalette::Button, paper);
    palette.setColor(QPalette::ButtonText, ink);
    palette.setColor(QPalette::Highlight, whiteOnBlack ? QColor(0x1a, 0xeb, 0xff) : QColor(0x37, 0x00, 0x6e));
    palette.setColor(QPalette::HighlightedText, paper);
    palette.setColor(QPalette::Link, whiteOnBlack ? QColor(0xff, 0xff, 0x00) : QColor(0x00, 0x00, 0x9f));
    palette.setColor(QPalette::ToolTipBase, paper);
    palette.setColor(QPalette::ToolTipText, ink);
    palette.setColor(QPalette::PlaceholderText,
                     whiteOnBlack ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x40, 0x40, 0x40));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role,
                         whiteOnBlack ? QColor(0x3f, 0xf2, 0x3f) : QColor(0x60, 0x00, 0x00));
    return palette;
}

/// Fails with every problem on a line of its own (QVERIFY2 would cut a long list short).
void report(QStringList problems)
{
    problems.removeDuplicates();
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("SCIM_SCREENSHOT_DIR", QDir::currentPath());
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    testsupport::DemoWizard m_demo;
    SetupWizard *m_wizard = nullptr;
    QPalette m_palette;

    void openWizard(const QString &name)
    {
        m_wizard = &m_demo.open(name);
        // The start page with all it can show: an interrupted pilot's cleanup on offer.
        m_wizard->startPage()->offerCleanup(
            QStringLiteral("A pilot run against %1 did not finish cleaning up.").arg(m_demo.endpoint()),
            true);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    }

    QString pageName() const
    {
        return QString::fromLatin1(
            QMetaEnum::fromType<SetupWizard::PageId>().valueToKey(m_wizard->currentId()));
    }

    /// Every page of the wizard, then the other windows: @p check on each, shown, with its name.
    /// Returns the number of pages toured; stops at the first failure (QTest::currentTestFailed()).
    int visitEveryWindow(const std::function<void(QWidget &, const QString &)> &check)
    {
        int pages = 0;
        testsupport::tourEveryPage(*m_wizard, m_demo.scratch(), [&] {
            ++pages;
            check(*m_wizard, pageName());
        });
        if (!QTest::currentTestFailed())
            visitTheOtherWindows(check);
        return pages;
    }

    /// The windows beyond the wizard: a results window with a run history (the pilot's run) and
    /// the profile editor; @p check is called on each, shown, with its name.
    void visitTheOtherWindows(const std::function<void(QWidget &, const QString &)> &check)
    {
        auto *pilot = qobject_cast<app::PilotPage *>(m_wizard->page(SetupWizard::PilotPageId));
        QVERIFY(pilot && pilot->lastResult());
        const QString profileId = QStringLiteral("a11y-profile");
        QCOMPARE(engine::RunHistory(profileId).record(*pilot->lastResult()), QString());
        auto *results = new app::ResultsWindow(profileId, m_wizard);
        results->openLatest();
        results->show();
        QVERIFY(QTest::qWaitForWindowExposed(results));
        check(*results, QStringLiteral("ResultsWindow"));
        results->findChild<QTabWidget *>()->setCurrentIndex(1);
        check(*results, QStringLiteral("ResultsWindow-timeline"));
        results->close();

        credentials::Profile profile;
        profile.id = profileId;
        profile.name = QStringLiteral("Acme");
        profile.idp = QStringLiteral("entra");
        profile.endpoint = m_demo.endpoint();
        profile.groupName = QStringLiteral("SCIM Pilot");
        app::ProfileEditDialog dialog(m_demo.store(), profile, m_wizard);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        check(dialog, QStringLiteral("ProfileEditDialog"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.start());
        m_palette = QApplication::palette();
    }

    void cleanup()
    {
        m_wizard = nullptr;
        m_demo.close();
        QApplication::setPalette(m_palette);
        testsupport::switchLanguage(QStringLiteral("en"));
    }

    // The checks themselves can fail: a nameless line edit is found (its labelled neighbour
    // is not), a control that draws no focus is found, and grey on white is too faint.
    void theChecksFindWhatTheyLookFor()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *label = new QLabel(QStringLiteral("&Name:"), &window);
        auto *named = new QLineEdit(&window);
        label->setBuddy(named);
        auto *nameless = new QLineEdit(&window);
        nameless->setObjectName(QStringLiteral("namelessLineEdit"));
        auto *blank = new QWidget(&window); // takes focus, draws nothing of it
        blank->setObjectName(QStringLiteral("blankWidget"));
        blank->setFocusPolicy(Qt::StrongFocus);
        blank->setMinimumSize(20, 20);
        auto *faint = new QLabel(QStringLiteral("<span style=\"color:#999999\">faint</span>"), &window);
        for (QWidget *widget : std::initializer_list<QWidget *> {label, named, nameless, blank, faint})
            layout->addWidget(widget);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        int checked = 0;
        QCOMPARE(unnamed(window, checked),
                 (QStringList {QStringLiteral("QWidget > QLineEdit#namelessLineEdit"),
                               QStringLiteral("QWidget > QWidget#blankWidget")}));
        QVERIFY(checked >= 3);
        checked = 0;
        QCOMPARE(focusNotDrawn(window, checked),
                 QStringList {QStringLiteral("QWidget > QWidget#blankWidget")});
        QCOMPARE(checked, 3);
        checked = 0;
        const QStringList faintText = illegible(window, checked);
        QCOMPARE(faintText.size(), 1);
        QVERIFY2(faintText.constFirst().contains(QLatin1String("#999999")),
                 qPrintable(faintText.constFirst()));
    }

    void contrastIsMeasuredAsWcagDoes()
    {
        QCOMPARE(qRound(app::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(app::contrastRatio(Qt::white, Qt::white) * 100), 100);
        QCOMPARE(qRound(app::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        // A colour that reads stays; one that does not is darkened on white, lightened on black.
        QCOMPARE(app::legibleOn(QColor(0xb0, 0x00, 0x20), Qt::white), QColor(0xb0, 0x00, 0x20));
        for (const QColor &back : {QColor(Qt::white), QColor(Qt::black), QColor(0x30, 0x30, 0x30)}) {
            for (const QColor &wanted :
                 {QColor(0xb0, 0x00, 0x20), QColor(0xf0, 0xa0, 0x00), QColor(0x43, 0xa0, 0x47)}) {
                const QColor legible = app::legibleOn(wanted, back);
                QVERIFY2(app::contrastRatio(legible, back) >= 4.5, qPrintable(legible.name() + back.name()));
                QVERIFY(app::contrastRatio(legible, back) < 5.0
                        || legible == wanted); // no further than needed
            }
        }
    }

    // A message's colour follows the palette: red on white, a lighter red on black.
    void aMessageStaysLegibleWhenThePaletteChanges()
    {
        QWidget window;
        auto *label = new QLabel(&window);
        app::showMessage(label, QStringLiteral("Enter a tenant name."));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(label->text().contains(QLatin1String("Enter a tenant name.")));
        QVERIFY(label->text() != QLatin1String("Enter a tenant name.")); // a word says it is a problem
        QVERIFY(!label->toolTip().isEmpty());
        QVERIFY(!label->accessibleDescription().isEmpty());
        const QColor onDefault = label->palette().color(QPalette::WindowText);
        for (const bool whiteOnBlack : {true, false}) {
            QApplication::setPalette(highContrast(whiteOnBlack));
            QTRY_VERIFY(app::contrastRatio(label->palette().color(QPalette::WindowText),
                                           label->palette().color(QPalette::Window))
                        >= 4.5);
            QVERIFY(label->palette().color(QPalette::WindowText).red()
                    > label->palette().color(QPalette::WindowText).green());
        }
        QApplication::setPalette(m_palette);
        QTRY_COMPARE(label->palette().color(QPalette::WindowText), onDefault);
        app::showMessage(label, QStringLiteral("Nothing to fix."), app::MessageTone::Notice);
        QCOMPARE(label->palette().color(QPalette::WindowText), m_palette.color(QPalette::WindowText));
    }

    void everyFocusableWidgetHasAName_data() { testsupport::addLanguageRows(); }

    void everyFocusableWidgetHasAName()
    {
        QFETCH(QString, language);
        QVERIFY2(testsupport::switchLanguage(language), "a catalogue is missing");
        openWizard(language);
        QStringList problems;
        int checked = 0;
        const auto check = [&](QWidget &window, const QString &where) {
            for (const QString &widget : unnamed(window, checked))
                problems.append(where + QStringLiteral(": ") + widget);
        };
        const int pages = visitEveryWindow(check);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(pages, 16);
        QVERIFY2(checked > 5 * pages, qPrintable(QString::number(checked)));
        report(problems);
    }

    void focusIsDrawnOnEveryControl()
    {
        openWizard(QStringLiteral("focus"));
        QStringList problems;
        int checked = 0;
        const auto check = [&](QWidget &window, const QString &where) {
            for (const QString &widget : focusNotDrawn(window, checked))
                problems.append(where + QStringLiteral(": ") + widget);
        };
        visitEveryWindow(check);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
        report(problems);
    }

    void aHighContrastPaletteKeepsEveryPageLegible_data()
    {
        QTest::addColumn<bool>("whiteOnBlack");
        QTest::newRow("white-on-black") << true;
        QTest::newRow("black-on-white") << false;
    }

    void aHighContrastPaletteKeepsEveryPageLegible()
    {
        QFETCH(bool, whiteOnBlack);
        QApplication::setPalette(highContrast(whiteOnBlack));
        openWizard(QString::fromLatin1(QTest::currentDataTag()));
        const QDir screenshots(screenshotDir());
        QStringList problems;
        QStringList saved;
        int checked = 0;
        const auto check = [&](QWidget &window, const QString &where) {
            for (const QString &text : illegible(window, checked))
                problems.append(where + QStringLiteral(": ") + text);
            const QString file = screenshots.filePath(QStringLiteral("%1-%2-%3.png")
                                                          .arg(QString::fromLatin1(QTest::currentDataTag()))
                                                          .arg(saved.size() + 1, 2, 10, QLatin1Char('0'))
                                                          .arg(where));
            if (window.grab().save(file))
                saved.append(file);
            else
                qWarning("could not save %s", qPrintable(file));
        };
        visitEveryWindow(check);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(saved.size(), 16 + 3);
        qInfo("screenshots in %s", qPrintable(screenshots.absolutePath()));
        QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
        report(problems);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
