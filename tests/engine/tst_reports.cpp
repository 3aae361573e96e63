// The report writers read back: JSON (the architecture's fields, and fromJson), JUnit (a valid
// structure), HTML (every step title), PDF (pdftotext shows every step title) — and none of them
// holds the token or an Okta password; a load step's figures in HTML, PDF and JUnit, and only there.
// The run history keeps the newest 50, private to the user.
#include "engine/pilot/pilotrun.h"
#include "engine/run/runhistory.h"
#include "reports/figures.h"
#include "reports/report.h"
#include "sandbox/sandboxserver.h"
#include "support/connection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <qcoro/qcorotask.h>

#include <sys/stat.h>

using engine::RunResult;
using reports::Figures;
using reports::Report;
using namespace std::chrono_literals;

namespace {

QString normalised(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    // NFKC: the PDF may carry typographic ligatures (ﬁ) where the title has two letters.
    return text.normalized(QString::NormalizationForm_KC).replace(space, QStringLiteral(" "));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A verify run with a step that measured nothing and the throughput step's figures.
RunResult loadRun()
{
    QFile fixture(QStringLiteral(SCIM_TEST_FIXTURES "/figures/throughput.json"));
    const QByteArray figures = fixture.open(QIODevice::ReadOnly) ? fixture.readAll() : QByteArray();
    RunResult run;
    run.kind = QStringLiteral("verify");
    run.endpoint = QStringLiteral("https://scim.example.test/scim/v2");
    run.startedAt = QDateTime::currentDateTimeUtc();
    engine::StepResult plain;
    plain.id = QStringLiteral("service-provider-config");
    plain.title = QStringLiteral("Service provider configuration");
    plain.set(engine::StepResult::Outcome::Passed, QStringLiteral("Read."));
    engine::StepResult load;
    load.id = QStringLiteral("throughput");
    load.title = QStringLiteral("Requests per second under load");
    load.set(engine::StepResult::Outcome::Warning, QStringLiteral("Some 429 answers."));
    load.figures = QJsonDocument::fromJson(figures).object();
    run.steps = {plain, load};
    return run;
}

unsigned modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 0777u : 0u;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    sandbox::SandboxServer m_server;
    sandbox::SandboxServer m_strict {sandbox::SandboxServer::Config {true, QStringLiteral("SCIM Pilot"), {}}};
    RunResult m_okta;
    RunResult m_entraStrict;
    QByteArray m_password;
    QTemporaryDir m_dir;

    RunResult pilot(const sandbox::SandboxServer &server, const QString &dialect)
    {
        engine::PilotOptions options;
        options.dialect = *engine::PilotDialect::fromName(dialect);
        options.groupName = QStringLiteral("SCIM Pilot");
        engine::PilotRun run(&m_network, testsupport::connectionTo(server.endpoint(), server.token(), 10s),
                             options);
        return QCoro::waitFor(run.run());
    }

    /// Every format of @p result as text, for the secret search.
    QList<QByteArray> everyFormat(const RunResult &result, const QString &name)
    {
        QList<QByteArray> contents;
        for (const QString &suffix :
             {QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("xml"), QStringLiteral("pdf")}) {
            const QString path = m_dir.filePath(name + QLatin1Char('.') + suffix);
            const QString problem = Report::write(result, path);
            if (!problem.isEmpty())
                qFatal("%s", qPrintable(problem));
            contents.append(readAll(path));
            if (suffix == QLatin1String("pdf"))
                contents.append(pdfText(path).toUtf8());
        }
        return contents;
    }

    static QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        QVERIFY(m_strict.start());
        m_okta = pilot(m_server, QStringLiteral("okta"));
        QCOMPARE(m_okta.outcome, RunResult::Outcome::Passed);
        for (const sandbox::ReceivedRequest &request : m_server.received()) {
            if (request.method == "POST")
                m_password = QJsonDocument::fromJson(request.body)
                                 .object()
                                 .value(QLatin1String("password"))
                                 .toString()
                                 .toUtf8();
        }
        QVERIFY(m_password.size() >= 12);
        m_entraStrict = pilot(m_strict, QStringLiteral("entra"));
        QCOMPARE(m_entraStrict.outcome, RunResult::Outcome::Failed);
    }

    void reportPathsAreCheckedByExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("html") << QStringLiteral("r.html") << true;
        QTest::newRow("HTM upper") << QStringLiteral("R.HTM") << true;
        QTest::newRow("pdf") << QStringLiteral("out/r.pdf") << true;
        QTest::newRow("json") << QStringLiteral("r.json") << true;
        QTest::newRow("junit") << QStringLiteral("r.xml") << true;
        QTest::newRow("txt") << QStringLiteral("r.txt") << false;
        QTest::newRow("none") << QStringLiteral("report") << false;
    }

    void reportPathsAreCheckedByExtension()
    {
        QFETCH(QString, path);
        QFETCH(bool, accepted);
        QCOMPARE(Report::checkPath(path).isEmpty(), accepted);
        if (!accepted)
            QVERIFY(Report::checkPath(path).contains(path));
    }

    void jsonReadsBackWithEveryField()
    {
        const QString path = m_dir.filePath(QStringLiteral("entra.json"));
        QCOMPARE(Report::write(m_entraStrict, path), QString());
        const QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
        for (const char *field : {"tool", "version", "kind", "endpoint", "idp", "dialect", "runId",
                                  "startedAt", "durationMs", "outcome", "steps", "cleanup"})
            QVERIFY2(json.contains(QLatin1String(field)), field);
        QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
        const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), m_entraStrict.steps.size());
        const QJsonObject create = steps.at(1).toObject();
        QCOMPARE(create.value(QLatin1String("id")).toString(), QStringLiteral("create-user"));
        // Non-ASCII survives from the engine to the report (a QLatin1String once garbled the dash).
        QVERIFY2(create.value(QLatin1String("detail")).toString().contains(QStringLiteral(" — HTTP 201")),
                 qPrintable(create.value(QLatin1String("detail")).toString()));
        const QJsonObject exchange = create.value(QLatin1String("exchanges")).toArray().first().toObject();
        QCOMPARE(exchange.value(QLatin1String("status")).toInt(), 201);
        QCOMPARE(
            exchange.value(QLatin1String("requestHeaders")).toObject().value(QLatin1String("Authorization")),
            QJsonValue(QStringLiteral("Bearer ****")));

        const std::optional<RunResult> back = RunResult::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->toJson(), m_entraStrict.toJson());
        QVERIFY(!RunResult::fromJson(QJsonObject {{QStringLiteral("tool"), QStringLiteral("other")}}));
    }

    void junitHasATestcasePerStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("entra.xml"));
        QCOMPARE(Report::write(m_entraStrict, path), QString());
        QXmlStreamReader xml(readAll(path));
        int suites = 0;
        int cases = 0;
        int failures = 0;
        QStringList names;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("testsuite")) {
                ++suites;
                QCOMPARE(xml.attributes().value(QLatin1String("tests")).toInt(), m_entraStrict.steps.size());
            } else if (xml.name() == QLatin1String("testcase")) {
                ++cases;
                names.append(xml.attributes().value(QLatin1String("name")).toString());
            } else if (xml.name() == QLatin1String("failure")) {
                ++failures;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 1);
        QCOMPARE(cases, m_entraStrict.steps.size());
        int failed = 0;
        for (const engine::StepResult &step : m_entraStrict.steps)
            failed += step.outcome == engine::StepResult::Outcome::Failed;
        QVERIFY(failed > 0);
        QCOMPARE(failures, failed);
        // And a real XML parser agrees it is well-formed.
        QProcess lint;
        lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path});
        QVERIFY(lint.waitForFinished(30000));
        QCOMPARE(lint.exitCode(), 0);
    }

    void htmlAndPdfShowEveryStepTitle_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("html") << QStringLiteral("html");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void htmlAndPdfShowEveryStepTitle()
    {
        QFETCH(QString, suffix);
        const QString path = m_dir.filePath(QStringLiteral("entra-titles.") + suffix);
        QCOMPARE(Report::write(m_entraStrict, path), QString());
        QString text;
        if (suffix == QLatin1String("pdf")) {
            QVERIFY(readAll(path).startsWith("%PDF-"));
            text = pdfText(path);
        } else {
            QTextDocument document; // what a reader sees, entities decoded
            text = QString::fromUtf8(readAll(path));
            QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE html>")));
            QVERIFY2(!text.contains(QLatin1String("<script")) && !text.contains(QLatin1String("http-equiv")),
                     "self-contained, no scripts");
            document.setHtml(text);
            text = document.toPlainText();
        }
        text = normalised(text);
        for (const engine::StepResult &step : m_entraStrict.steps)
            QVERIFY2(text.contains(normalised(step.title)), qPrintable(step.title));
        QVERIFY(text.contains(QLatin1String("aadOptscim062020")));
    }

    void noFormatHoldsTheTokenOrThePassword()
    {
        const QList<QByteArray> contents = everyFormat(m_okta, QStringLiteral("okta"))
            + everyFormat(m_entraStrict, QStringLiteral("entra-secrets"));
        QCOMPARE(contents.size(), 10);
        for (const QByteArray &content : contents) {
            QVERIFY(content.size() > 500);
            QVERIFY2(!content.contains(m_server.token()) && !content.contains(m_strict.token()),
                     "the token is in a report");
            QVERIFY2(!content.contains(m_password), "the Okta password is in a report");
        }
        // The password field is there, masked.
        QVERIFY(contents.first().contains("&quot;password&quot;: &quot;****&quot;")
                || contents.first().contains("\"password\": \"****\""));
    }

    void figuresReadAsWords_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("rate");
        QTest::newRow("English: 24.6") << QStringLiteral("en_GB") << QStringLiteral("24.6");
        QTest::newRow("German: 24,6") << QStringLiteral("de_DE") << QStringLiteral("24,6");
    }

    void figuresReadAsWords()
    {
        QFETCH(QString, locale);
        QFETCH(QString, rate);
        const QJsonObject figures = loadRun().steps.at(1).figures;
        QVERIFY(figures.size() >= 15);
        QVERIFY(Figures::hasChart(figures));
        QVERIFY(!Figures::hasChart({{QStringLiteral("requests"), 3}}));
        const QString line = Figures::summary(figures, QLocale(locale));
        QVERIFY2(line.startsWith(rate
                                 + QStringLiteral(" requests per second sustained; median 21 ms, p95 48 ms, "
                                                  "p99 90 ms; 196 ")),
                 qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral(", 3 × 429 (all with Retry-After)")), qPrintable(line));
        QVERIFY(!line.contains(QLatin1String("error")));
        QCOMPARE(Figures::summary({}), QString());
        QCOMPARE(Figures::rows({}).size(), 0);

        QJsonObject some = figures;
        some.insert(QStringLiteral("retryAfterOn429"), 1);
        QVERIFY(
            Figures::summary(some, QLocale(locale)).endsWith(QStringLiteral("3 × 429 (1 with Retry-After)")));
        // A step with other figures still says them.
        QCOMPARE(Figures::summary({{QStringLiteral("users"), 12}}, QLocale(locale)),
                 QStringLiteral("users 12"));
    }

    void figuresOnlyUnderTheStepThatHasThem_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("html") << QStringLiteral("html");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void figuresOnlyUnderTheStepThatHasThem()
    {
        QFETCH(QString, suffix);
        const RunResult run = loadRun();
        const QString path = m_dir.filePath(QStringLiteral("load.") + suffix);
        QCOMPARE(Report::write(run, path), QString());
        QString text;
        if (suffix == QLatin1String("pdf")) {
            text = pdfText(path);
        } else {
            const QString html = QString::fromUtf8(readAll(path));
            QCOMPARE(html.count(QLatin1String("<table class=\"figures\">")), 1);
            QTextDocument document;
            document.setHtml(html);
            text = document.toPlainText();
        }
        text = normalised(text);
        const QString rate = QLocale().toString(24.6, 'f', 1);
        for (const QString &expected : QStringList {
                 rate + QStringLiteral(" requests per second (up to 30 attempted)"),
                 QStringLiteral("median 21 ms, p95 48 ms, p99 90 ms, max 120 ms"), QStringLiteral("196"),
                 QStringLiteral("3 (all with Retry-After)"), QStringLiteral("200: 193, 429: 3"),
                 normalised(Figures::stoppedText(QStringLiteral("429")))}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
        }
        // Under the throughput step's details, after the step that measured nothing.
        const qsizetype details = text.lastIndexOf(normalised(run.steps.at(0).title));
        const qsizetype load = text.lastIndexOf(normalised(run.steps.at(1).title));
        QVERIFY(details >= 0 && load > details);
        QVERIFY(text.indexOf(QLatin1String("p95 48 ms")) > load);
    }

    void aGermanReportShowsGermanNumbersAndDatesButTheJsonDoesNot()
    {
        RunResult run = loadRun();
        run.startedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        run.durationMs = 1234;
        run.steps[0].durationMs = 56789;
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QByteArray englishJson = QJsonDocument(run.toJson()).toJson();
        const QString english = Report::html(run);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QByteArray germanJson = QJsonDocument(run.toJson()).toJson();
        const QString german = Report::html(run);
        QLocale::setDefault(before);

        QVERIFY2(german.contains(QLatin1String("1.234 ms")), qPrintable(german));
        QVERIFY(german.contains(QLatin1String("56.789 ms")));
        QVERIFY2(german.contains(QStringLiteral("4. März 2026")), qPrintable(german));
        QVERIFY(english.contains(QLatin1String("1,234 ms")));
        QVERIFY(english.contains(QLatin1String("March 4, 2026")));
        // The JSON is for programs: the same bytes whatever the locale, ISO 8601 and plain numbers.
        QCOMPARE(germanJson, englishJson);
        const QJsonObject json = QJsonDocument::fromJson(germanJson).object();
        QCOMPARE(json.value(QLatin1String("durationMs")).toInteger(), 1234);
        QVERIFY(json.value(QLatin1String("startedAt"))
                    .toString()
                    .startsWith(QLatin1String("2026-03-04T05:06:07")));
    }

    void junitCarriesFiguresAsProperties()
    {
        const RunResult run = loadRun();
        const QString path = m_dir.filePath(QStringLiteral("load.xml"));
        QCOMPARE(Report::write(run, path), QString());
        QXmlStreamReader xml(readAll(path));
        QHash<QString, QMap<QString, QString>> properties; // testcase → name → value
        QHash<QString, QString> out;
        QString testcase;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("testcase")) {
                testcase = xml.attributes().value(QLatin1String("name")).toString();
                properties[testcase];
            } else if (xml.name() == QLatin1String("property")) {
                properties[testcase].insert(xml.attributes().value(QLatin1String("name")).toString(),
                                            xml.attributes().value(QLatin1String("value")).toString());
            } else if (xml.name() == QLatin1String("system-out")) {
                out.insert(testcase, xml.readElementText());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString plain = QStringLiteral("service-provider-config: Service provider configuration");
        const QString load = QStringLiteral("throughput: Requests per second under load");
        QCOMPARE(properties.size(), 2);
        QVERIFY(properties.value(plain).isEmpty());
        QVERIFY(!out.value(plain).contains(QLatin1String("per second")));
        const QMap<QString, QString> figures = properties.value(load);
        QCOMPARE(figures.value(QStringLiteral("requestsPerSecond")), QStringLiteral("24.6"));
        QCOMPARE(figures.value(QStringLiteral("p95Ms")), QStringLiteral("48"));
        QCOMPARE(figures.value(QStringLiteral("requests")), QStringLiteral("196"));
        QCOMPARE(figures.value(QStringLiteral("status429")), QStringLiteral("3"));
        QCOMPARE(figures.value(QStringLiteral("retryAfterOn429")), QStringLiteral("3"));
        QCOMPARE(figures.value(QStringLiteral("statusCounts.200")), QStringLiteral("193"));
        QCOMPARE(figures.value(QStringLiteral("stoppedBecause")), QStringLiteral("429"));
        QCOMPARE(figures.value(QStringLiteral("ratePerSecond")), QStringLiteral("[5,10,15,20,25,30,30]"));
        QVERIFY(figures.value(QStringLiteral("latencyHistogram")).startsWith(QLatin1String("[{")));
        QVERIFY2(out.value(load).contains(QLatin1String("p95 48 ms")), qPrintable(out.value(load)));
        QProcess lint;
        lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path});
        QVERIFY(lint.waitForFinished(30000));
        QCOMPARE(lint.exitCode(), 0);
    }

    void pdfNeedsAGuiApplication()
    {
        // Under QGuiApplication (this test) a PDF is written; the message for a core-only process
        // is covered by the CLI test writing .pdf through a real process.
        const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
        RunResult empty;
        empty.kind = QStringLiteral("verify");
        QCOMPARE(Report::write(empty, path), QString());
        QVERIFY(QFile(path).size() > 0);
    }

    void unwritableReportNamesThePath()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/dir/r.json"));
        const QString problem = Report::write(m_okta, path);
        QVERIFY(problem.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void historyKeepsTheNewestFiftyPrivately()
    {
        const engine::RunHistory history(QStringLiteral("profile/../x"),
                                         m_dir.filePath(QStringLiteral("history")));
        QVERIFY(history.folder().startsWith(m_dir.filePath(QStringLiteral("history/"))));
        QVERIFY(!history.folder().contains(QLatin1String("..")));
        RunResult run = m_okta;
        const QDateTime base = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < engine::RunHistory::Limit + 2; ++i) {
            run.startedAt = base.addSecs(i);
            run.runId = QStringLiteral("run%1").arg(i);
            run.outcome = i % 2 ? RunResult::Outcome::Failed : RunResult::Outcome::Passed;
            QCOMPARE(history.record(run), QString());
        }
        const QList<engine::RunHistory::Entry> entries = history.list();
        QCOMPARE(entries.size(), engine::RunHistory::Limit);
        QCOMPARE(entries.first().runId, QStringLiteral("run51"));
        QCOMPARE(entries.first().outcome, QStringLiteral("failed"));
        QCOMPARE(entries.first().kind, QStringLiteral("pilot"));
        QCOMPARE(entries.first().startedAt.toSecsSinceEpoch(), base.addSecs(51).toSecsSinceEpoch());
        QCOMPARE(entries.last().runId, QStringLiteral("run2"));
        QCOMPARE(modeOf(entries.first().path), 0600u);
        QCOMPARE(modeOf(history.folder()), 0700u);
        QVERIFY(!readAll(entries.first().path).contains(m_server.token()));

        const std::optional<RunResult> back = history.load(entries.at(3).path);
        QVERIFY(back);
        QCOMPARE(back->runId, QStringLiteral("run48"));
        QCOMPARE(back->steps.size(), m_okta.steps.size());

        QVERIFY(history.remove(entries.at(3).path));
        QCOMPARE(history.list().size(), engine::RunHistory::Limit - 1);
        QVERIFY(!history.remove(m_dir.filePath(QStringLiteral("okta.json")))); // outside the folder
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("okta.json"))));

        QFile broken(history.folder() + QStringLiteral("/20260101T000000000_pilot_passed_broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{not json");
        broken.close();
        QString error;
        QVERIFY(!history.load(broken.fileName(), &error));
        QVERIFY(error.contains(broken.fileName()));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
