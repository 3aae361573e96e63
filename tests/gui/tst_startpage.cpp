#include "app/linkedwizard.h"
#include "app/wizardflow.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "shell/startpage.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using app::SetupWizard;
using app::StartPage;
using app::StartPageControl;
using app::WizardController;

namespace {

/// A factory of real flows that counts how often it was asked.
SetupWizard::ControllerFactory countingFlow(int &made, app::WizardModel &model,
                                            credentials::ProfileStore &store)
{
    return [&made, &model, &store](SetupWizard &window, StartPageControl &start) {
        ++made;
        return std::unique_ptr<WizardController>(
            std::make_unique<app::WizardFlow>(window, start, model, store));
    };
}

/// Shows @p wizard and clicks the start page's link @p button, as the admin would.
[[nodiscard]] bool showAndChoose(SetupWizard &wizard, const char *button)
{
    wizard.show();
    auto *link = wizard.findChild<QAbstractButton *>(QLatin1String(button));
    if (!QTest::qWaitForWindowExposed(&wizard) || !link)
        return false;
    QTest::mouseClick(link, Qt::LeftButton);
    return true;
}

} // namespace

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
        app::LinkedWizard wizard(model, store);
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

    // The executable builds a bare SetupWizard and loads the core for it after the first paint;
    // a path chosen before that asks for it at once.
    void theControllerIsMadeWhenFirstNeeded()
    {
        app::WizardModel model(m_directory.filePath(QStringLiteral("w.ini")));
        credentials::ProfileStore store(m_directory.filePath(QStringLiteral("p.ini")));
        model.clear();
        int made = 0;
        SetupWizard wizard(false, countingFlow(made, model, store));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(made, 0);
        WizardController *first = wizard.controller(); // as the launcher asks after the first paint
        QVERIFY(first);
        QCOMPARE(made, 1);
        QCOMPARE(wizard.controller(), first);
        QCOMPARE(made, 1);

        SetupWizard later(false, countingFlow(made, model, store));
        QVERIFY(showAndChoose(later, "storedProfileButton"));
        QCOMPARE(made, 2);
        QCOMPARE(later.currentId(), int(SetupWizard::ProfilesPageId));
        // The path chosen reached the flow's model.
        QCOMPARE(model.path, app::WizardModel::Path::StoredProfile);
    }

    // Saved progress resumes only while no path is chosen: a path clicked before the core came
    // is where the admin goes.
    void aChosenPathIsNotOverriddenBySavedProgress()
    {
        app::WizardModel model(m_directory.filePath(QStringLiteral("resume.ini")));
        credentials::ProfileStore store(m_directory.filePath(QStringLiteral("p.ini")));
        model.path = app::WizardModel::Path::PrepareRequest;
        model.lastPageId = SetupWizard::TenantPageId;
        model.save();
        int made = 0;
        SetupWizard wizard(false, countingFlow(made, model, store));
        QVERIFY(showAndChoose(wizard, "haveCredentialsButton"));
        QCOMPARE(made, 1);
        QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));

        // Made with no path chosen (as after the first paint), the same progress resumes.
        SetupWizard resumed(false, countingFlow(made, model, store));
        model.path = app::WizardModel::Path::PrepareRequest;
        model.lastPageId = SetupWizard::TenantPageId;
        QVERIFY(resumed.controller());
        QCOMPARE(resumed.currentId(), int(SetupWizard::TenantPageId));
    }

    // A core that cannot be loaded (the factory has told the admin) leaves the start page as it
    // is, and is not asked for again on every click.
    void withoutAControllerTheStartPageStays()
    {
        int asked = 0;
        SetupWizard wizard(false, [&](SetupWizard &, StartPageControl &) {
            ++asked;
            return std::unique_ptr<WizardController>();
        });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *prepare = wizard.findChild<QAbstractButton *>(QStringLiteral("prepareRequestButton"));
        QTest::mouseClick(prepare, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(wizard.currentId(), int(SetupWizard::StartPageId));
        QCOMPARE(wizard.pageIds(), QList<int> {int(SetupWizard::StartPageId)});
        QTest::mouseClick(prepare, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(wizard.currentId(), int(SetupWizard::StartPageId));
        QVERIFY(!wizard.controller());
        // Nothing runs and nothing was typed: the window closes without asking.
        QVERIFY(wizard.close());
    }

    void everyInputHasAnAccessibleName()
    {
        app::WizardModel model(m_directory.filePath(QStringLiteral("w.ini")));
        credentials::ProfileStore store(m_directory.filePath(QStringLiteral("p.ini")));
        app::LinkedWizard wizard(model, store);
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
