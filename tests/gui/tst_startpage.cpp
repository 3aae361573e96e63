#include "app/setupwizard.h"
#include "app/startpage.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTest>

using app::StartPage;

class TestStartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickingAPathChoosesIt_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<StartPage::Path>("path");
        QTest::newRow("prepare request") << "prepareRequestButton" << StartPage::Path::PrepareRequest;
        QTest::newRow("received credentials")
            << "haveCredentialsButton" << StartPage::Path::ReceivedCredentials;
        QTest::newRow("stored profile") << "storedProfileButton" << StartPage::Path::StoredProfile;
    }

    void clickingAPathChoosesIt()
    {
        QFETCH(QString, button);
        QFETCH(StartPage::Path, path);

        app::SetupWizard wizard(false);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        StartPage *page = wizard.startPage();
        QCOMPARE(wizard.currentId(), int(app::SetupWizard::StartPageId));
        QVERIFY(!page->isComplete());

        auto *target = wizard.findChild<QAbstractButton *>(button);
        QVERIFY(target);
        QVERIFY(target->isVisible());
        QVERIFY(!target->accessibleName().isEmpty());
        QSignalSpy chosen(page, &StartPage::pathChosen);
        QTest::mouseClick(target, Qt::LeftButton);

        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<StartPage::Path>(), path);
        QCOMPARE(page->chosenPath(), path);
        QVERIFY(page->isComplete());
    }

    void demoTitleSaysDemo()
    {
        app::SetupWizard wizard(true);
        QVERIFY(wizard.windowTitle().contains(QLatin1String("demo")));
        QVERIFY(!app::SetupWizard(false).windowTitle().contains(QLatin1String("demo")));
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
