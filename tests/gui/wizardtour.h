#pragma once
// Every page of the wizard, in one language at a time: for the tests that check each page as it
// looks in English, German and French (layout, mnemonics). The test embeds the catalogues with
// scim_embed_translations().

#include "app/linkedwizard.h"
#include "app/pilotgrouppage.h"
#include "app/pilotpage.h"
#include "app/verifypage.h"
#include "app/wizardmodel.h"
#include "common/translations.h"
#include "credentials/profile.h"
#include "sandbox/sandboxserver.h"
#include "scim/authentication.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

namespace testsupport {

/// A wizard in demo mode on an in-process sandbox, its settings and profiles in a scratch
/// directory: what the every-page tests open, once per language or palette.
class DemoWizard
{
public:
    bool start() { return m_directory.isValid() && m_sandbox.start(); }

    /// A fresh wizard (the last one closed first); @p name keeps its files apart. Not yet shown.
    app::SetupWizard &open(const QString &name)
    {
        close();
        m_model = std::make_unique<app::WizardModel>(m_directory.filePath(name + QStringLiteral("-w.ini")));
        m_model->demo = true;
        m_model->demoEndpoint = m_sandbox.endpoint();
        m_model->demoToken = m_sandbox.token();
        m_store = std::make_unique<credentials::ProfileStore>(
            m_directory.filePath(name + QStringLiteral("-p.ini")));
        m_wizard = std::make_unique<app::LinkedWizard>(*m_model, *m_store);
        return *m_wizard;
    }
    void close()
    {
        m_wizard.reset();
        m_store.reset();
        m_model.reset();
    }
    QString scratch() const { return m_directory.path(); }
    QString endpoint() const { return m_sandbox.endpoint(); }
    /// The open wizard's profiles.
    credentials::ProfileStore &store() { return *m_store; }

private:
    QTemporaryDir m_directory;
    sandbox::SandboxServer m_sandbox;
    std::unique_ptr<app::WizardModel> m_model;
    std::unique_ptr<credentials::ProfileStore> m_store;
    std::unique_ptr<app::LinkedWizard> m_wizard;
};

/// The languages the console ships, as QTest data rows: each row's name is the language.
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

/// Switches the application to @p language as main.cpp would at start-up: the previous
/// catalogues out, the console's and Qt's own (QWizard's buttons) in, the locale's formats.
/// Returns false if a catalogue the admin would see is missing (English needs none of its own).
inline bool switchLanguage(const QString &language)
{
    const QList<QTranslator *> installed = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QLocale locale(language);
    QLocale::setDefault(locale);
    const bool own = common::installTranslations(*qApp, locale);
    if (language == QLatin1String("en"))
        return true;
    // Qt's catalogue (qt6-translations-l10n) is what translates Back, Next, Finish and Cancel.
    return own && qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly).size() == 2;
}

/// Walks @p wizard (a demo wizard against a sandbox) through every page the admin can reach,
/// calling @p check on each: the request path, the credentials path (bearer and OAuth), the
/// stored-profile path with every run page after a run, and the pilot group after a preview.
/// 16 calls in all; @p scratch is a directory for the pilot group's CSV file.
inline void tourEveryPage(app::SetupWizard &wizard, const QString &scratch,
                          const std::function<void()> &check)
{
    check(); // start

    // The request path.
    QTest::mouseClick(child<QAbstractButton>(wizard, "prepareRequestButton"), Qt::LeftButton);
    check(); // welcome
    clickNext(wizard);
    tick(child<QRadioButton>(wizard, "entraRadioButton"));
    check(); // identity provider
    clickNext(wizard);
    type(child<QLineEdit>(wizard, "tenantNameLineEdit"), QStringLiteral("Acme Incorporated International"));
    type(child<QLineEdit>(wizard, "tenantSubdomainLineEdit"), QStringLiteral("acme"));
    check(); // tenant
    clickNext(wizard);
    type(child<QLineEdit>(wizard, "contactNameLineEdit"), QStringLiteral("Ann O'Brien"));
    type(child<QLineEdit>(wizard, "contactEmailLineEdit"), QStringLiteral("ann@acme.example"));
    check(); // contact
    clickNext(wizard);
    check(); // review
    clickNext(wizard);
    check(); // next steps

    // The credentials path (demo: prefilled).
    wizard.restart();
    QTest::mouseClick(child<QAbstractButton>(wizard, "haveCredentialsButton"), Qt::LeftButton);
    check(); // credentials
    // The mode with the most fields: a token endpoint, client id, secret, scope, client auth.
    auto *mode = child<QComboBox>(wizard, "authModeComboBox");
    mode->setCurrentIndex(mode->findData(int(scim::AuthMode::OAuthClientCredentials)));
    check(); // credentials, OAuth
    wizard.restart();

    // The stored-profile path, with every run page after a run.
    QTest::mouseClick(child<QAbstractButton>(wizard, "storedProfileButton"), Qt::LeftButton);
    check(); // profiles
    clickNext(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(!qobject_cast<app::VerifyPage *>(wizard.currentPage())->isRunning(), 30000);
    check(); // verify
    clickNext(wizard);
    check(); // attribute mappings
    clickNext(wizard);
    QTRY_VERIFY(!child<QLabel>(wizard, "confirmLabel")->text().isEmpty());
    tick(child<QCheckBox>(wizard, "confirmCheckBox"));
    QTest::mouseClick(child<QAbstractButton>(wizard, "runButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!qobject_cast<app::PilotPage *>(wizard.currentPage())->isRunning(), 30000);
    check(); // pilot
    clickNext(wizard);
    check(); // IdP set-up
    clickNext(wizard);
    check(); // go live
    clickNext(wizard);
    QFile csv(QDir(scratch).filePath(QStringLiteral("pilot.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("userName,email\nann.lee@example.com,ann.lee@example.com\nraj.patel@example.com,raj@"
              "example.com\n");
    csv.close();
    auto *page = qobject_cast<app::PilotGroupPage *>(wizard.currentPage());
    QVERIFY(page);
    page->loadFile(csv.fileName());
    QTest::mouseClick(child<QAbstractButton>(wizard, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    check(); // pilot group
}

} // namespace testsupport
