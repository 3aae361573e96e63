// What a new admin meets in the first hour, offscreen with a real keychain: closing mid-run asks,
// stops, cleans up and closes; Esc and Cancel ask only when something would be lost; Enter does
// what the focused field means; resuming offers a pending cleanup first and keeps Back; a stored
// profile can be edited; the pages say things in the admin's words.
#include "app/linkedwizard.h"
#include "app/pilotgrouppage.h"
#include "app/pilotpage.h"
#include "app/profilespage.h"
#include "app/resultsview.h"
#include "app/verifypage.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "credentials/profilemanager.h"
#include "credentials/tokenvault.h"
#include "engine/pilot/cleanupjournal.h"
#include "engine/run/runhistory.h"
#include "sandbox/sandboxserver.h"
#include "shell/startpage.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <qcoro/qcorotask.h>

using app::LinkedWizard;
using app::SetupWizard;
using testsupport::child;
using testsupport::clickNext;
using testsupport::leave;
using testsupport::nextEnabled;
using testsupport::tick;
using testsupport::type;

class TestFirstHour : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    sandbox::SandboxServer m_sandbox;
    std::unique_ptr<app::WizardModel> m_model;
    std::unique_ptr<credentials::ProfileStore> m_store;
    std::unique_ptr<LinkedWizard> m_wizard;
    int m_files = 0;

    QString file(const QString &stem) { return m_directory.filePath(stem + QString::number(++m_files)); }

    void open(bool demo)
    {
        m_model = std::make_unique<app::WizardModel>(file(QStringLiteral("w")));
        m_model->demo = demo;
        m_model->demoEndpoint = m_sandbox.endpoint();
        m_model->demoToken = m_sandbox.token();
        if (!m_store)
            m_store = std::make_unique<credentials::ProfileStore>(file(QStringLiteral("p")));
        m_wizard = std::make_unique<LinkedWizard>(*m_model, *m_store);
        m_wizard->show();
    }

    /// The demo, through verify, onto the pilot page with the confirmation ticked.
    app::PilotPage *pilotPage()
    {
        open(true);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "storedProfileButton"), Qt::LeftButton);
        clickNext(*m_wizard);
        auto *verify = qobject_cast<app::VerifyPage *>(m_wizard->currentPage());
        if (!QTest::qWaitFor([verify] { return !verify->isRunning(); }, 30000))
            return nullptr;
        clickNext(*m_wizard); // the mappings
        clickNext(*m_wizard);
        auto *page = qobject_cast<app::PilotPage *>(m_wizard->currentPage());
        if (page && QTest::qWaitFor([this] {
                return !child<QLabel>(*m_wizard, "confirmLabel")->text().isEmpty();
            }))
            tick(child<QCheckBox>(*m_wizard, "confirmCheckBox"));
        return page;
    }

    QMessageBox *question() const
    {
        return m_wizard ? m_wizard->findChild<QMessageBox *>(QStringLiteral("closeQuestion")) : nullptr;
    }

    credentials::Profile storedProfile(const QString &name)
    {
        credentials::Profile profile;
        profile.name = name;
        profile.idp = QStringLiteral("entra");
        profile.endpoint = m_sandbox.endpoint();
        profile.groupName = QStringLiteral("SCIM Pilot");
        credentials::ProfileManager manager(*m_store);
        const auto added = QCoro::waitFor(manager.add(profile, common::Secret(m_sandbox.token())));
        if (!added.ok())
            qFatal("the keychain refused the test token: %s", qPrintable(added.vault.explanation()));
        return added.profile;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void cleanup()
    {
        m_wizard.reset();
        m_sandbox.faults() = {};
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.store().count(sandbox::ResourceKind::User), 0, 30000);
    }

    void closingMidPilotAsksStopsCleansUpAndCloses()
    {
        app::PilotPage *pilot = pilotPage();
        QVERIFY(pilot);
        m_sandbox.faults().latencyMs = 150;
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "runButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.store().count(sandbox::ResourceKind::User), 1, 30000);

        // The window's close button: asked first, and "Keep running" keeps it all going.
        m_wizard->close();
        QTRY_VERIFY(question() && question()->isVisible());
        QVERIFY(question()->informativeText().contains(QLatin1String("127.0.0.1")));
        QVERIFY(m_wizard->isVisible());
        QAbstractButton *keep = nullptr;
        for (QAbstractButton *button : question()->buttons()) {
            if (button->objectName() != QLatin1String("closeButton"))
                keep = button;
        }
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY(!question());
        QVERIFY(pilot->isRunning());
        QVERIFY(m_wizard->isVisible());

        // Asked again: "Stop and close" cancels, the cleanup runs, then the window closes.
        m_wizard->close();
        QTRY_VERIFY(question() && question()->isVisible());
        QTest::mouseClick(question()->findChild<QAbstractButton *>(QStringLiteral("closeButton")),
                          Qt::LeftButton);
        QVERIFY(m_wizard->isClosing());
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->isVisible(), 30000);
        QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
        QCOMPARE(m_sandbox.store().count(sandbox::ResourceKind::User), 0);
        QVERIFY(engine::CleanupJournal::pending().isEmpty());
    }

    void destroyedMidRunTheRunStillCleansUp()
    {
        // The crash of before: the network manager died before the pages that cancel runs on it.
        app::PilotPage *pilot = pilotPage();
        QVERIFY(pilot);
        m_sandbox.faults().latencyMs = 100;
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "runButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.store().count(sandbox::ResourceKind::User), 1, 30000);
        m_wizard.reset(); // no question asked: destroyed outright
        // The cancelled run lives on, alone, until it has removed what it created.
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.store().count(sandbox::ResourceKind::User), 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(engine::CleanupJournal::pending().isEmpty(), 30000);
    }

    void escapeAsksOnlyWhenSomethingWouldBeLost()
    {
        open(false);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "haveCredentialsButton"), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::CredentialsPageId));
        type(child<QLineEdit>(*m_wizard, "tokenLineEdit"), QStringLiteral("half-pasted-token"));
        QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
        QTRY_VERIFY(question() && question()->isVisible());
        QVERIFY(question()->text().contains(QLatin1String("without keeping")));
        question()->reject(); // Keep editing
        QTRY_VERIFY(!question());
        QVERIFY(m_wizard->isVisible());
        QCOMPARE(child<QLineEdit>(*m_wizard, "tokenLineEdit")->text(), QStringLiteral("half-pasted-token"));
        // Nothing typed: Cancel closes at once.
        child<QLineEdit>(*m_wizard, "tokenLineEdit")->clear();
        QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!question());
        QVERIFY(!m_wizard->isVisible());
    }

    void enterStartsTheFocusedChoice()
    {
        open(false);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::StartPageId));
        m_wizard->activateWindow();
        QTRY_VERIFY(QApplication::focusWidget() == child<QWidget>(*m_wizard, "prepareRequestButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(m_wizard->isVisible());
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::WelcomePageId));
    }

    void enterInTheCsvFieldLoadsTheFile()
    {
        open(true);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "storedProfileButton"), Qt::LeftButton);
        tick(child<QCheckBox>(*m_wizard, "pilotGroupCheckBox"));
        clickNext(*m_wizard);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::PilotGroupPageId));
        const QString csv = file(QStringLiteral("pilot")) + QStringLiteral(".csv");
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("userName\nann@example.com\nbob@example.com\n");
        out.close();
        auto *field = child<QLineEdit>(*m_wizard, "fileLineEdit");
        field->setFocus();
        QTest::keyClicks(field, csv);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(m_wizard->isVisible()); // Finish was not pressed
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::PilotGroupPageId));
        QVERIFY2(child<QLabel>(*m_wizard, "fileStatusLabel")->text().contains(QLatin1String("2 people")),
                 qPrintable(child<QLabel>(*m_wizard, "fileStatusLabel")->text()));
        QVERIFY(child<QAbstractButton>(*m_wizard, "previewButton")->isEnabled());
    }

    void enterInTheNewTokenFieldRotates()
    {
        m_store.reset();
        open(false);
        const credentials::Profile profile = storedProfile(QStringLiteral("Rotating"));
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "storedProfileButton"), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ProfilesPageId));
        auto *field = child<QLineEdit>(*m_wizard, "newTokenLineEdit");
        type(field, QStringLiteral("the-rotated-token"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ProfilesPageId)); // did not move on to verify
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(*m_wizard, "statusLabel")->text().contains(QLatin1String("New token stored")),
            20000);
        credentials::TokenVault vault;
        QCOMPARE(QCoro::waitFor(vault.read(profile.id)).secret.view().toByteArray(),
                 QByteArray("the-rotated-token"));
        QCoro::waitFor(credentials::ProfileManager(*m_store).remove(profile));
    }

    void resumingOffersThePendingCleanupFirst()
    {
        // Left on the tenant page, and a pilot's cleanup is pending: the offer comes first.
        const QString settings = file(QStringLiteral("resume"));
        {
            app::WizardModel saved(settings);
            saved.path = app::WizardModel::Path::PrepareRequest;
            saved.request.idp = QStringLiteral("okta");
            saved.lastPageId = SetupWizard::TenantPageId;
            saved.save();
        }
        engine::CleanupJournal journal(m_sandbox.endpoint(), QStringLiteral("resume-run"));
        QVERIFY(QCoro::waitFor(journal.intendToCreate(QStringLiteral("scim-pilot-never@example.com"))));
        m_model = std::make_unique<app::WizardModel>(settings);
        m_model->load();
        m_store = std::make_unique<credentials::ProfileStore>(file(QStringLiteral("p")));
        m_wizard = std::make_unique<LinkedWizard>(*m_model, *m_store);
        m_wizard->show();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::StartPageId));
        QVERIFY(child<QLabel>(*m_wizard, "pendingCleanupLabel")->isVisible());
        QVERIFY(QCoro::waitFor(journal.finish()));
        m_wizard.reset();

        // Without a pending cleanup: back where the admin was, and Back leads where it led.
        m_model = std::make_unique<app::WizardModel>(settings);
        m_model->load();
        m_wizard = std::make_unique<LinkedWizard>(*m_model, *m_store);
        m_wizard->show();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::TenantPageId));
        QVERIFY(m_wizard->button(QWizard::BackButton)->isVisible());
        QVERIFY(m_wizard->button(QWizard::BackButton)->isEnabled());
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::IdentityProviderPageId));
        QCOMPARE(m_model->request.idp, QStringLiteral("okta")); // nothing changed on the way
    }

    void aStoredProfileCanBeEditedAndKeepsItsToken()
    {
        m_store.reset();
        open(false);
        const credentials::Profile profile = storedProfile(QStringLiteral("Editable"));
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "storedProfileButton"), Qt::LeftButton);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "editButton"), Qt::LeftButton);
        auto *dialog = m_wizard->findChild<QDialog *>(QStringLiteral("profileEditDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        auto *endpoint = dialog->findChild<QLineEdit *>(QStringLiteral("endpointLineEdit"));
        QCOMPARE(endpoint->text(), profile.endpoint);
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        // As typed: /Users is flagged and blocks saving; the fix is named.
        type(endpoint, profile.endpoint + QStringLiteral("/Users"));
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("endpointErrorLabel"))
                    ->text()
                    .contains(QLatin1String("Remove /Users")));
        type(endpoint, profile.endpoint);
        type(dialog->findChild<QLineEdit *>(QStringLiteral("groupNameLineEdit")),
             QStringLiteral("Pilot Two"));
        auto *idp = dialog->findChild<QComboBox *>(QStringLiteral("idpComboBox"));
        idp->setCurrentIndex(idp->findData(QStringLiteral("okta")));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        const auto edited = m_store->findById(profile.id);
        QCOMPARE(edited->groupName, QStringLiteral("Pilot Two"));
        QCOMPARE(edited->idp, QStringLiteral("okta"));
        QVERIFY(child<QLabel>(*m_wizard, "detailsLabel")->text().contains(QLatin1String("Okta")));
        credentials::TokenVault vault;
        QCOMPARE(QCoro::waitFor(vault.read(profile.id)).secret.view().toByteArray(), m_sandbox.token());
        QCoro::waitFor(credentials::ProfileManager(*m_store).remove(*edited));
    }

    void backShowsTheLastVerifyAndRemovingDropsTheHistory()
    {
        m_store.reset();
        open(false);
        credentials::Profile profile = storedProfile(QStringLiteral("Verified"));
        profile.groupName = QStringLiteral("No Such Group"); // verify will fail
        m_store->save(profile);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "storedProfileButton"), Qt::LeftButton);
        QVERIFY(
            child<QLabel>(*m_wizard, "detailsLabel")->text().contains(QLatin1String("Last verify: never")));
        clickNext(*m_wizard);
        auto *verify = qobject_cast<app::VerifyPage *>(m_wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!verify->isRunning(), 30000);
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ProfilesPageId));
        QVERIFY2(
            child<QLabel>(*m_wizard, "detailsLabel")->text().contains(QLatin1String("Last verify: failed")),
            qPrintable(child<QLabel>(*m_wizard, "detailsLabel")->text()));
        const engine::RunHistory history(profile.id);
        QCOMPARE(history.list().size(), 1);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "removeButton"), Qt::LeftButton);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "confirmRemoveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->findById(profile.id), 20000);
        QVERIFY(!QDir(history.folder()).exists());
    }

    void theDemoListsItsProfile()
    {
        open(true);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "storedProfileButton"), Qt::LeftButton);
        auto *list = child<QListWidget>(*m_wizard, "profilesListWidget");
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Sandbox demo (in memory)"));
        QVERIFY(nextEnabled(*m_wizard));
        QVERIFY(!child<QAbstractButton>(*m_wizard, "removeButton")->isEnabled());
        // Without a profile at all, Next waits.
        m_store = std::make_unique<credentials::ProfileStore>(file(QStringLiteral("empty")));
        open(false);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "storedProfileButton"), Qt::LeftButton);
        QVERIFY(!nextEnabled(*m_wizard));
    }

    void theCredentialsPageSaysWhatIsWrongAsYouType()
    {
        open(false);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "haveCredentialsButton"), Qt::LeftButton);
        auto *endpoint = child<QLineEdit>(*m_wizard, "endpointLineEdit");
        auto *error = child<QLabel>(*m_wizard, "endpointErrorLabel");
        type(endpoint, QStringLiteral("https://acme.surecloud.com/scim/v2/Users"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("Remove /Users")));
        type(endpoint, QStringLiteral("https://acme.surecloud.com/api"));
        QVERIFY(error->text().contains(QLatin1String("/scim/v2"))); // advice, not blocking
        type(endpoint, QStringLiteral("https://acme.surecloud.com/scim/v2"));
        QVERIFY(!error->isVisible());
        // A wrapped paste is cleaned, and it says so.
        type(child<QLineEdit>(*m_wizard, "tokenLineEdit"), QStringLiteral("abc def"));
        leave(child<QLineEdit>(*m_wizard, "tokenLineEdit"));
        QVERIFY(
            child<QLabel>(*m_wizard, "tokenErrorLabel")->text().contains(QLatin1String("Removed 1 space")));
        // "Group" is the service provider's, and the CA file has a field of its own.
        QVERIFY(child<QLabel>(*m_wizard, "groupHelpLabel")
                    ->text()
                    .contains(QLatin1String("not the group you assign")));
        QVERIFY(child<QLineEdit>(*m_wizard, "caFileLineEdit"));
        type(child<QLineEdit>(*m_wizard, "caFileLineEdit"), QStringLiteral("/dev/zero"));
        QVERIFY(child<QLabel>(*m_wizard, "caFileErrorLabel")
                    ->text()
                    .contains(QLatin1String("not a regular file")));
        QVERIFY(!nextEnabled(*m_wizard));
        child<QLineEdit>(*m_wizard, "tokenLineEdit")->clear();
    }

    void theWordsTheAdminKnows()
    {
        app::PilotPage *pilot = pilotPage();
        QVERIFY(pilot);
        auto *dialects = child<QComboBox>(*m_wizard, "dialectComboBox");
        QStringList names;
        for (int i = 0; i < dialects->count(); ++i)
            names.append(dialects->itemText(i));
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Entra ID, default"),
                               QStringLiteral("Entra ID with the aadOptscim062020 flag"),
                               QStringLiteral("Okta catalog app"),
                               QStringLiteral("Okta app built with the wizard")}));
        QVERIFY(
            child<QLabel>(*m_wizard, "dialectSummaryLabel")->text().startsWith(QLatin1String("Pick this")));
        // Run as the Okta wizard app, then read its guide.
        dialects->setCurrentIndex(dialects->findData(QStringLiteral("okta-aiw")));
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "runButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pilot->isRunning(), 30000);
        m_model->request.idp = QStringLiteral("okta");
        clickNext(*m_wizard);
        const QString okta = child<QTextBrowser>(*m_wizard, "instructionsBrowser")->toPlainText();
        QVERIFY(okta.contains(QLatin1String("App Integration Wizard")));
        QVERIFY(okta.contains(QLatin1String("Provisioning to SCIM"))
                || okta.contains(QLatin1String("set Provisioning to SCIM")));
        QVERIFY(!okta.contains(QLatin1String("Configure API Integration")));
        m_wizard->back();
        m_model->request.idp = QStringLiteral("entra");
        clickNext(*m_wizard);
        const QString entra = child<QTextBrowser>(*m_wizard, "instructionsBrowser")->toPlainText();
        QVERIFY(entra.contains(QLatin1String("Provisioning Status to On")));
        QVERIFY(entra.contains(QLatin1String("userPrincipalName")));
    }
};

QTEST_MAIN(TestFirstHour)
#include "tst_firsthour.moc"
