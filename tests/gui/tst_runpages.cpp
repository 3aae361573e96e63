// Verify and pilot through the wizard's pages against the sandbox, offscreen: live steps, a
// window that answers input while a slow run is in progress, and Cancel that leaves nothing.
#include "app/idpsetuppage.h"
#include "app/linkedwizard.h"
#include "app/mappingspage.h"
#include "app/pilotpage.h"
#include "app/verifypage.h"
#include "app/wizardflow.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "engine/pilot/cleanupjournal.h"
#include "engine/verify/verifyrun.h"
#include "sandbox/sandboxserver.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonObject>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <qcoro/qcorotask.h>

using app::LinkedWizard;
using app::SetupWizard;
using app::WizardFlow;
using testsupport::child;
using testsupport::clickNext;
using testsupport::nextEnabled;
using testsupport::tick;

class TestRunPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    sandbox::SandboxServer m_sandbox;
    std::unique_ptr<app::WizardModel> m_model;
    std::unique_ptr<credentials::ProfileStore> m_store;
    std::unique_ptr<LinkedWizard> m_wizard;

    void openDemo()
    {
        m_model = std::make_unique<app::WizardModel>(m_directory.filePath(QStringLiteral("w.ini")));
        m_model->demo = true;
        m_model->demoEndpoint = m_sandbox.endpoint();
        m_model->demoToken = m_sandbox.token();
        m_store = std::make_unique<credentials::ProfileStore>(m_directory.filePath(QStringLiteral("p.ini")));
        m_wizard = std::make_unique<LinkedWizard>(*m_model, *m_store);
        m_wizard->show();
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "storedProfileButton"), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ProfilesPageId));
        QVERIFY(nextEnabled(*m_wizard));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void cleanup()
    {
        m_wizard.reset();
        m_sandbox.faults() = {};
    }

    void verifyStaysResponsiveThenPilotRuns()
    {
        openDemo();
        m_sandbox.faults().latencyMs = 2000;
        clickNext(*m_wizard);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::VerifyPageId));
        auto *page = qobject_cast<app::VerifyPage *>(m_wizard->currentPage());
        QVERIFY(page->isRunning());
        QVERIFY(!nextEnabled(*m_wizard));
        auto *steps = child<QListWidget>(*m_wizard, "stepsListWidget");
        auto *detail = child<QLabel>(*m_wizard, "detailLabel");
        // The first step needs no network: it is there at once, and the window answers a click on
        // it while every request waits two seconds for the sandbox.
        QTRY_VERIFY(steps->count() >= 1);
        QVERIFY(page->isRunning());
        const QRect first = steps->visualItemRect(steps->item(0));
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(steps->currentRow(), 0);
        QVERIFY(!detail->text().isEmpty());
        QVERIFY(page->isRunning()); // still waiting on the sandbox: the click was served meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60000);
        // Every step of a bearer token's verify (the demo's mode), each shown once.
        QCOMPARE(steps->count(), engine::VerifyRun::stepIds(scim::AuthMode::Bearer).size());
        QVERIFY2(nextEnabled(*m_wizard), qPrintable(child<QLabel>(*m_wizard, "statusLabel")->text()));

        m_sandbox.faults().latencyMs = 0;
        clickNext(*m_wizard);
        // What Entra ID will send, row by row, before anything is written.
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::MappingsPageId));
        auto *table = child<QTableWidget>(*m_wizard, "mappingTable");
        QCOMPARE(table->rowCount(), 22);
        QCOMPARE(table->item(3, app::MappingsPage::TargetColumn)->text(), QStringLiteral("title"));
        QCOMPARE(table->item(3, app::MappingsPage::ValueColumn)->text(), QStringLiteral("SCIM Pilot Tester"));
        clickNext(*m_wizard);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::PilotPageId));
        auto *run = child<QAbstractButton>(*m_wizard, "runButton");
        auto *confirm = child<QCheckBox>(*m_wizard, "confirmCheckBox");
        QTRY_VERIFY(child<QLabel>(*m_wizard, "confirmLabel")
                        ->text()
                        .contains(QLatin1String("127.0.0.1"))); // names the host before any write
        QVERIFY(!run->isEnabled());
        tick(confirm);
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        auto *pilot = qobject_cast<app::PilotPage *>(m_wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!pilot->isRunning(), 60000);
        QCOMPARE(child<QListWidget>(*m_wizard, "stepsListWidget")->count(), 15 + 2 + 22);
        QVERIFY(child<QLabel>(*m_wizard, "statusLabel")
                    ->text()
                    .contains(QLatin1String("nothing was left behind")));
        QCOMPARE(m_sandbox.store().count(sandbox::ResourceKind::User), 0);

        clickNext(*m_wizard);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::IdpSetupPageId));
        QCOMPARE(child<QLineEdit>(*m_wizard, "tenantUrlLineEdit")->text(), m_sandbox.endpoint());
        QVERIFY(child<QTextBrowser>(*m_wizard, "instructionsBrowser")
                    ->toPlainText()
                    .contains(QLatin1String("Test Connection")));
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "copyTokenButton"), Qt::LeftButton);
        QTRY_COMPARE(QApplication::clipboard()->text(), QString::fromLatin1(m_sandbox.token()));
        QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        clickNext(*m_wizard);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::GoLivePageId));
        const QString golive = child<QTextBrowser>(*m_wizard, "stepsBrowser")->toPlainText();
        QVERIFY(golive.contains(QLatin1String("SCIM Pilot")));
        QVERIFY(golive.contains(QLatin1String("disables")));
        // The first cycle for as many people as the admin enters, near the bound the runs measured.
        auto *people = child<QSpinBox>(*m_wizard, "peopleSpinBox");
        people->setValue(1200);
        const QString firstSync = child<QLabel>(*m_wizard, "firstSyncLabel")->text();
        QVERIFY2(firstSync.startsWith(
                     QStringLiteral("Your 1,200 people: about 24–192 minutes for the first cycle")),
                 qPrintable(firstSync));
        QVERIFY2(firstSync.contains(QLatin1String("this endpoint's answers (median ")),
                 qPrintable(firstSync));
        m_wizard.reset();
        QVERIFY(QApplication::clipboard()->text().isEmpty()); // the token does not outlive the window
    }

    void mappingVerdictsReachTheMappingsPageAndTheGuide()
    {
        // A service that keeps no title and refuses addresses: after the pilot, the mappings page
        // says so row by row, and the IdP guide lists the rows to delete first.
        m_sandbox.setDropAttributes({QStringLiteral("title")});
        m_sandbox.setRejectAttributes({QStringLiteral("addresses")});
        openDemo();
        clickNext(*m_wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!qobject_cast<app::VerifyPage *>(m_wizard->currentPage())->isRunning(),
                                 60000);
        clickNext(*m_wizard);
        auto *table = child<QTableWidget>(*m_wizard, "mappingTable");
        clickNext(*m_wizard);
        QTRY_VERIFY(!child<QLabel>(*m_wizard, "confirmLabel")->text().isEmpty());
        tick(child<QCheckBox>(*m_wizard, "confirmCheckBox"));
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "runButton"), Qt::LeftButton);
        auto *pilot = qobject_cast<app::PilotPage *>(m_wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!pilot->isRunning(), 60000);
        m_sandbox.setDropAttributes({});
        m_sandbox.setRejectAttributes({});
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::MappingsPageId));
        int rejected = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString target = table->item(row, app::MappingsPage::TargetColumn)->text();
            const QString verdict = table->item(row, app::MappingsPage::VerdictColumn)->text();
            const QString fix = table->item(row, app::MappingsPage::FixColumn)->text();
            if (target == QLatin1String("title")) {
                QCOMPARE(verdict, QStringLiteral("Dropped silently"));
                QVERIFY2(fix.contains(QStringLiteral("“jobTitle → title”")), qPrintable(fix));
            } else if (target.startsWith(QLatin1String("addresses"))) {
                ++rejected;
                QCOMPARE(verdict, QStringLiteral("Rejected"));
            } else {
                QVERIFY2(verdict == QLatin1String("Stored"), qPrintable(target + QLatin1Char(' ') + verdict));
                QVERIFY(fix.isEmpty());
            }
        }
        QCOMPARE(rejected, 6);
        clickNext(*m_wizard);
        clickNext(*m_wizard);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::IdpSetupPageId));
        const QString guide = child<QTextBrowser>(*m_wizard, "instructionsBrowser")->toPlainText();
        QVERIFY2(guide.contains(QLatin1String("Change these attribute mappings first")), qPrintable(guide));
        QVERIFY2(guide.contains(QStringLiteral("jobTitle → title")), qPrintable(guide));
        QCOMPARE(m_sandbox.store().count(sandbox::ResourceKind::User), 0);
    }

    void strictServiceGetsTheEntraFlagInTheTenantUrl()
    {
        sandbox::SandboxServer strict(
            sandbox::SandboxServer::Config {true, QStringLiteral("SCIM Pilot"), {}});
        QVERIFY(strict.start());
        m_model = std::make_unique<app::WizardModel>(m_directory.filePath(QStringLiteral("w2.ini")));
        m_model->demo = true;
        m_model->demoEndpoint = strict.endpoint();
        m_model->demoToken = strict.token();
        m_store = std::make_unique<credentials::ProfileStore>(m_directory.filePath(QStringLiteral("p2.ini")));
        m_wizard = std::make_unique<LinkedWizard>(*m_model, *m_store);
        m_wizard->show();
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "storedProfileButton"), Qt::LeftButton);
        clickNext(*m_wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!qobject_cast<app::VerifyPage *>(m_wizard->currentPage())->isRunning(),
                                 60000);
        clickNext(*m_wizard); // the mappings
        clickNext(*m_wizard);
        auto *confirm = child<QCheckBox>(*m_wizard, "confirmCheckBox");
        QTRY_VERIFY(!child<QLabel>(*m_wizard, "confirmLabel")->text().isEmpty());
        tick(confirm);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "runButton"), Qt::LeftButton);
        auto *pilot = qobject_cast<app::PilotPage *>(m_wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!pilot->isRunning(), 60000);
        QVERIFY(pilot->needsEntraFlag());
        clickNext(*m_wizard);
        QCOMPARE(child<QLineEdit>(*m_wizard, "tenantUrlLineEdit")->text(),
                 strict.endpoint() + QStringLiteral("?aadOptscim062020"));
        QVERIFY(child<QTextBrowser>(*m_wizard, "instructionsBrowser")
                    ->toPlainText()
                    .contains(QLatin1String("aadOptscim062020")));
        m_wizard.reset();
    }

    void pendingCleanupIsOfferedFirst()
    {
        // What a killed pilot leaves: a user with its marker, and the journal naming it.
        const QString id
            = m_sandbox.store()
                  .create(sandbox::ResourceKind::User,
                          QJsonObject {
                              {QStringLiteral("userName"), QStringLiteral("scim-pilot-left@example.com")},
                              {QStringLiteral("externalId"), QStringLiteral("scim-console:run-9:1")}})
                  .value(QLatin1String("id"))
                  .toString();
        engine::CleanupJournal journal(m_sandbox.endpoint(), QStringLiteral("run-9"));
        QVERIFY(QCoro::waitFor(journal.intendToCreate(QStringLiteral("scim-pilot-left@example.com"))));
        journal.created(QStringLiteral("scim-pilot-left@example.com"), id);
        QVERIFY(QCoro::waitFor(journal.flush()));

        m_model = std::make_unique<app::WizardModel>(m_directory.filePath(QStringLiteral("w3.ini")));
        m_model->demo = true;
        m_model->demoEndpoint = m_sandbox.endpoint();
        m_model->demoToken = m_sandbox.token();
        m_store = std::make_unique<credentials::ProfileStore>(m_directory.filePath(QStringLiteral("p3.ini")));
        m_wizard = std::make_unique<LinkedWizard>(*m_model, *m_store);
        m_wizard->show();
        auto *offer = child<QLabel>(*m_wizard, "pendingCleanupLabel");
        QVERIFY(offer->isVisible());
        QVERIFY(offer->text().contains(m_sandbox.endpoint()));
        QSignalSpy finished(&m_wizard->flow(), &WizardFlow::pendingCleanupFinished);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "cleanUpButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(m_sandbox.store().count(sandbox::ResourceKind::User), 0);
        QVERIFY(engine::CleanupJournal::pending().isEmpty());
    }

    void cancelMidPilotLeavesNothing()
    {
        openDemo();
        clickNext(*m_wizard);
        auto *verify = qobject_cast<app::VerifyPage *>(m_wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!verify->isRunning(), 60000);
        clickNext(*m_wizard); // the mappings
        clickNext(*m_wizard);
        auto *confirm = child<QCheckBox>(*m_wizard, "confirmCheckBox");
        QTRY_VERIFY(!child<QLabel>(*m_wizard, "confirmLabel")->text().isEmpty());
        tick(confirm);
        m_sandbox.faults().latencyMs = 300;
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "runButton"), Qt::LeftButton);
        auto *pilot = qobject_cast<app::PilotPage *>(m_wizard->currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.store().count(sandbox::ResourceKind::User), 1, 30000);
        auto *cancel = child<QAbstractButton>(*m_wizard, "cancelButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(child<QLabel>(*m_wizard, "statusLabel")->text().contains(QLatin1String("cleaning up")));
        QTRY_VERIFY_WITH_TIMEOUT(!pilot->isRunning(), 60000);
        QVERIFY(child<QLabel>(*m_wizard, "statusLabel")->text().contains(QLatin1String("Cancelled")));
        QVERIFY(child<QLabel>(*m_wizard, "statusLabel")
                    ->text()
                    .contains(QLatin1String("nothing was left behind")));
        QCOMPARE(m_sandbox.store().count(sandbox::ResourceKind::User), 0);
    }
};

QTEST_MAIN(TestRunPages)
#include "tst_runpages.moc"
