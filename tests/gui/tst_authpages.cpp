// The four authentication modes through the wizard, offscreen, with the harness's real
// gnome-keyring and a sandbox started in each mode: the credentials page shows the mode's own
// fields and says what is missing, saves the mode in the profile and its secret in the keychain;
// verify passes; the IdP guide shows exactly the fields the IdP asks for, and a copied secret
// leaves the clipboard again. The profile editor changes a mode's settings, and a new mode's secret.
#include "app/idpsetuppage.h"
#include "app/linkedwizard.h"
#include "app/pilotpage.h"
#include "app/verifypage.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "credentials/tokenvault.h"
#include "engine/verify/verifyrun.h"
#include "sandbox/sandboxserver.h"
#include "scim/authentication.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
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

Q_DECLARE_METATYPE(scim::AuthMode)

namespace {

sandbox::AuthMode sandboxMode(scim::AuthMode mode)
{
    switch (mode) {
    case scim::AuthMode::Bearer:
        return sandbox::AuthMode::Bearer;
    case scim::AuthMode::Header:
        return sandbox::AuthMode::Header;
    case scim::AuthMode::Basic:
        return sandbox::AuthMode::Basic;
    case scim::AuthMode::OAuthClientCredentials:
        return sandbox::AuthMode::OAuthClientCredentials;
    }
    return sandbox::AuthMode::Bearer;
}

/// Picks the entry of @p combo whose data is @p data with the keyboard, as a person would (so
/// the combo box reports it as the admin's choice).
void choose(QComboBox *combo, const QVariant &data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int guard = 0; combo->currentData() != data && guard < combo->count(); ++guard)
        QTest::keyClick(combo, Qt::Key_Down);
}

} // namespace

class TestAuthPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<app::WizardModel> m_model;
    std::unique_ptr<credentials::ProfileStore> m_store;
    std::unique_ptr<LinkedWizard> m_wizard;
    int m_files = 0;

    QString file(const QString &stem) { return m_directory.filePath(stem + QString::number(++m_files)); }

    void open()
    {
        m_model = std::make_unique<app::WizardModel>(file(QStringLiteral("w")));
        if (!m_store)
            m_store = std::make_unique<credentials::ProfileStore>(file(QStringLiteral("p")));
        m_wizard = std::make_unique<LinkedWizard>(*m_model, *m_store);
        m_wizard->show();
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "haveCredentialsButton"), Qt::LeftButton);
    }

    QByteArray secretOf(const sandbox::SandboxServer &server, scim::AuthMode mode) const
    {
        switch (mode) {
        case scim::AuthMode::Basic:
            return server.password();
        case scim::AuthMode::OAuthClientCredentials:
            return server.clientSecret();
        default:
            return server.token();
        }
    }

    bool shown(const char *name) const
    {
        return child<QWidget>(*m_wizard, name)->isVisibleTo(m_wizard.get());
    }

