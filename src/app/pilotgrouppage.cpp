#include "pilotgrouppage.h"

#include "engine/run/outcome.h"
#include "fieldvalidation.h"
#include "resultsview.h"
#include "runtarget.h"
#include "shell/scrollcontent.h"
#include "ui_pilotgrouppage.h"
#include "wizardmodel.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace app {

PilotGroupPage::PilotGroupPage(WizardModel &model, credentials::ProfileStore &store,
                               std::shared_ptr<QNetworkAccessManager> network, QWidget *parent)
    : RunPage(model, store, std::move(network), parent)
    , m_ui(std::make_unique<Ui::PilotGroupPage>())
    , m_results(new ResultsView(this))
{
    m_ui->setupUi(scrollContent(this));
    m_results->setMinimumHeight(320);
    m_ui->resultsLayout->addWidget(m_results);
    m_results->setObjectName(QStringLiteral("groupResultsView"));
    setTitle(tr("The pilot group"));
    setSubTitle(tr("Real people's accounts: the console only reads, it never writes."));
    m_ui->introLabel->setText(tr(
        "List the pilot group's people in a CSV file (a header row with userName; Entra ID's and Okta's user "
        "exports work as they are). Before you assign the group in the IdP, preview what its first sync will "
        "do for each person; after the first provisioning cycle, confirm that everyone arrived as the file "
        "says."));
    connect(m_ui->fileLineEdit, &QLineEdit::editingFinished, this,
            [this] { loadFile(m_ui->fileLineEdit->text().trimmed()); });
    // Enter in the file field reads the file; it never presses Finish.
    keepEnterInField(m_ui->fileLineEdit, [this] { loadFile(m_ui->fileLineEdit->text().trimmed()); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("The pilot group's CSV file"));
        dialog->setObjectName(QStringLiteral("csvDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
        dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            m_ui->fileLineEdit->setText(path);
            loadFile(path);
        });
        dialog->open();
    });
    connect(m_ui->previewButton, &QPushButton::clicked, this,
            [this] { start(engine::GroupRun::Kind::Preview); });
    connect(m_ui->confirmButton, &QPushButton::clicked, this,
            [this] { start(engine::GroupRun::Kind::Confirm); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RunPage::stopRun);
    connect(this, &RunPage::runningChanged, this, &PilotGroupPage::updateButtons);
    updateButtons();
}

PilotGroupPage::~PilotGroupPage() = default;

QString PilotGroupPage::runningDescription() const
{
    return tr("The pilot group check is still running; it only reads, so stopping it changes nothing.");
}

void PilotGroupPage::initializePage()
{
    if (m_csv.members.isEmpty())
        m_ui->fileStatusLabel->setText(tr("Choose the CSV file of the pilot group."));
    updateButtons();
}

void PilotGroupPage::updateButtons()
{
    const bool running = isRunning();
    const bool ready = !running && m_csv.isValid() && !m_csv.members.isEmpty();
    m_ui->previewButton->setEnabled(ready);
    m_ui->confirmButton->setEnabled(ready);
    m_ui->cancelButton->setEnabled(running);
    m_ui->browseButton->setEnabled(!running);
    m_ui->fileLineEdit->setEnabled(!running);
}

void PilotGroupPage::loadFile(const QString &path)
{
    m_csv = path.isEmpty() ? engine::GroupCsv() : engine::GroupCsv::read(path);
    if (path.isEmpty()) {
        m_ui->fileStatusLabel->setText(tr("Choose the CSV file of the pilot group."));
    } else if (!m_csv.isValid()) {
        QStringList lines;
        for (const engine::CsvProblem &problem : std::as_const(m_csv.problems))
            lines.append(problem.toString().toHtmlEscaped());
        m_ui->fileStatusLabel->setText(
            //: %1 is a list of problems found in the CSV file, one per line
            tr("<b>This file cannot be used yet:</b><br>%1").arg(lines.join(QLatin1String("<br>"))));
    } else {
        //: %n is the number of people in the pilot group's CSV file
        QString text = tr("%n people, ready to check.", nullptr, int(m_csv.members.size()));
        if (!m_csv.ignoredColumns.isEmpty())
            text += QLatin1Char(' ')
                //: %1 is a comma-separated list of CSV column names
                + tr("Columns not used: %1.").arg(m_csv.ignoredColumns.join(QLatin1String(", ")));
        m_ui->fileStatusLabel->setText(text.toHtmlEscaped());
    }
    updateButtons();
}

void PilotGroupPage::start(engine::GroupRun::Kind kind)
{
    if (isRunning() || !m_csv.isValid())
        return;
    m_done = 0;
    m_total = int(m_csv.members.size());
    m_ui->statusLabel->setText(tr("Loading the profile…"));
    const QList<engine::GroupMember> members = m_csv.members;
    startRun([this, kind, members](scim::Connection connection, const RunDetails &details,
                                   QNetworkAccessManager *network) {
        engine::GroupOptions options;
        options.idp = details.idp;
        options.groupId = details.groupId;
        options.groupName = details.groupName;
        options.ssoAttribute = details.ssoAttribute;
        options.members = members;
        //: %n is the number of people in the pilot group being checked
        m_ui->statusLabel->setText(tr("Checking %n people (read-only)…", nullptr, m_total));
        return std::make_unique<engine::GroupRun>(network, std::move(connection), kind, options);
    });
}

void PilotGroupPage::runStep(const engine::StepResult &step)
{
    if (step.id == QLatin1String("match") || step.id == QLatin1String("in-group"))
        //: %1 is the number of people checked so far, %2 the total number of people
        m_ui->statusLabel->setText(tr("Checked %1 of %2…").arg(++m_done).arg(m_total));
}

void PilotGroupPage::runNotStarted(const QString &reason)
{
    m_ui->statusLabel->setText(reason);
}

void PilotGroupPage::runFinished(const engine::RunResult &result)
{
    m_results->setResult(result);
    keepRun(m_model, m_store, result);
    const engine::RunSummary summary = engine::RunSummary::of(result);
    const int failed = summary.count(engine::StepResult::Outcome::Failed);
    const int warnings = summary.count(engine::StepResult::Outcome::Warning);
    if (result.outcome == engine::RunResult::Outcome::Cancelled)
        m_ui->statusLabel->setText(tr("Cancelled."));
    else if (failed > 0)
        m_ui->statusLabel->setText(
            //: %n is the number of failed checks
            tr("%n check(s) need attention: select one for what it means and what to do.", nullptr, failed));
    else if (warnings > 0)
        m_ui->statusLabel->setText(
            //: %n is the number of warnings
            tr("No failures; %n warning(s) to look at before you go on.", nullptr, warnings));
    else
        m_ui->statusLabel->setText(tr("Nothing to fix: every person is as expected."));
    updateButtons();
}

} // namespace app
