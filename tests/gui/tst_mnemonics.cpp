// Every page of the wizard in English, German and French: no two visible mnemonics (Alt+letter)
// on one page are the same key, the wizard's own buttons (Back, Next, Finish, Cancel, Start page)
// included, in the words Qt's own catalogue gives them.
#include "app/linkedwizard.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "sandbox/sandboxserver.h"
#include "wizardtour.h"

#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QMap>
#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>

using app::LinkedWizard;
using app::SetupWizard;

namespace {

/// Every visible mnemonic in @p window (its child windows aside): key → the texts that use it.
QMap<QString, QStringList> mnemonics(const QWidget &window)
{
    QMap<QString, QStringList> keys;
    const auto add = [&keys](const QWidget *widget, const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            keys[key.toString(QKeySequence::PortableText)].append(
                QStringLiteral("“%1” (%2 %3)")
                    .arg(text, QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    };
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != &window)
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            add(button, button->text());
        else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            add(label, label->text());
        else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            add(group, group->title());
        else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs, tabs->tabText(i));
            }
        }
    }
    return keys;
}

/// The keys in @p keys that more than one text uses, described.
QStringList collisions(const QMap<QString, QStringList> &keys)
{
    QStringList found;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
    }
    return found;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    testsupport::DemoWizard m_demo;
    SetupWizard *m_wizard = nullptr;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demo.start()); }

    void cleanup()
    {
        m_wizard = nullptr;
        m_demo.close();
        testsupport::switchLanguage(QStringLiteral("en"));
    }

    // The check itself can fail: two buttons on Alt+S, and "&&" that is no mnemonic at all.
    void aCollisionIsFound()
    {
        QWidget window;
        auto *save = new QPushButton(QStringLiteral("&Save"), &window);
        new QPushButton(QStringLiteral("&Send"), &window);
        new QPushButton(QStringLiteral("Search && replace"), &window);
        save->move(0, 40);
        window.show();
        const QMap<QString, QStringList> keys = mnemonics(window);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(collisions(keys).size(), 1);
        QVERIFY(collisions(keys).constFirst().startsWith(QLatin1String("Alt+S: ")));
    }

    void noTwoMnemonicsOnOnePageCollide_data() { testsupport::addLanguageRows(); }

    void noTwoMnemonicsOnOnePageCollide()
    {
        QFETCH(QString, language);
        QVERIFY2(testsupport::switchLanguage(language),
                 "a catalogue is missing (Qt's own comes with qt6-translations-l10n)");
        m_wizard = &m_demo.open(language);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));

        QStringList problems;
        int pages = 0;
        int keysSeen = 0;
        testsupport::tourEveryPage(*m_wizard, m_demo.scratch(), [&] {
            ++pages;
            const QString page = QString::fromLatin1(
                QMetaEnum::fromType<SetupWizard::PageId>().valueToKey(m_wizard->currentId()));
            const QMap<QString, QStringList> keys = mnemonics(*m_wizard);
            keysSeen += int(keys.size());
            for (const QString &collision : collisions(keys))
                problems.append(page + QStringLiteral(": ") + collision);
        });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(pages, 16);
        // Every page has at least Start page and Cancel or Next; most have their own.
        QVERIFY2(keysSeen >= 2 * pages, qPrintable(QString::number(keysSeen)));
        // One line each: a long failure message would be cut short.
        problems.removeDuplicates();
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 collisions").arg(problems.size())));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
