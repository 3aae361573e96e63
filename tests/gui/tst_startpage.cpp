#include "app/setupwizard.h"
#include "app/startpage.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using app::StartPage;

class TestStartPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

private Q_SLOTS:
    void clickingAPathChoosesIt_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<StartPage::Path>("path");
        QTest::addColumn<int>("page");
        QTest::newRow("prepare request") << "prepareRequestButton" << StartPage::Path::PrepareRequest
                                         << int(app::SetupWizard::WelcomePageId);
        QTest::newRow("received credentials")
            << "haveCredentialsButton" << StartPage::Path::ReceivedCredentials
            << int(app::SetupWizard::CredentialsPageId);
        QTest::newRow("stored profile") << "storedProfileButton" << StartPage::Path::StoredProfile
                                        << int(app::SetupWizard::ProfilesPageId);
    }

    void clickingAPathChoosesIt()
    {
        QFETCH(QString, button);
        QFETCH(StartPage::Path, path);
        QFETCH(int, page);

        app::WizardModel model(m_directory.filePath(QStringLiteral("w.ini")));
        credentials::ProfileStore store(m_directory.filePath(QStringLiteral("p.ini")));
        model.clear();
        app::SetupWizard wizard(model, store);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        StartPage *start = wizard.startPage();
        QCOMPARE(wizard.currentId(), int(app::SetupWizard::StartPageId));
        QVERIFY(!start->isComplete());
        // Only the start page is built before the first paint; each other page on the way to it.
        QCOMPARE(wizard.pageIds(), QList<int> {int(app::SetupWizard::StartPageId)});

        auto *target = wizard.findChild<QAbstractButton *>(button);
        QVERIFY(target);
        QVERIFY(!target->accessibleName().isEmpty());
        QSignalSpy chosen(start, &StartPage::pathChosen);
        QTest::mouseClick(target, Qt::LeftButton);

        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<StartPage::Path>(), path);
        QCOMPARE(start->chosenPath(), path);
        QCOMPARE(wizard.currentId(), page);
        QCOMPARE(wizard.pageIds(), (QList<int> {int(app::SetupWizard::StartPageId), page}));
        QCOMPARE(wizard.currentPage(), wizard.page(page));
    }

    void everyInputHasAnAccessibleName()
    {
        app::WizardModel model(m_directory.filePath(QStringLiteral("w.ini")));
        credentials::ProfileStore store(m_directory.filePath(QStringLiteral("p.ini")));
        app::SetupWizard wizard(model, store);
        const auto inputs = wizard.findChildren<QWidget *>();
        for (QWidget *widget : inputs) {
            const bool isInput = widget->inherits("QLineEdit") || widget->inherits("QComboBox")
                || widget->inherits("QAbstractButton") || widget->inherits("QPlainTextEdit")
                || widget->inherits("QListWidget");
            if (!isInput || widget->objectName().isEmpty()
                || widget->objectName().startsWith(QLatin1String("qt_"))
                || widget->objectName().startsWith(QLatin1String("__qt__"))
                || widget->parentWidget()->inherits("QComboBox"))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
