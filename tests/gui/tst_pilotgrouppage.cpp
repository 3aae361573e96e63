// The pilot group page, offscreen, in the demo against a seeded sandbox: a CSV with bad rows is
// named by line and column and cannot run; the good file, chosen through the file dialog, is
// previewed and confirmed with the results per row in the results view — and nothing is written.
#include "app/linkedwizard.h"
#include "app/pilotgrouppage.h"
#include "app/resultsmodel.h"
#include "app/resultsview.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "sandbox/sandboxserver.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QTemporaryDir>

using app::LinkedWizard;
using app::SetupWizard;
using testsupport::child;
using testsupport::clickNext;

class TestPilotGroupPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    sandbox::SandboxServer m_sandbox;
    QString m_existingId;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QByteArray snapshot()
    {
        QJsonArray all;
        for (const auto kind : {sandbox::ResourceKind::User, sandbox::ResourceKind::Group}) {
            const QList<QJsonObject> resources = m_sandbox.store().list(kind, nullptr);
            for (const QJsonObject &resource : resources)
                all.append(resource);
        }
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }

    /// What the results view shows for @p user's step @p id.
    static QString outcomeOf(const app::ResultsView &view, const QString &user, const QString &id)
    {
        for (const engine::StepResult &step : view.result().steps) {
            if (step.user == user && step.id == id)
                return engine::StepResult::outcomeName(step.outcome) + QLatin1Char(' ')
                    + (step.verdict.isEmpty() ? step.detail : step.verdict);
        }
        return QStringLiteral("none");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY(m_sandbox.start());
        m_existingId
            = m_sandbox.store()
                  .create(sandbox::ResourceKind::User,
                          QJsonObject {
                              {QStringLiteral("schemas"),
                               QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                              {QStringLiteral("userName"), QStringLiteral("existing@example.com")},
                              {QStringLiteral("active"), true}})
                  .value(QLatin1String("id"))
                  .toString();
    }

    void previewAndConfirmFromTheStoredProfilePath()
    {
        app::WizardModel model(m_directory.filePath(QStringLiteral("w.ini")));
        model.demo = true;
        model.demoEndpoint = m_sandbox.endpoint();
        model.demoToken = m_sandbox.token();
        credentials::ProfileStore store(m_directory.filePath(QStringLiteral("p.ini")));
        LinkedWizard wizard(model, store);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::mouseClick(child<QAbstractButton>(wizard, "storedProfileButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ProfilesPageId));
        testsupport::tick(child<QCheckBox>(wizard, "pilotGroupCheckBox"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(SetupWizard::PilotGroupPageId));
        auto *page = qobject_cast<app::PilotGroupPage *>(wizard.currentPage());
        auto *preview = child<QPushButton>(wizard, "previewButton");
        auto *confirm = child<QPushButton>(wizard, "confirmButton");
        QVERIFY(!preview->isEnabled());

        // Good and bad rows: every bad one named, nothing can run.
        const QString bad
            = write(QStringLiteral("bad.csv"),
                    "userName,email\nexisting@example.com,existing@example.com\n,x@example.com\n"
                    "new@example.com,not-an-email\n");
        auto *file = child<QLineEdit>(wizard, "fileLineEdit");
        testsupport::type(file, bad);
        QTest::keyClick(file, Qt::Key_Return);
        const QString status = child<QLabel>(wizard, "fileStatusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("line 3, column 1 (userName)")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("line 4, column 2 (email)")), qPrintable(status));
        QVERIFY(!preview->isEnabled());
        QVERIFY(!confirm->isEnabled());

        // The good file, through the dialog.
        const QString good
            = write(QStringLiteral("good.csv"),
                    "userName,email\r\nexisting@example.com,existing@example.com\r\n"
                    "new@example.com,new@example.com\r\nupn@corp.example,someone@example.com\r\n");
        QTest::mouseClick(child<QPushButton>(wizard, "browseButton"), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>(QStringLiteral("csvDialog"))) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        dialog->selectFile(good);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_COMPARE(file->text(), good);
        QVERIFY(child<QLabel>(wizard, "fileStatusLabel")->text().contains(QLatin1String("3 people")));
        QVERIFY(preview->isEnabled());

        const QByteArray before = snapshot();
        m_sandbox.clearReceived();
        QTest::mouseClick(preview, Qt::LeftButton);
        QVERIFY(page->isRunning());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QTRY_VERIFY(!page->isRunning());
        const app::ResultsView &view = *page->resultsView();
        QCOMPARE(view.result().kind, QStringLiteral("group-preview"));
        QCOMPARE(view.model()->rowCount(), 3); // grouped by person
        QCOMPARE(outcomeOf(view, QStringLiteral("existing@example.com"), QStringLiteral("match")),
                 QStringLiteral("passed would-link"));
        QCOMPARE(outcomeOf(view, QStringLiteral("new@example.com"), QStringLiteral("match")),
                 QStringLiteral("passed would-create"));
        QVERIFY(outcomeOf(view, QStringLiteral("upn@corp.example"), QStringLiteral("row-valid"))
                    .startsWith(QLatin1String("warning")));
        // What the go-live page's estimate starts from: the file's people, the endpoint's answers.
        QCOMPARE(view.result().firstSync->users, 3);
        QCOMPARE(model.pilotPeople, 3);
        QVERIFY(model.latencyMs);

        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!page->isRunning());
        QCOMPARE(view.result().kind, QStringLiteral("group-confirm"));
        QVERIFY(outcomeOf(view, QStringLiteral("existing@example.com"), QStringLiteral("arrived"))
                    .startsWith(QLatin1String("passed")));
        QVERIFY(outcomeOf(view, QStringLiteral("existing@example.com"), QStringLiteral("in-group"))
                    .startsWith(QLatin1String("failed")));
        QVERIFY(outcomeOf(view, QStringLiteral("new@example.com"), QStringLiteral("arrived"))
                    .startsWith(QLatin1String("failed")));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

        // Read-only, read back.
        QVERIFY(!m_sandbox.received().isEmpty());
        for (const sandbox::ReceivedRequest &request : m_sandbox.received())
            QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(snapshot(), before);
    }
};

QTEST_MAIN(TestPilotGroupPage)
#include "tst_pilotgrouppage.moc"
