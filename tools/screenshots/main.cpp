// Takes a screenshot of each wizard page from the real application code, for the README.
//   scim-console-screenshots [--language LANG] OUTPUT_DIR      (run under tests/harness/with-xvfb.sh)
// The language is LANG (de, fr, en) or, without the flag, the one LC_ALL/LANG name, as in the console.
#include "app/linkedwizard.h"
#include "app/pilotgrouppage.h"
#include "app/pilotpage.h"
#include "app/resultswindow.h"
#include "app/verifypage.h"
#include "app/wizardmodel.h"
#include "common/translations.h"
#include "credentials/profile.h"
#include "sandbox/sandboxserver.h"
#include "scim/authentication.h"
#include "shell/startpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {

void settle()
{
    // Let layouts and paints happen before grabbing: a few event-loop turns, not a sleep.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool shoot(QWidget &window, const QString &directory, const QString &name)
{
    settle();
    const QString path = directory + QLatin1Char('/') + name + QLatin1String(".png");
    // The strongest compression: the pictures are committed, in three languages.
    const bool saved = window.grab().save(path, "PNG", 0);
    std::fprintf(stderr, "%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

template<typename T>
T *find(QWidget &root, const char *name)
{
    auto *wizard = qobject_cast<QWizard *>(&root);
    T *found = wizard && wizard->currentPage()
        ? wizard->currentPage()->findChild<T *>(QString::fromLatin1(name))
        : nullptr;
    return found ? found : root.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("scim-console-screenshots"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QLocale locale = QLocale::system();
    if (arguments.size() == 3 && arguments.constFirst() == QLatin1String("--language")) {
        locale = QLocale(arguments.at(1));
        arguments = arguments.mid(2);
    }
    if (arguments.size() != 1 || arguments.constFirst().startsWith(QLatin1Char('-'))) {
        std::fputs("usage: scim-console-screenshots [--language LANG] OUTPUT_DIR\n", stderr);
        return 2;
    }
    // As the console does at start-up: its catalogue and Qt's, and the locale's formats.
    QLocale::setDefault(locale);
    common::installTranslations(application, locale);
    const QString out = arguments.constFirst();
    QDir().mkpath(out);
    QTemporaryDir scratch;
    bool ok = true;

    app::WizardModel model(scratch.filePath(QStringLiteral("wizard.ini")));
    credentials::ProfileStore store(scratch.filePath(QStringLiteral("profiles.ini")));
    credentials::Profile example;
    example.name = QStringLiteral("Production");
    example.idp = QStringLiteral("entra");
    example.endpoint = QStringLiteral("https://acme.surecloud.com/scim/v2");
    example.tokenStored = true;
    example.tokenUpdatedAt = QDateTime::currentDateTimeUtc();
    store.save(example);

    app::LinkedWizard wizard(model, store);
    wizard.resize(860, 600);
    wizard.show();
    ok &= shoot(wizard, out, QStringLiteral("01-start"));
    find<QAbstractButton>(wizard, "prepareRequestButton")->click();
    ok &= shoot(wizard, out, QStringLiteral("02-welcome"));
    wizard.next();
    find<QRadioButton>(wizard, "entraRadioButton")->setChecked(true);
    ok &= shoot(wizard, out, QStringLiteral("03-identity-provider"));
    wizard.next();
    find<QComboBox>(wizard, "tenantLocationComboBox")->setCurrentText(QStringLiteral("United Kingdom"));
    find<QLineEdit>(wizard, "tenantNameLineEdit")->setText(QStringLiteral("Acme Ltd"));
    auto *subdomain = find<QLineEdit>(wizard, "tenantSubdomainLineEdit");
    subdomain->setText(QStringLiteral("acme.surecloud.com"));
    Q_EMIT subdomain->textEdited(subdomain->text()); // show the message beside the field
    ok &= shoot(wizard, out, QStringLiteral("04-tenant"));
    subdomain->setText(QStringLiteral("acme"));
    Q_EMIT subdomain->textEdited(subdomain->text());
    wizard.next();
    find<QLineEdit>(wizard, "contactNameLineEdit")->setText(QStringLiteral("Ann Lee"));
    find<QLineEdit>(wizard, "contactEmailLineEdit")->setText(QStringLiteral("ann.lee@acme.example"));
    ok &= shoot(wizard, out, QStringLiteral("05-contact"));
    wizard.next();
    ok &= shoot(wizard, out, QStringLiteral("06-review"));
    wizard.next();
    find<QCheckBox>(wizard, "requestSentCheckBox")->setChecked(true);
    ok &= shoot(wizard, out, QStringLiteral("07-next-steps"));

    wizard.button(QWizard::CustomButton1)->click();
    find<QAbstractButton>(wizard, "haveCredentialsButton")->click();
    find<QLineEdit>(wizard, "profileNameLineEdit")->setText(QStringLiteral("Staging"));
    find<QLineEdit>(wizard, "endpointLineEdit")
        ->setText(QStringLiteral("https://acme-staging.surecloud.com/scim/v2"));
    find<QLineEdit>(wizard, "tokenLineEdit")->setText(QStringLiteral("not-a-real-token-only-dots-show"));
    find<QLineEdit>(wizard, "groupNameLineEdit")->setText(QStringLiteral("SCIM Pilot"));
    ok &= shoot(wizard, out, QStringLiteral("08-credentials"));
    // OAuth 2.0 client credentials, as Entra ID offers them: the mode's own fields.
    auto *mode = find<QComboBox>(wizard, "authModeComboBox");
    mode->setCurrentIndex(mode->findData(int(scim::AuthMode::OAuthClientCredentials)));
    find<QLineEdit>(wizard, "tokenEndpointLineEdit")
        ->setText(QStringLiteral("https://login.microsoftonline.com/acme.example/oauth2/v2.0/token"));
    find<QLineEdit>(wizard, "clientIdLineEdit")->setText(QStringLiteral("6f1c2d3e-scim-console-example"));
    find<QLineEdit>(wizard, "scopeLineEdit")->setText(QStringLiteral("api://surecloud-scim/.default"));
    ok &= shoot(wizard, out, QStringLiteral("19-credentials-oauth"));
    mode->setCurrentIndex(mode->findData(int(scim::AuthMode::Bearer)));
    find<QLineEdit>(wizard, "tokenLineEdit")->clear();

    wizard.button(QWizard::CustomButton1)->click();
    find<QAbstractButton>(wizard, "storedProfileButton")->click();
    ok &= shoot(wizard, out, QStringLiteral("09-profiles"));
    wizard.close();

    sandbox::SandboxServer sandbox;
    sandbox.setDropAttributes({QStringLiteral("title")}); // a service that keeps no job title
    sandbox.start();
    app::WizardModel demoModel(scratch.filePath(QStringLiteral("demo.ini")));
    demoModel.demo = true;
    demoModel.demoEndpoint = sandbox.endpoint();
    demoModel.demoToken = sandbox.token();
    app::LinkedWizard demo(demoModel, store);
    demo.resize(860, 600);
    demo.show();
    find<QAbstractButton>(demo, "haveCredentialsButton")->click();
    ok &= shoot(demo, out, QStringLiteral("10-demo"));

    // The run pages, live against the sandbox.
    const auto waitWhile = [](const std::function<bool()> &busy) {
        QElapsedTimer clock;
        clock.start();
        while (busy() && clock.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    };
    demo.button(QWizard::CustomButton1)->click();
    find<QAbstractButton>(demo, "storedProfileButton")->click();
    demo.next();
    auto *verify = qobject_cast<app::VerifyPage *>(demo.currentPage());
    waitWhile([verify] { return verify->isRunning(); });
    ok &= shoot(demo, out, QStringLiteral("11-verify"));
    demo.next(); // the attribute mappings
    demo.next();
    auto *pilot = qobject_cast<app::PilotPage *>(demo.currentPage());
    waitWhile([&demo] { return find<QCheckBox>(demo, "confirmCheckBox")->text().isEmpty(); });
    find<QCheckBox>(demo, "confirmCheckBox")->setChecked(true);
    find<QAbstractButton>(demo, "runButton")->click();
    waitWhile([pilot] { return pilot->isRunning(); });
    ok &= shoot(demo, out, QStringLiteral("12-pilot"));
    // The results window for that run: the steps, then the request timeline.
    find<QAbstractButton>(demo, "detailsButton")->click();
    app::ResultsWindow *results = nullptr;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *candidate = qobject_cast<app::ResultsWindow *>(window))
            results = candidate;
    }
    if (results) {
        results->resize(1100, 640);
        auto *tree = results->findChild<QTreeView *>(QStringLiteral("stepsTreeView"));
        tree->setCurrentIndex(tree->model()->index(1, 0));
        auto *exchanges = results->findChild<QListWidget *>(QStringLiteral("exchangesListWidget"));
        exchanges->setCurrentRow(0);
        ok &= shoot(*results, out, QStringLiteral("15-results"));
        results->findChild<QTabWidget *>()->setCurrentIndex(1);
        ok &= shoot(*results, out, QStringLiteral("16-timeline"));
        results->close();
    } else {
        ok = false;
    }
    // Back to the attribute mappings: each row's verdict, and the fix for the dropped one.
    demo.back();
    if (auto *table = demo.findChild<QTableWidget *>(QStringLiteral("mappingTable"))) {
        table->setCurrentCell(3, 0); // jobTitle → title, the row the service drops: its fix below
        table->scrollToItem(table->item(3, 0));
    }
    ok &= shoot(demo, out, QStringLiteral("18-mappings"));
    demo.next();
    demo.next();
    ok &= shoot(demo, out, QStringLiteral("13-idp-setup"));
    demo.next();
    ok &= shoot(demo, out, QStringLiteral("14-go-live"));

    // The pilot group: a preview against a tenant that already holds some of its people, and
    // compares userName exactly (so the case variant is a real collision).
    sandbox.faults().caseExactUserNames = true;
    const auto person = [](const char *userName) {
        return QJsonObject {{QStringLiteral("schemas"),
                             QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                            {QStringLiteral("userName"), QString::fromLatin1(userName)},
                            {QStringLiteral("active"), true}};
    };
    sandbox.store().create(sandbox::ResourceKind::User, person("ann.lee@acme.example"));
    sandbox.store().create(sandbox::ResourceKind::User, person("raj.patel@acme.example"));
    QFile csv(scratch.filePath(QStringLiteral("pilot-group.csv")));
    csv.open(QIODevice::WriteOnly);
    csv.write("userName,givenName,familyName,email\n"
              "ann.lee@acme.example,Ann,Lee,ann.lee@acme.example\n"
              "Raj.Patel@acme.example,Raj,Patel,raj.patel@acme.example\n"
              "mia.wong@acme.example,Mia,Wong,mia.wong@acme.example\n"
              "o.brien@acme.example,Orla,O'Brien,orla.obrien@acme.example\n");
    csv.close();
    demo.next();
    auto *group = qobject_cast<app::PilotGroupPage *>(demo.currentPage());
    find<QLineEdit>(demo, "fileLineEdit")->setText(csv.fileName());
    group->loadFile(csv.fileName());
    find<QAbstractButton>(demo, "previewButton")->click();
    waitWhile([group] { return group->isRunning(); });
    ok &= shoot(demo, out, QStringLiteral("17-pilot-group"));
    return ok ? 0 : 1;
}
