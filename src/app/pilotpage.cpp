#include "pilotpage.h"

#include "engine/idp/pilotdialect.h"
#include "engine/pilot/pilotrun.h"
#include "resultswindow.h"
#include "runtarget.h"
#include "shell/scrollcontent.h"
#include "steplist.h"
#include "ui_pilotpage.h"
#include "wizardmodel.h"

namespace app {

PilotPage::PilotPage(WizardModel &model, credentials::ProfileStore &store,
                     std::shared_ptr<QNetworkAccessManager> network, QWidget *parent)
    : RunPage(model, store, std::move(network), parent)
    , m_ui(std::make_unique<Ui::PilotPage>())
{
    m_ui->setupUi(scrollContent(this));
    setTitle(tr("Pilot: one test user's whole life"));
    setSubTitle(tr("Exactly the requests your identity provider will send, before you switch it on."));
    m_ui->introLabel->setText(
        tr("The console creates a synthetic test user, changes it, adds it to and removes it from the "
           "group, deactivates and deletes it — then removes everything it created, whatever happens."));
    for (const engine::DialectId id : engine::PilotDialect::all())
        m_ui->dialectComboBox->addItem(engine::PilotDialect::create(id)->displayName(),
                                       engine::PilotDialect::name(id));
    connect(m_ui->dialectComboBox, &QComboBox::currentIndexChanged, this, &PilotPage::showDialect);
    connect(m_ui->confirmCheckBox, &QCheckBox::toggled, this, &PilotPage::updateButtons);
    connect(m_ui->runButton, &QPushButton::clicked, this, &PilotPage::start);
    m_ui->detailsButton->setEnabled(false);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, [this] {
        if (m_lastResult)
            ResultsWindow::open(this, m_model.historyProfileId(), *m_lastResult);
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        m_ui->statusLabel->setText(tr("Cancelling; cleaning up what the pilot created…"));
        stopRun();
    });
    connect(m_ui->stepsListWidget, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_ui->detailLabel->setText(stepDetails(item)); });
    connect(this, &RunPage::runningChanged, this, &PilotPage::updateButtons);
    showDialect();
    updateButtons();
}

PilotPage::~PilotPage() = default;

engine::DialectId PilotPage::dialect() const
{
    return engine::PilotDialect::fromName(m_ui->dialectComboBox->currentData().toString())
        .value_or(engine::DialectId::Entra);
}

QString PilotPage::runningDescription() const
{
    //: %1 is the host name of the service's SCIM endpoint
    return tr("The pilot is writing its test user on %1. Stop it now and the console cleans up what it "
              "created "
              "before closing.")
        .arg(m_host);
}

void PilotPage::showDialect()
{
    const auto dialect = engine::PilotDialect::create(this->dialect());
    m_ui->dialectSummaryLabel->setText(dialect->whenToPick());
    m_ui->dialectComboBox->setToolTip(dialect->summary());
    m_ui->dialectComboBox->setAccessibleDescription(dialect->whenToPick());
}

void PilotPage::initializePage()
{
    // The profile's details only: the token is read when the pilot starts, for that run.
    const RunDetails details = RunDetails::of(m_model, m_store);
    m_host = QUrl(details.endpoint).host();
    const engine::DialectId dialect = engine::PilotDialect::forIdp(details.idp)->id();
    m_ui->dialectComboBox->setCurrentIndex(
        m_ui->dialectComboBox->findData(engine::PilotDialect::name(dialect)));
    showDialect();
    m_ui->confirmLabel->setText(
        //: %1 is the host name of the SCIM endpoint; follows the check box "I understand:", hence lower case
        tr("this creates, changes and deletes a test user (and a group membership) on %1.").arg(m_host));
    m_ui->confirmCheckBox->setAccessibleDescription(m_ui->confirmLabel->text());
    if (!details.isValid())
        m_ui->statusLabel->setText(details.error);
    updateButtons();
}

void PilotPage::updateButtons()
{
    const bool running = isRunning();
    m_ui->runButton->setEnabled(!running && m_ui->confirmCheckBox->isChecked());
    m_ui->cancelButton->setEnabled(running);
    m_ui->dialectComboBox->setEnabled(!running);
    m_ui->confirmCheckBox->setEnabled(!running);
}

void PilotPage::start()
{
    if (isRunning() || !m_ui->confirmCheckBox->isChecked())
        return;
    m_ui->detailsButton->setEnabled(false);
    m_ui->stepsListWidget->clear();
    m_ui->statusLabel->setText(tr("Running…"));
    const engine::DialectId chosen = dialect();
    std::optional<engine::AttributeMapping> mapping;
    if (m_mappingSource && m_mappingSource().idp == engine::PilotDialect::create(chosen)->idp())
        mapping = m_mappingSource();
    startRun([this, chosen, mapping](scim::Connection connection, const RunDetails &details,
                                     QNetworkAccessManager *network) {
        engine::PilotOptions options;
        options.dialect = chosen;
        options.groupId = details.groupId;
        options.groupName = details.groupName;
        options.userDomain = details.userDomain;
        options.mapping = mapping;
        auto run = std::make_unique<engine::PilotRun>(network, std::move(connection), options);
        connect(run.get(), &engine::PilotRun::cleaningUp, this,
                [this] { m_ui->statusLabel->setText(tr("Cleaning up what the pilot created…")); });
        return run;
    });
}

void PilotPage::runStep(const engine::StepResult &step)
{
    showStep(m_ui->stepsListWidget, step);
}

void PilotPage::runNotStarted(const QString &reason)
{
    m_ui->statusLabel->setText(reason);
}

void PilotPage::runFinished(const engine::RunResult &result)
{
    const bool clean = result.cleanup && result.cleanup->leftovers.isEmpty();
    const QString cleanup = clean
        ? tr("Cleanup finished: nothing was left behind.")
        //: %1 is a comma-separated list of test users and group memberships the pilot could not remove
        : tr("Left behind: %1. Run the cleanup again from the start page, or with: scim-console cleanup.")
              .arg(result.cleanup ? result.cleanup->leftovers.join(QLatin1String(", ")) : QString());
    const QString outcome = result.outcome == engine::RunResult::Outcome::Passed ? tr("The pilot passed.")
        : result.outcome == engine::RunResult::Outcome::Cancelled
        ? tr("Cancelled.")
        : tr("Some steps failed: select one for what it means and what to do.");
    m_ui->statusLabel->setText(outcome + QLatin1Char(' ') + cleanup);
    m_needsEntraFlag = false;
    for (const engine::StepResult &step : result.steps)
        m_needsEntraFlag = m_needsEntraFlag || step.advice.contains(engine::Advice::EntraRfcFlag);
    m_lastResult = std::make_unique<engine::RunResult>(result);
    m_ui->detailsButton->setEnabled(true);
    keepRun(m_model, m_store, result);
    updateButtons();
}

} // namespace app
