#include "pilotgrouppage.h"

#include "resultsview.h"
#include "runtarget.h"
#include "ui_pilotgrouppage.h"
#include "wizardmodel.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace app {

PilotGroupPage::PilotGroupPage(WizardModel &model, credentials::ProfileStore &store,
                               QNetworkAccessManager &network, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_network(network)
    , m_ui(std::make_unique<Ui::PilotGroupPage>())
    , m_results(new ResultsView(this))
{
    m_ui->setupUi(this);
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
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
    });
    updateButtons();
}

PilotGroupPage::~PilotGroupPage()
{
    if (m_run)
        m_run->cancel();
}

void PilotGroupPage::initializePage()
{
    if (m_csv.members.isEmpty())
        m_ui->fileStatusLabel->setText(tr("Choose the CSV file of the pilot group."));
    updateButtons();
}

bool PilotGroupPage::isComplete() const
{
    return !m_run;
}

void PilotGroupPage::updateButtons()
{
    const bool ready = !m_run && m_csv.isValid() && !m_csv.members.isEmpty();
    m_ui->previewButton->setEnabled(ready);
    m_ui->confirmButton->setEnabled(ready);
    m_ui->cancelButton->setEnabled(m_run != nullptr);
    m_ui->browseButton->setEnabled(!m_run);
    m_ui->fileLineEdit->setEnabled(!m_run);
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
            tr("<b>This file cannot be used yet:</b><br>%1").arg(lines.join(QLatin1String("<br>"))));
    } else {
        QString text = tr("%n people, ready to check.", nullptr, int(m_csv.members.size()));
        if (!m_csv.ignoredColumns.isEmpty())
            text += QLatin1Char(' ')
                + tr("Columns not used: %1.").arg(m_csv.ignoredColumns.join(QLatin1String(", ")));
        m_ui->fileStatusLabel->setText(text.toHtmlEscaped());
    }
    updateButtons();
}

void PilotGroupPage::start(engine::GroupRun::Kind kind)
{
    if (m_run || !m_csv.isValid())
        return;
    m_ui->statusLabel->setText(tr("Loading the profile…"));
    QCoro::connect(RunTarget::load(m_model, m_store), this, [this, kind](const RunTarget &target) {
        if (m_run)
            return;
        if (!target.isValid()) {
            m_ui->statusLabel->setText(target.error);
            return;
        }
        engine::GroupOptions options;
        options.endpoint = target.endpoint;
        options.token = target.token;
        options.caCertificates = target.caCertificates;
        options.idp = target.idp;
        options.groupId = target.groupId;
        options.groupName = target.groupName;
        options.ssoAttribute = target.ssoAttribute;
        options.members = m_csv.members;
        m_run = std::make_unique<engine::GroupRun>(&m_network, kind, options);
        m_done = 0;
        const int total = int(m_csv.members.size());
        m_ui->statusLabel->setText(tr("Checking %n people (read-only)…", nullptr, total));
        connect(m_run.get(), &engine::GroupRun::stepFinished, this,
                [this, total](const engine::StepResult &step) {
                    if (step.id == QLatin1String("match") || step.id == QLatin1String("in-group"))
                        m_ui->statusLabel->setText(tr("Checked %1 of %2…").arg(++m_done).arg(total));
                });
        updateButtons();
        Q_EMIT completeChanged();
        QCoro::connect(m_run->run(), this, [this](const engine::RunResult &result) {
            m_run.reset();
            m_results->setResult(result);
            keepRun(m_model, m_store, result);
            int problems = 0;
            for (const engine::StepResult &step : result.steps)
                problems += step.outcome == engine::StepResult::Outcome::Failed;
            m_ui->statusLabel->setText(
                result.outcome == engine::RunResult::Outcome::Cancelled ? tr("Cancelled.")
                    : problems == 0 ? tr("Nothing to fix: every person is as expected.")
                                    : tr("%n check(s) need attention: select one for what it means "
                                         "and what to do.",
                                         nullptr, problems));
            updateButtons();
            Q_EMIT completeChanged();
            Q_EMIT finished();
        });
    });
}

} // namespace app
