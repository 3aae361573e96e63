// The wizard's three paths, offscreen, driven by object names. The credentials path stores a real
// token in the harness's gnome-keyring.
#include "app/linkedwizard.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "credentials/tokenvault.h"
#include "shell/startpage.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <qcoro/qcorotask.h>

using app::LinkedWizard;
using app::SetupWizard;
using app::WizardModel;
using testsupport::child;
using testsupport::clickNext;
using testsupport::leave;
using testsupport::nextEnabled;
using testsupport::tick;
using testsupport::type;

class TestWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString wizardSettings() const { return m_directory.filePath(QStringLiteral("wizard.ini")); }
    QString profileSettings() const { return m_directory.filePath(QStringLiteral("profiles.ini")); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(wizardSettings());
        QFile::remove(profileSettings());
    }

    void requestPath()
    {
        {
            WizardModel model(wizardSettings());
            credentials::ProfileStore store(profileSettings());
            LinkedWizard wizard(model, store);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QCOMPARE(wizard.currentId(), int(SetupWizard::StartPageId));
            QTest::mouseClick(child<QAbstractButton>(wizard, "prepareRequestButton"), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(SetupWizard::WelcomePageId));
            QVERIFY(child<QLabel>(wizard, "introLabel")->text().contains(QLatin1String("SSO")));
            clickNext(wizard);

            QCOMPARE(wizard.currentId(), int(SetupWizard::IdentityProviderPageId));
            QVERIFY(!nextEnabled(wizard));
            auto *okta = child<QRadioButton>(wizard, "oktaRadioButton");
            tick(okta);
            QVERIFY(okta->isChecked());
            QVERIFY(wizard.currentPage()->isComplete());
            QVERIFY(nextEnabled(wizard));
            clickNext(wizard);

            QCOMPARE(wizard.currentId(), int(SetupWizard::TenantPageId));
            QVERIFY(!nextEnabled(wizard));
            auto *name = child<QLineEdit>(wizard, "tenantNameLineEdit");
            auto *subdomain = child<QLineEdit>(wizard, "tenantSubdomainLineEdit");
            auto *subdomainError = child<QLabel>(wizard, "tenantSubdomainErrorLabel");
            type(name, QStringLiteral("Acme Ltd"));
            for (const char *bad : {"acme.surecloud.com", "https://acme.surecloud.com", "acme_eu", "-acme"}) {
                type(subdomain, QString::fromLatin1(bad));
                QVERIFY2(!subdomainError->text().isEmpty(), bad);
                QVERIFY2(!nextEnabled(wizard), bad);
            }
            type(subdomain, QStringLiteral("acme"));
            QVERIFY(subdomainError->text().isEmpty());
            QVERIFY(nextEnabled(wizard));
            type(name, QString());
            QVERIFY(!child<QLabel>(wizard, "tenantNameErrorLabel")->text().isEmpty());
            QVERIFY(!nextEnabled(wizard));
            type(name, QStringLiteral("Acme Ltd"));
            child<QComboBox>(wizard, "tenantLocationComboBox")
                ->setCurrentText(QStringLiteral("European Union"));
            clickNext(wizard);

            QCOMPARE(wizard.currentId(), int(SetupWizard::ContactPageId));
            auto *email = child<QLineEdit>(wizard, "contactEmailLineEdit");
            type(child<QLineEdit>(wizard, "contactNameLineEdit"), QStringLiteral("Ann O'Brien"));
            for (const char *bad : {"ann", "ann@localhost", "ann @acme.example", "ann@@acme.example"}) {
                type(email, QString::fromLatin1(bad));
                QVERIFY2(!child<QLabel>(wizard, "contactEmailErrorLabel")->text().isEmpty(), bad);
                QVERIFY2(!nextEnabled(wizard), bad);
            }
            type(email, QStringLiteral("ann@acme.example"));
            QVERIFY(nextEnabled(wizard));
            clickNext(wizard);

            QCOMPARE(wizard.currentId(), int(SetupWizard::ReviewPageId));
            const QString text = child<QPlainTextEdit>(wizard, "requestTextEdit")->toPlainText();
            for (const char *field : {"success@surecloud.com", "European Union", "Acme Ltd", "acme",
                                      "Ann O'Brien", "ann@acme.example", "Okta"})
                QVERIFY2(text.contains(QString::fromLatin1(field)), field);
            QVERIFY(child<QLabel>(wizard, "reminderLabel")->text().contains(QLatin1String("named contact")));
            QTest::mouseClick(child<QAbstractButton>(wizard, "copyButton"), Qt::LeftButton);
            QCOMPARE(QApplication::clipboard()->text(), text);
            clickNext(wizard);

            QCOMPARE(wizard.currentId(), int(SetupWizard::NextStepsPageId));
            QVERIFY(!child<QLabel>(wizard, "stepsLabel")->text().contains(QLatin1String("waiting")));
            tick(child<QCheckBox>(wizard, "requestSentCheckBox"));
            QVERIFY(
                child<QLabel>(wizard, "stepsLabel")->text().contains(QLatin1String("waiting for SureCloud")));
            wizard.close();
        }
        // Close and reopen: the admin lands where they left off, with what they typed.
        WizardModel model(wizardSettings());
        credentials::ProfileStore store(profileSettings());
        LinkedWizard wizard(model, store);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(SetupWizard::NextStepsPageId));
        QVERIFY(child<QCheckBox>(wizard, "requestSentCheckBox")->isChecked());
        QCOMPARE(model.request.tenantSubdomain, QStringLiteral("acme"));
        QCOMPARE(model.request.contactEmail, QStringLiteral("ann@acme.example"));
        wizard.button(QWizard::CustomButton1)->click();
        QCOMPARE(wizard.currentId(), int(SetupWizard::StartPageId));
    }

    void credentialsPathStoresTheTokenInTheKeychainOnly()
    {
        const QString token = QStringLiteral("tok-wizard-4411-secret");
        WizardModel model(wizardSettings());
        credentials::ProfileStore store(profileSettings());
        LinkedWizard wizard(model, store);
        wizard.show();
        QTest::mouseClick(child<QAbstractButton>(wizard, "haveCredentialsButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));

        auto *endpoint = child<QLineEdit>(wizard, "endpointLineEdit");
        auto *tokenEdit = child<QLineEdit>(wizard, "tokenLineEdit");
        auto *confirmHost = child<QCheckBox>(wizard, "confirmHostCheckBox");
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
        QTest::mouseClick(child<QAbstractButton>(wizard, "revealTokenButton"), Qt::LeftButton);
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(child<QAbstractButton>(wizard, "revealTokenButton"), Qt::LeftButton);
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);

        type(tokenEdit, token);
        for (const char *bad : {"acme.surecloud.com/scim", "http://acme.surecloud.com/scim/v2",
                                "https://u:p@acme.surecloud.com/scim/v2"}) {
            type(endpoint, QString::fromLatin1(bad));
            QVERIFY2(!child<QLabel>(wizard, "endpointErrorLabel")->text().isEmpty(), bad);
            QVERIFY2(!nextEnabled(wizard), bad);
        }
        type(endpoint, QStringLiteral("https://scim.example.org/v2"));
        QVERIFY(confirmHost->isVisible());
        QVERIFY(!nextEnabled(wizard));
        tick(confirmHost);
        QVERIFY(nextEnabled(wizard));
        type(endpoint, QStringLiteral("https://acme.surecloud.com/scim/v2"));
        QVERIFY(!confirmHost->isVisible());
        // The token is checked once the admin leaves the field, not at every keystroke.
        type(tokenEdit, QStringLiteral("Bearer "));
        QVERIFY(child<QLabel>(wizard, "tokenErrorLabel")->isHidden());
        leave(tokenEdit);
        QVERIFY(!child<QLabel>(wizard, "tokenErrorLabel")->text().isEmpty());
        QVERIFY(!nextEnabled(wizard));
        type(tokenEdit, token);
        QVERIFY(child<QLabel>(wizard, "tokenErrorLabel")->isHidden()); // an edit clears the verdict
        type(child<QLineEdit>(wizard, "groupNameLineEdit"), QStringLiteral("SCIM Pilot"));
        QVERIFY(nextEnabled(wizard));

        clickNext(wizard);
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::ProfilesPageId));
        QVERIFY(tokenEdit->text().isEmpty());
        const auto profile = store.find(QStringLiteral("Production"));
        QVERIFY(profile);
        QCOMPARE(profile->groupName, QStringLiteral("SCIM Pilot"));
        QCOMPARE(child<QListWidget>(wizard, "profilesListWidget")->currentItem()->text(),
                 QStringLiteral("Production"));
        credentials::TokenVault vault;
        QCOMPARE(QCoro::waitFor(vault.read(profile->id)).secret.view().toByteArray(), token.toUtf8());

        QDirIterator files(qEnvironmentVariable("SCIM_TEST_SCRATCH"), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
        }
        QDirIterator ours(m_directory.path(), QDir::Files);
        while (ours.hasNext()) {
            QFile file(ours.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
        }
    }

    void storedProfilePathRotatesAndRemoves()
    {
        credentials::ProfileStore store(profileSettings());
        credentials::Profile seeded;
        seeded.name = QStringLiteral("Staging");
        seeded.endpoint = QStringLiteral("https://staging.surecloud.com/scim/v2");
        seeded.id = credentials::ProfileStore::newId();
        credentials::TokenVault vault;
        QVERIFY(QCoro::waitFor(vault.store(seeded.id, common::Secret("old-token"))).ok());
        store.save(seeded);

        WizardModel model(wizardSettings());
        LinkedWizard wizard(model, store);
        wizard.show();
        QTest::mouseClick(child<QAbstractButton>(wizard, "storedProfileButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ProfilesPageId));
        auto *list = child<QListWidget>(wizard, "profilesListWidget");
        QCOMPARE(list->count(), 1);
        auto *rotate = child<QAbstractButton>(wizard, "rotateButton");
        QVERIFY(!rotate->isEnabled());
        type(child<QLineEdit>(wizard, "newTokenLineEdit"), QStringLiteral("new-token-77"));
        QVERIFY(rotate->isEnabled());
        QTest::mouseClick(rotate, Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(wizard, "statusLabel")->text().contains(QLatin1String("New token stored")));
        QCOMPARE(QCoro::waitFor(vault.read(seeded.id)).secret.view().toByteArray(),
                 QByteArray("new-token-77"));

        auto *confirm = child<QAbstractButton>(wizard, "confirmRemoveButton");
        QVERIFY(!confirm->isVisible());
        QTest::mouseClick(child<QAbstractButton>(wizard, "removeButton"), Qt::LeftButton);
        QVERIFY(confirm->isVisible());
        QTest::mouseClick(child<QAbstractButton>(wizard, "cancelRemoveButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QTest::mouseClick(child<QAbstractButton>(wizard, "removeButton"), Qt::LeftButton);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(list->count(), 0);
        QVERIFY(store.profiles().isEmpty());
        QCOMPARE(QCoro::waitFor(vault.read(seeded.id)).state, credentials::VaultResult::State::NotFound);
    }

    void demoFillsAProfileInMemoryOnly()
    {
        WizardModel model(wizardSettings());
        model.demo = true;
        model.demoEndpoint = QStringLiteral("http://127.0.0.1:9/scim/v2");
        model.demoToken = "sandbox-token";
        credentials::ProfileStore store(profileSettings());
        LinkedWizard wizard(model, store);
        wizard.show();
        QVERIFY(wizard.windowTitle().contains(QLatin1String("demo")));
        QVERIFY(child<QLabel>(wizard, "demoBannerLabel"));
        QTest::mouseClick(child<QAbstractButton>(wizard, "haveCredentialsButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(wizard, "endpointLineEdit")->text(), model.demoEndpoint);
        QVERIFY(nextEnabled(wizard));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ProfilesPageId));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!QFile::exists(wizardSettings()));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