private Q_SLOTS:
    void cleanup() { m_wizard.reset(); }

    void everyModeFromCredentialsToTheGuide_data()
    {
        QTest::addColumn<scim::AuthMode>("mode");
        QTest::addColumn<QString>("idp");
        QTest::newRow("bearer token, Entra ID") << scim::AuthMode::Bearer << QStringLiteral("entra");
        QTest::newRow("HTTP header token, Okta") << scim::AuthMode::Header << QStringLiteral("okta");
        QTest::newRow("Basic, Okta") << scim::AuthMode::Basic << QStringLiteral("okta");
        QTest::newRow("OAuth client credentials, Entra ID")
            << scim::AuthMode::OAuthClientCredentials << QStringLiteral("entra");
    }

    void everyModeFromCredentialsToTheGuide()
    {
        QFETCH(scim::AuthMode, mode);
        QFETCH(QString, idp);
        const bool basic = mode == scim::AuthMode::Basic;
        const bool oauth = mode == scim::AuthMode::OAuthClientCredentials;
        sandbox::SandboxServer::Config config;
        config.auth = sandboxMode(mode);
        sandbox::SandboxServer server(config);
        QVERIFY(server.start());
        const QByteArray secret = secretOf(server, mode);
        QVERIFY(!secret.isEmpty());

        open();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::CredentialsPageId));
        const QString name = QStringLiteral("Auth ") + scim::authModeName(mode);
        type(child<QLineEdit>(*m_wizard, "profileNameLineEdit"), name);
        auto *idpCombo = child<QComboBox>(*m_wizard, "idpComboBox");
        choose(idpCombo, idp);
        auto *modeCombo = child<QComboBox>(*m_wizard, "authModeComboBox");
        // Both IdPs' usual mode is preselected: a bearer token.
        QCOMPARE(modeCombo->currentData().toInt(), int(scim::AuthMode::Bearer));
        choose(modeCombo, int(mode));
        QCOMPARE(modeCombo->currentData().toInt(), int(mode));
        QVERIFY(child<QLabel>(*m_wizard, "authModeAdviceLabel")->isHidden()); // the IdP offers the mode

        // Only the mode's own fields.
        QCOMPARE(shown("usernameLineEdit"), basic);
        QCOMPARE(shown("tokenEndpointLineEdit"), oauth);
        QCOMPARE(shown("clientIdLineEdit"), oauth);
        QCOMPARE(shown("scopeLineEdit"), oauth);
        QCOMPARE(shown("clientAuthComboBox"), oauth);
        QVERIFY(shown("tokenLineEdit"));
        auto *secretEdit = child<QLineEdit>(*m_wizard, "tokenLineEdit");
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "revealTokenButton"), Qt::LeftButton);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "revealTokenButton"), Qt::LeftButton);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        const QString secretLabel = child<QLabel>(*m_wizard, "tokenLabel")->text();
        QVERIFY2(secretLabel.contains(basic       ? QLatin1String("Passwor")
                                          : oauth ? QLatin1String("secre")
                                                  : QLatin1String("token")),
                 qPrintable(secretLabel));

        type(child<QLineEdit>(*m_wizard, "endpointLineEdit"), server.endpoint());
        type(secretEdit, QString::fromUtf8(secret));
        leave(secretEdit);
        QVERIFY(child<QLabel>(*m_wizard, "tokenErrorLabel")->isHidden());
        auto *problem = child<QLabel>(*m_wizard, "authProblemLabel");
        if (basic) {
            // Named as missing, and Next waits for it.
            QVERIFY(!nextEnabled(*m_wizard));
            QVERIFY2(problem->text().contains(QLatin1String("username")), qPrintable(problem->text()));
            type(child<QLineEdit>(*m_wizard, "usernameLineEdit"), server.username());
        }
        if (oauth) {
            QVERIFY(!nextEnabled(*m_wizard));
            QVERIFY2(problem->text().contains(QLatin1String("client id")), qPrintable(problem->text()));
            type(child<QLineEdit>(*m_wizard, "clientIdLineEdit"), server.clientId());
            QVERIFY(!nextEnabled(*m_wizard));
            QVERIFY2(problem->text().contains(QLatin1String("token endpoint")), qPrintable(problem->text()));
            // Checked as typed, like the endpoint.
            auto *tokenEndpoint = child<QLineEdit>(*m_wizard, "tokenEndpointLineEdit");
            type(tokenEndpoint, QStringLiteral("ftp://login.example/token"));
            QVERIFY(!child<QLabel>(*m_wizard, "tokenEndpointErrorLabel")->isHidden());
            QVERIFY(!nextEnabled(*m_wizard));
            type(tokenEndpoint, server.tokenEndpoint());
            QVERIFY(child<QLabel>(*m_wizard, "tokenEndpointErrorLabel")->isHidden());
        }
        QVERIFY(problem->isHidden());
        QVERIFY2(nextEnabled(*m_wizard), qPrintable(problem->text()));

        clickNext(*m_wizard);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(SetupWizard::ProfilesPageId), 15000);
        QVERIFY(secretEdit->text().isEmpty()); // no secret lingers in the form
        const std::optional<credentials::Profile> profile = m_store->find(name);
        QVERIFY(profile);
        QCOMPARE(profile->idp, idp);
        QCOMPARE(profile->auth.mode, scim::authModeName(mode));
        QCOMPARE(profile->auth.username, basic ? server.username() : QString());
        QCOMPARE(profile->auth.clientId, oauth ? server.clientId() : QString());
        QCOMPARE(profile->auth.tokenEndpoint, oauth ? server.tokenEndpoint() : QString());
        QVERIFY(profile->tokenStored);
        credentials::TokenVault vault;
        QCOMPARE(QCoro::waitFor(vault.read(profile->id)).secret.view().toByteArray(), secret);
        QVERIFY(child<QLabel>(*m_wizard, "detailsLabel")->text().contains(QLatin1String("Signs in with")));

        // Verify from the wizard, against the sandbox in that mode.
        clickNext(*m_wizard);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::VerifyPageId));
        auto *verify = qobject_cast<app::VerifyPage *>(m_wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!verify->isRunning(), 60000);
        QVERIFY2(nextEnabled(*m_wizard), qPrintable(child<QLabel>(*m_wizard, "statusLabel")->text()));
        // The mode's own steps, each shown once.
        QCOMPARE(child<QListWidget>(*m_wizard, "stepsListWidget")->count(),
                 engine::VerifyRun::stepIds(mode).size());
        if (oauth)
            QVERIFY(server.grantsIssued() > 0);

        // Through the pilot to the IdP guide.
        clickNext(*m_wizard); // the mappings
        clickNext(*m_wizard);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::PilotPageId));
        QTRY_VERIFY(!child<QLabel>(*m_wizard, "confirmLabel")->text().isEmpty());
        tick(child<QCheckBox>(*m_wizard, "confirmCheckBox"));
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "runButton"), Qt::LeftButton);
        auto *pilot = qobject_cast<app::PilotPage *>(m_wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!pilot->isRunning(), 60000);
        clickNext(*m_wizard);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::IdpSetupPageId));
        auto *guide = qobject_cast<app::IdpSetupPage *>(m_wizard->currentPage());
        guide->setClipboardTimeout(std::chrono::milliseconds(300));

        const bool okta = idp == QLatin1String("okta");
        QCOMPARE(child<QLabel>(*m_wizard, "tenantUrlLabel")->text(),
                 okta ? QStringLiteral("SCIM connector base URL:") : QStringLiteral("Tenant URL:"));
        QCOMPARE(shown("authModeValueLineEdit"), okta);
        if (okta)
            QCOMPARE(child<QLineEdit>(*m_wizard, "authModeValueLineEdit")->text(),
                     basic ? QStringLiteral("Basic Auth") : QStringLiteral("HTTP Header"));
        QCOMPARE(shown("usernameValueLineEdit"), basic);
        QCOMPARE(shown("tokenEndpointValueLineEdit"), oauth);
        QCOMPARE(shown("clientIdValueLineEdit"), oauth);
        QVERIFY(child<QLabel>(*m_wizard, "authAdviceLabel")->isHidden());
        const QString guideLabel = child<QLabel>(*m_wizard, "tokenLabel")->text();
        QCOMPARE(guideLabel,
                 basic       ? QStringLiteral("Password:")
                     : oauth ? QStringLiteral("Client Secret:")
                     : okta  ? QStringLiteral("Authorization token:")
                             : QStringLiteral("Secret Token:"));
        const QString steps = child<QTextBrowser>(*m_wizard, "instructionsBrowser")->toPlainText();
        if (oauth) {
            QVERIFY2(steps.contains(QLatin1String("OAuth2 Client Credentials Grant")), qPrintable(steps));
            QCOMPARE(child<QLabel>(*m_wizard, "clientIdValueLabel")->text(),
                     QStringLiteral("Client Identifier:"));
            QCOMPARE(child<QLineEdit>(*m_wizard, "clientIdValueLineEdit")->text(), server.clientId());
            QCOMPARE(child<QLineEdit>(*m_wizard, "tokenEndpointValueLineEdit")->text(),
                     server.tokenEndpoint());
            QTest::mouseClick(child<QAbstractButton>(*m_wizard, "copyClientIdButton"), Qt::LeftButton);
            QCOMPARE(QApplication::clipboard()->text(), server.clientId());
        }
        if (basic) {
            QVERIFY2(steps.contains(QLatin1String("Basic Auth")), qPrintable(steps));
            QCOMPARE(child<QLineEdit>(*m_wizard, "usernameValueLineEdit")->text(), server.username());
            QTest::mouseClick(child<QAbstractButton>(*m_wizard, "copyUsernameButton"), Qt::LeftButton);
            QCOMPARE(QApplication::clipboard()->text(), server.username());
        }

        // The secret from the keychain, for a while only.
        QTest::mouseClick(child<QAbstractButton>(*m_wizard, "copyTokenButton"), Qt::LeftButton);
        QTRY_COMPARE(QApplication::clipboard()->text(), QString::fromUtf8(secret));
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);
        QTRY_VERIFY(child<QLabel>(*m_wizard, "statusLabel")->text().contains(QLatin1String("cleared")));
        QCOMPARE(server.store().count(sandbox::ResourceKind::User), 0);
    }

    void theIdpsModesAreWarnedAbout_data()
    {
        QTest::addColumn<QString>("idp");
        QTest::addColumn<scim::AuthMode>("mode");
        QTest::addColumn<bool>("warned");
        QTest::newRow("Entra ID, Basic") << QStringLiteral("entra") << scim::AuthMode::Basic << true;
        QTest::newRow("Entra ID, header") << QStringLiteral("entra") << scim::AuthMode::Header << true;
        QTest::newRow("Entra ID, OAuth")
            << QStringLiteral("entra") << scim::AuthMode::OAuthClientCredentials << false;
        QTest::newRow("Okta, OAuth") << QStringLiteral("okta") << scim::AuthMode::OAuthClientCredentials
                                     << true;
        QTest::newRow("Okta, Basic") << QStringLiteral("okta") << scim::AuthMode::Basic << false;
    }

    void theIdpsModesAreWarnedAbout()
    {
        QFETCH(QString, idp);
        QFETCH(scim::AuthMode, mode);
        QFETCH(bool, warned);
        open();
        choose(child<QComboBox>(*m_wizard, "idpComboBox"), idp);
        choose(child<QComboBox>(*m_wizard, "authModeComboBox"), int(mode));
        auto *advice = child<QLabel>(*m_wizard, "authModeAdviceLabel");
        QCOMPARE(!advice->isHidden(), warned);
        if (warned)
            QVERIFY2(advice->text().contains(child<QComboBox>(*m_wizard, "idpComboBox")->currentText()),
                     qPrintable(advice->text()));
    }

    void theEditorChangesTheModeAndItsSecret()
    {
        // A Basic profile: its username is edited; a switch to a bearer token asks for the token.
        sandbox::SandboxServer::Config config;
        config.auth = sandbox::AuthMode::Basic;
        sandbox::SandboxServer server(config);
        QVERIFY(server.start());
        m_store = std::make_unique<credentials::ProfileStore>(file(QStringLiteral("p")));
        open();
        type(child<QLineEdit>(*m_wizard, "profileNameLineEdit"), QStringLiteral("Edited"));
        choose(child<QComboBox>(*m_wizard, "idpComboBox"), QStringLiteral("okta"));
        choose(child<QComboBox>(*m_wizard, "authModeComboBox"), int(scim::AuthMode::Basic));
        type(child<QLineEdit>(*m_wizard, "endpointLineEdit"), server.endpoint());
        type(child<QLineEdit>(*m_wizard, "usernameLineEdit"), QStringLiteral("old-user"));
        type(child<QLineEdit>(*m_wizard, "tokenLineEdit"), QString::fromUtf8(server.password()));
        clickNext(*m_wizard);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(SetupWizard::ProfilesPageId), 15000);

        const auto editor = [this] {
            QTest::mouseClick(child<QAbstractButton>(*m_wizard, "editButton"), Qt::LeftButton);
            return m_wizard->findChild<QDialog *>(QStringLiteral("profileEditDialog"));
        };
        QDialog *dialog = editor();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->isVisibleTo(dialog));
        auto *username = dialog->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"));
        QCOMPARE(username->text(), QStringLiteral("old-user"));
        type(username, server.username());
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->findChild<QDialog *>(QStringLiteral("profileEditDialog")));
        QCOMPARE(m_store->find(QStringLiteral("Edited"))->auth.username, server.username());

        dialog = editor();
        QVERIFY(dialog);
        choose(dialog->findChild<QComboBox *>(QStringLiteral("authModeComboBox")),
               int(scim::AuthMode::Bearer));
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"));
        QVERIFY(secret->isVisibleTo(dialog));
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->isVisibleTo(dialog));
        save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // the new mode's secret first
        type(secret, QStringLiteral("tok-edited-7781"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->findChild<QDialog *>(QStringLiteral("profileEditDialog")), 15000);
        const auto profile = m_store->find(QStringLiteral("Edited"));
        QCOMPARE(profile->auth.mode, QStringLiteral("bearer"));
        QVERIFY(profile->auth.username.isEmpty());
        credentials::TokenVault vault;
        QCOMPARE(QCoro::waitFor(vault.read(profile->id)).secret.view().toByteArray(),
                 QByteArray("tok-edited-7781"));
    }
};

QTEST_MAIN(TestAuthPages)
#include "tst_authpages.moc"
