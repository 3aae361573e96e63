// Without any keychain the credentials page says so plainly, offers a retry, and saves nothing.
#include "app/linkedwizard.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "wizarddriver.h"

#include <QTemporaryDir>

using app::LinkedWizard;
using app::SetupWizard;
using testsupport::child;
using testsupport::clickNext;
using testsupport::type;

class TestWizardNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainStateIsShownWithARetry()
    {
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QTemporaryDir directory;
        app::WizardModel model(directory.filePath(QStringLiteral("w.ini")));
        credentials::ProfileStore store(directory.filePath(QStringLiteral("p.ini")));
        LinkedWizard wizard(model, store);
        wizard.show();
        QTest::mouseClick(child<QAbstractButton>(wizard, "haveCredentialsButton"), Qt::LeftButton);
        type(child<QLineEdit>(wizard, "endpointLineEdit"),
             QStringLiteral("https://acme.surecloud.com/scim/v2"));
        type(child<QLineEdit>(wizard, "tokenLineEdit"), QStringLiteral("tok-123456"));
        auto *retry = child<QAbstractButton>(wizard, "retryButton");
        QVERIFY(!retry->isVisible());
        clickNext(wizard);
        QTRY_VERIFY(retry->isVisible());
        QVERIFY(child<QLabel>(wizard, "keychainStatusLabel")
                    ->text()
                    .contains(QLatin1String("No system keychain")));
        QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));
        QVERIFY(store.profiles().isEmpty());
        QCOMPARE(child<QLineEdit>(wizard, "tokenLineEdit")->text(),
                 QStringLiteral("tok-123456")); // nothing lost
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(retry->isVisible());
        QVERIFY(store.profiles().isEmpty());
    }
};

QTEST_MAIN(TestWizardNoKeychain)
#include "tst_wizard_nokeychain.moc"
