// The results view on a finished pilot run, offscreen: the model under QAbstractItemModelTester,
// the failure filter, an exchange in full, "Copy as curl" run for real against the sandbox, the
// timeline, a load step's chart, Export through the file dialog, and the run history window.
#include "app/resultsmodel.h"
#include "app/resultsview.h"
#include "app/resultswindow.h"
#include "app/throughputchart.h"
#include "app/timelinewidget.h"
#include "engine/pilot/pilotrun.h"
#include "engine/run/runhistory.h"
#include "sandbox/sandboxserver.h"
#include "shell/legiblecolour.h"
#include "support/connection.h"
#include "wizarddriver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <qcoro/qcorotask.h>

using engine::RunResult;
using engine::StepResult;
using testsupport::child;
using Outcome = StepResult::Outcome;
using namespace std::chrono_literals;

class TestResultsView : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    sandbox::SandboxServer m_strict {sandbox::SandboxServer::Config {true, QStringLiteral("SCIM Pilot"), {}}};
    RunResult m_entra; ///< one user, deactivate-user failed ("False" on a strict service)
    RunResult m_twoUsers; ///< okta, two users
    sandbox::SandboxServer m_buggy; ///< 404 for a filter without matches: a replayable failure
    RunResult m_buggyRun;
    QTemporaryDir m_dir;

    RunResult pilot(const QString &dialect, int count, bool keep)
    {
        return pilot(m_strict, dialect, count, keep);
    }

    RunResult pilot(const sandbox::SandboxServer &server, const QString &dialect, int count, bool keep)
    {
        engine::PilotOptions options;
        options.dialect = *engine::PilotDialect::fromName(dialect);
        options.groupName = QStringLiteral("SCIM Pilot");
        options.count = count;
        options.keepDeactivated = keep;
        engine::PilotRun run(&m_network, testsupport::connectionTo(server.endpoint(), server.token(), 10s),
                             options);
        return QCoro::waitFor(run.run());
    }

    static int stepIndex(const RunResult &result, const QString &id)
    {
        for (int i = 0; i < result.steps.size(); ++i) {
            if (result.steps.at(i).id == id)
                return i;
        }
        return -1;
    }

    /// Runs @p command with sh, the token in the environment only; curl's output.
    QByteArray runShell(const QString &command, const QByteArray &token)
    {
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SCIM_CONSOLE_TOKEN"), QString::fromLatin1(token));
        shell.setProcessEnvironment(environment);
        // The sandbox answers in this thread: wait with the event loop running.
        QSignalSpy finished(&shell, &QProcess::finished);
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        if (!finished.wait(30000))
            return "sh did not finish";
        return shell.readAllStandardOutput() + shell.readAllStandardError();
    }

    /// A verify run with a step that measured nothing and the throughput step's figures.
    static RunResult loadRun()
    {
        QFile fixture(QStringLiteral(SCIM_TEST_FIXTURES "/figures/throughput.json"));
        const QByteArray figures = fixture.open(QIODevice::ReadOnly) ? fixture.readAll() : QByteArray();
        RunResult run;
        run.kind = QStringLiteral("verify");
        run.endpoint = QStringLiteral("https://scim.example.test/scim/v2");
        run.startedAt = QDateTime::currentDateTimeUtc();
        StepResult plain;
        plain.id = QStringLiteral("service-provider-config");
        plain.title = QStringLiteral("Service provider configuration");
        plain.set(Outcome::Passed, QStringLiteral("Read."));
        StepResult load;
        load.id = QStringLiteral("throughput");
        load.title = QStringLiteral("Requests per second under load");
        load.set(Outcome::Warning, QStringLiteral("HTTP 429 above 24.6 requests per second."));
        load.figures = QJsonDocument::fromJson(figures).object();
        run.steps = {plain, load};
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_strict.start());
        m_entra = pilot(QStringLiteral("entra"), 1, false);
        QCOMPARE(m_entra.outcome, RunResult::Outcome::Failed);
        m_twoUsers = pilot(QStringLiteral("okta"), 2, false);
        QCOMPARE(m_twoUsers.outcome, RunResult::Outcome::Passed);
        m_buggy.faults().notFoundOnEmptyFilter = true;
        QVERIFY(m_buggy.start());
        m_buggyRun = pilot(m_buggy, QStringLiteral("entra"), 1, false);
        QCOMPARE(m_buggyRun.steps.first().outcome, Outcome::Failed);
    }

    void modelPassesTheModelTester_data()
    {
        QTest::addColumn<bool>("twoUsers");
        QTest::newRow("one user: flat") << false;
        QTest::newRow("two users: grouped") << true;
    }

    void modelPassesTheModelTester()
    {
        QFETCH(bool, twoUsers);
        const RunResult &result = twoUsers ? m_twoUsers : m_entra;
        app::ResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        app::ResultsFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result);
        QCOMPARE(model.isGrouped(), twoUsers);
        QCOMPARE(model.rowCount(), twoUsers ? 2 : int(result.steps.size()));
        int steps = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex top = model.index(row, 0);
            if (twoUsers) {
                QVERIFY(!model.step(top));
                QCOMPARE(top.data().toString(), result.steps.at(steps).user);
                QCOMPARE(model.rowCount(top), int(result.steps.size() / 2));
                for (int child = 0; child < model.rowCount(top); ++child, ++steps)
                    QCOMPARE(model.index(child, 0, top).data().toString(), result.steps.at(steps).title);
            } else {
                QCOMPARE(top.data().toString(), result.steps.at(row).title);
                QCOMPARE(top.data(app::ResultsModel::StepIdRole).toString(), result.steps.at(row).id);
                ++steps;
            }
        }
        QCOMPARE(steps, result.steps.size());
        const QIcon icon = model.index(0, 0).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.pixmap(16).isNull(), "the SVG status icon loads");
        QCOMPARE(model.indexOfStep(int(result.steps.size()) - 1).data().toString(),
                 result.steps.last().title);

        filter.setProblemsOnly(true);
        int shown = 0;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QModelIndex index = filter.index(row, 0);
            if (index.data(app::ResultsModel::StepIndexRole).toInt() < 0)
                continue;
            ++shown;
            const auto outcome = Outcome(index.data(app::ResultsModel::OutcomeRole).toInt());
            QVERIFY(outcome == Outcome::Failed || outcome == Outcome::Warning);
        }
        int problems = 0;
        for (const StepResult &step : result.steps)
            problems += step.outcome == Outcome::Failed || step.outcome == Outcome::Warning;
        if (!twoUsers) {
            QVERIFY(problems > 0);
            QCOMPARE(shown, problems);
        } else {
            // Okta against the strict sandbox: only warnings, if any, and their groups.
            QCOMPARE(filter.rowCount() > 0, problems > 0);
        }
        model.setResult(m_entra); // a reset through the tester
    }

    void filterOpenExchangeCopyCurlAndExport()
    {
        app::ResultsView view;
        view.resize(1100, 700);
        view.setResult(m_entra);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto *tree = child<QTreeView>(view, "stepsTreeView");
        testsupport::tick(child<QCheckBox>(view, "problemsOnlyCheckBox"));
        QVERIFY(tree->model()->rowCount() > 0);
        QVERIFY(tree->model()->rowCount() < m_entra.steps.size());
        QModelIndex deactivate;
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            const QModelIndex index = tree->model()->index(row, 0);
            const auto outcome = Outcome(index.data(app::ResultsModel::OutcomeRole).toInt());
            QVERIFY(outcome == Outcome::Failed || outcome == Outcome::Warning);
            if (index.data(app::ResultsModel::StepIdRole).toString() == QLatin1String("deactivate-user"))
                deactivate = index;
        }
        QVERIFY(deactivate.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(deactivate).center());
        QVERIFY(child<QLabel>(view, "stepDetailLabel")->text().contains(QLatin1String("aadOptscim062020")));

        // The failed legacy request first; the RFC one tried after it.
        auto *exchanges = child<QListWidget>(view, "exchangesListWidget");
        const StepResult &step = m_entra.steps.at(stepIndex(m_entra, QStringLiteral("deactivate-user")));
        QCOMPARE(exchanges->count(), step.exchanges.size());
        QTest::mouseClick(exchanges->viewport(), Qt::LeftButton, {},
                          exchanges->visualItemRect(exchanges->item(0)).center());
        QCOMPARE(exchanges->currentRow(), 0);
        const scim::Exchange &recorded = step.exchanges.first();
        QCOMPARE(recorded.status, 400);
        const QString request = child<QPlainTextEdit>(view, "requestText")->toPlainText();
        QVERIFY(request.contains(QLatin1String("Authorization: Bearer ****")));
        QVERIFY(request.contains(QLatin1String("\"value\": \"False\""))); // pretty-printed
        QVERIFY(
            child<QPlainTextEdit>(view, "responseText")->toPlainText().startsWith(QLatin1String("HTTP 400")));

        // Export through the dialog, as a person would.
        const QString path = m_dir.filePath(QStringLiteral("exported.html"));
        QTest::mouseClick(child<QPushButton>(view, "exportButton"), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<QFileDialog *>(QStringLiteral("exportDialog"))) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        dialog->selectFile(path);
        QSignalSpy exported(&view, &app::ResultsView::exported);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile htmlFile(path);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray html = htmlFile.readAll();
        for (const StepResult &s : m_entra.steps)
            QVERIFY2(html.contains(s.title.toHtmlEscaped().toUtf8()), qPrintable(s.title));
        QVERIFY(!html.contains(m_strict.token()));
        QVERIFY(child<QLabel>(view, "statusLabel")->text().contains(path));

        // A PDF is written away from the UI thread, and an unwritable path is named.
        const QString pdf = m_dir.filePath(QStringLiteral("exported.pdf"));
        view.exportTo(pdf);
        QVERIFY(!child<QPushButton>(view, "exportButton")->isEnabled()); // until it is done
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/dir/r.html"));
        view.exportTo(nowhere);
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.last().at(1).toString().contains(nowhere));
        QVERIFY(child<QLabel>(view, "statusLabel")->text().contains(nowhere));
        QVERIFY(child<QPushButton>(view, "exportButton")->isEnabled());
    }

    void copyAsCurlReproducesTheExchange()
    {
        app::ResultsView view;
        view.resize(1100, 700);
        view.setResult(m_buggyRun);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        testsupport::tick(child<QCheckBox>(view, "problemsOnlyCheckBox"));
        auto *tree = child<QTreeView>(view, "stepsTreeView");
        const QModelIndex first = tree->model()->index(0, 0);
        QCOMPARE(first.data(app::ResultsModel::StepIdRole).toString(), QStringLiteral("match-before-create"));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(first).center());
        auto *exchanges = child<QListWidget>(view, "exchangesListWidget");
        QTest::mouseClick(exchanges->viewport(), Qt::LeftButton, {},
                          exchanges->visualItemRect(exchanges->item(0)).center());
        const scim::Exchange &recorded = m_buggyRun.steps.first().exchanges.first();
        QCOMPARE(recorded.status, 404);

        QApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(view, "copyCurlButton"), Qt::LeftButton);
        const QString command = QApplication::clipboard()->text();
        QCOMPARE(command, view.curlForSelection());
        QVERIFY(command.contains(QLatin1String("$SCIM_CONSOLE_TOKEN")));
        QVERIFY(!command.contains(QString::fromLatin1(m_buggy.token())));
        QVERIFY(command.contains(QLatin1String("-H @-")));

        // Run for real: the same request, the same answer — and with no token, a refusal.
        m_buggy.clearReceived();
        const QByteArray output = runShell(command, m_buggy.token());
        QVERIFY2(output.startsWith("HTTP/1.1 404"), output.constData());
        QCOMPARE(QJsonDocument::fromJson(output.mid(output.indexOf("\r\n\r\n") + 4)).object(),
                 QJsonDocument::fromJson(recorded.responseBody).object());
        QCOMPARE(m_buggy.received().size(), 1);
        QCOMPARE(m_buggy.received().first().target,
                 recorded.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
        QVERIFY(runShell(command, "wrong-token").startsWith("HTTP/1.1 401"));
    }

    void curlQuotesBodiesForAPosixShell()
    {
        scim::Exchange exchange;
        exchange.method = "POST";
        exchange.url = QUrl(m_strict.endpoint() + QStringLiteral("/Users"));
        exchange.requestHeaders
            = {{"Content-Type", "application/scim+json"}, {"Authorization", "Bearer ****"}};
        const QString name = QStringLiteral("O'Brien \"Bob\" $HOME `id` \\ ; rm -rf x");
        exchange.requestBody
            = QJsonDocument(QJsonObject {
                                {QStringLiteral("schemas"),
                                 QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                                {QStringLiteral("userName"), QStringLiteral("obrien@example.com")},
                                {QStringLiteral("displayName"), name},
                            })
                  .toJson(QJsonDocument::Compact);
        QCOMPARE(runShell(QStringLiteral("printf %s ") + scim::shellQuote(name), {}), name.toUtf8());
        const QByteArray output = runShell(scim::curlCommand(exchange), m_strict.token());
        QVERIFY2(output.startsWith("HTTP/1.1 201"), output.constData());
        const QJsonObject created
            = QJsonDocument::fromJson(output.mid(output.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(created.value(QLatin1String("displayName")).toString(), name);
        m_strict.store().remove(sandbox::ResourceKind::User, created.value(QLatin1String("id")).toString());
    }

    void timelineDrawsEveryRequestAndSelectsOnClick()
    {
        app::ResultsView view;
        view.resize(1100, 700);
        view.setResult(m_entra);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.findChild<QTabWidget *>()->setCurrentIndex(1);
        auto *timeline = view.findChild<app::TimelineWidget *>();
        QTRY_VERIFY(timeline->isVisible());
        int exchanges = 0;
        for (const StepResult &step : m_entra.steps)
            exchanges += int(step.exchanges.size());
        QCOMPARE(timeline->bars().size(), exchanges);

        const int deactivate = stepIndex(m_entra, QStringLiteral("deactivate-user"));
        int failedBar = -1;
        for (int i = 0; i < timeline->bars().size(); ++i) {
            if (timeline->bars().at(i).step == deactivate && timeline->bars().at(i).exchange == 0)
                failedBar = i;
        }
        QVERIFY(failedBar >= 0);
        // Later bars start no earlier than earlier ones, and the 400 is drawn amber, a 2xx green.
        for (int i = 1; i < timeline->bars().size(); ++i)
            QVERIFY(timeline->barRect(i).left() >= timeline->barRect(i - 1).left() - 1);
        const QImage image = timeline->grab().toImage();
        const QRectF failed = timeline->barRect(failedBar);
        // Drawn in that colour, or a shade of it that stands out on the palette (3:1 on white).
        QCOMPARE(timeline->bars().at(failedBar).colour, QColor(0xf0, 0xa0, 0x00));
        QCOMPARE(image.pixelColor(failed.center().toPoint()), timeline->barColour(failedBar));
        QVERIFY(app::contrastRatio(timeline->barColour(failedBar), timeline->palette().color(QPalette::Base))
                >= 3);
        const QRectF first = timeline->barRect(0);
        QCOMPARE(timeline->bars().at(0).colour,
                 app::TimelineWidget::colourFor(m_entra.steps.first().exchanges.first()));
        QCOMPARE(image.pixelColor(first.center().toPoint()), timeline->barColour(0));

        QTest::mouseClick(timeline, Qt::LeftButton, {}, failed.center().toPoint());
        QCOMPARE(view.findChild<QTabWidget *>()->currentIndex(), 0);
        QVERIFY(child<QLabel>(view, "stepDetailLabel")
                    ->text()
                    .contains(m_entra.steps.at(deactivate).title.toHtmlEscaped()));
        QCOMPARE(child<QListWidget>(view, "exchangesListWidget")->currentRow(), 0);
    }

    void loadStepShowsItsChartAndOthersDoNot()
    {
        const RunResult run = loadRun();
        QVERIFY(!run.steps.at(1).figures.isEmpty());
        app::ResultsView view;
        view.resize(1100, 800);
        view.setResult(run); // opens on the warning: the throughput step
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *chart = child<app::ThroughputChart>(view, "throughputChart");
        auto *figures = child<QLabel>(view, "figuresLabel");
        QVERIFY(chart->isVisible());
        QVERIFY(figures->isVisible());
        QCOMPARE(chart->buckets().size(), 10);
        QCOMPARE(chart->buckets().last().upToMs, -1);
        QCOMPARE(chart->ratePerSecond().size(), 7);
        QVERIFY(!chart->accessibleName().isEmpty());
        const QString rate = QLocale().toString(24.6, 'f', 1);
        const QString description = chart->accessibleDescription();
        QVERIFY2(description.contains(rate) && description.contains(QLatin1String("p95 48 ms")),
                 qPrintable(description));
        QVERIFY2(description.contains(QLatin1String("120")), "the histogram's counts, in words");
        QVERIFY(figures->text().startsWith(rate + QLatin1String(" requests per second sustained")));
        QVERIFY2(figures->text().contains(QStringLiteral("3 × 429 (all with Retry-After)")),
                 qPrintable(figures->text()));
        QVERIFY(chart->minimumSizeHint().width() <= chart->sizeHint().width());
        QVERIFY(chart->height() >= chart->minimumSizeHint().height());

        // Drawn: bars, lines and labels in the palette's colours, not an empty background.
        const QImage image = chart->grab().toImage();
        const QColor background = chart->palette().color(QPalette::Base);
        int drawn = 0;
        int highlighted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                drawn += pixel != background;
                highlighted += pixel == chart->palette().color(QPalette::Highlight);
            }
        }
        QVERIFY2(drawn > image.width() * image.height() / 50, "the chart is drawn");
        QVERIFY2(highlighted > 100, "bars and the answered series in the highlight colour");

        view.showExchange(0, 0); // the step that measured nothing
        QVERIFY(!chart->isVisible());
        QVERIFY(!figures->isVisible());
        view.showExchange(1, 0);
        QVERIFY(chart->isVisible());
    }

    void chartFollowsADarkPalette()
    {
        app::ThroughputChart chart;
        QPalette dark;
        dark.setColor(QPalette::Base, Qt::black);
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0x80, 0xc0, 0xff));
        chart.setPalette(dark);
        chart.setFigures(loadRun().steps.at(1).figures);
        QVERIFY(!chart.isHidden());
        chart.resize(chart.sizeHint());
        const QImage image = chart.grab().toImage();
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::black));
        int text = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                text += image.pixelColor(x, y) == QColor(Qt::white);
        }
        QVERIFY2(text > 50, "axes and labels in the palette's text colour");
        chart.setFigures({});
        QVERIFY(chart.isHidden());
    }

    void historyWindowListsReopensAndDeletes()
    {
        const QString profile = QStringLiteral("history-profile");
        const engine::RunHistory history(profile);
        RunResult older = m_twoUsers;
        older.startedAt = m_entra.startedAt.addSecs(-60);
        QCOMPARE(history.record(older), QString());
        QCOMPARE(history.record(m_entra), QString());

        app::ResultsWindow window(profile);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.openLatest();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = child<QListWidget>(window, "historyListWidget");
        QCOMPARE(list->count(), 2);
        QCOMPARE(window.view()->result().runId, m_entra.runId);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        QCOMPARE(window.view()->result().runId, older.runId);
        QCOMPARE(window.view()->result().steps.size(), older.steps.size());

        QTest::mouseClick(child<QPushButton>(window, "deleteRunButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(history.list().size(), 1);
        QCOMPARE(history.list().first().runId, m_entra.runId);
    }
};

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
