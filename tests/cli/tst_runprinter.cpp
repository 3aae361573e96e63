// The command line's table of a run, captured from stdout: a load step's figures on one line
// under it, nothing extra under a step that measured nothing.
#include "cli/output.h"
#include "cli/runprinter.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using engine::RunResult;
using engine::StepResult;

class TestRunPrinter : public QObject
{
    Q_OBJECT

private:
    /// What RunPrinter::table() writes to stdout for @p result.
    static QString table(const RunResult &result)
    {
        QTemporaryFile file;
        if (!file.open())
            return QStringLiteral("no temporary file");
        std::fflush(stdout);
        const int saved = ::dup(STDOUT_FILENO);
        ::dup2(file.handle(), STDOUT_FILENO);
        {
            cli::Output output;
            cli::RunPrinter(output).table(result);
        }
        std::fflush(stdout);
        ::dup2(saved, STDOUT_FILENO);
        ::close(saved);
        file.seek(0);
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void loadStepHasAFiguresLine()
    {
        QFile fixture(QStringLiteral(SCIM_TEST_FIXTURES "/figures/throughput.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        RunResult run;
        run.kind = QStringLiteral("verify");
        run.endpoint = QStringLiteral("https://scim.example.test/scim/v2");
        StepResult plain;
        plain.id = QStringLiteral("service-provider-config");
        plain.title = QStringLiteral("Service provider configuration");
        plain.set(StepResult::Outcome::Passed, QStringLiteral("Read."));
        StepResult load;
        load.id = QStringLiteral("throughput");
        load.title = QStringLiteral("Requests per second under load");
        load.set(StepResult::Outcome::Passed, QStringLiteral("Fast enough."));
        load.figures = QJsonDocument::fromJson(fixture.readAll()).object();
        QVERIFY(!load.figures.isEmpty());
        run.steps = {plain, load};

        const QStringList lines = table(run).split(QLatin1Char('\n'));
        qsizetype plainLine = -1;
        qsizetype loadLine = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(QLatin1String("(service-provider-config)")))
                plainLine = i;
            if (lines.at(i).contains(QLatin1String("(throughput)")))
                loadLine = i;
        }
        QVERIFY2(plainLine >= 0 && loadLine == plainLine + 1, qPrintable(lines.join(QLatin1Char('\n'))));
        const QString figures = lines.value(loadLine + 1);
        const QString rate = QLocale().toString(24.6, 'f', 1);
        QVERIFY2(
            figures.startsWith(QStringLiteral("    ") + rate
                               + QStringLiteral(" requests per second sustained; median 21 ms, p95 48 ms")),
            qPrintable(figures));
        QVERIFY(figures.endsWith(QStringLiteral("3 × 429 (all with Retry-After)")));
    }
};

QTEST_GUILESS_MAIN(TestRunPrinter)
#include "tst_runprinter.moc"
