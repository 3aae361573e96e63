#include "verifypage.h"

#include "engine/verify/verifyrun.h"
#include "resultswindow.h"
#include "runtarget.h"
#include "shell/scrollcontent.h"
#include "steplist.h"
#include "ui_verifypage.h"
#include "wizardmodel.h"

namespace app {

VerifyPage::VerifyPage(WizardModel &model, credentials::ProfileStore &store,
                       std::shared_ptr<QNetworkAccessManager> network, QWidget *parent)
    : RunPage(model, store, std::move(network), parent)
    , m_ui(std::make_unique<Ui::VerifyPage>())
{
    m_ui->setupUi(scrollContent(this));
    setTitle(tr("Verify the endpoint and token"));
    setSubTitle(tr("Before your identity provider is touched."));
    m_ui->introLabel->setText(
        tr("The console checks the URL, the connection and its certificate, that the token works and "
           "a wrong one is refused, and that Entra ID's and Okta's own test connections will pass."));
    connect(m_ui->runButton, &QPushButton::clicked, this, &VerifyPage::start);
    m_ui->detailsButton->setEnabled(false);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, [this] {
        if (m_lastResult)
            ResultsWindow::open(this, m_model.historyProfileId(), *m_lastResult);
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RunPage::stopRun);
    connect(m_ui->stepsListWidget, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_ui->detailLabel->setText(stepDetails(item)); });
    connect(this, &RunPage::runningChanged, this, &VerifyPage::updateButtons);
    updateButtons(false);
}

VerifyPage::~VerifyPage() = default;

void VerifyPage::initializePage()
{
    start();
}

void VerifyPage::cleanupPage()
{
    stopRun();
}

QString VerifyPage::runningDescription() const
{
    return tr("The verification is still running; it only reads, so stopping it changes nothing.");
}

void VerifyPage::updateButtons(bool running)
{
    m_ui->runButton->setEnabled(!running);
    m_ui->cancelButton->setEnabled(running);
}

void VerifyPage::start()
{
    if (isRunning())
        return;
    m_passed = false;
    m_ui->detailsButton->setEnabled(false);
    m_ui->stepsListWidget->clear();
    m_ui->detailLabel->clear();
    m_ui->statusLabel->setText(tr("Checking…"));
    const bool load = m_ui->loadCheckBox->isChecked();
    startRun([load](scim::Connection connection, const RunDetails &details, QNetworkAccessManager *network) {
        engine::VerifyOptions options;
        options.load = load;
        options.endpointAsGiven = details.endpoint;
        if (details.idpKnown)
            options.idp = details.idp;
        options.groupId = details.groupId;
        options.groupName = details.groupName;
        return std::make_unique<engine::VerifyRun>(network, std::move(connection), options);
    });
}

void VerifyPage::runStep(const engine::StepResult &step)
{
    showStep(m_ui->stepsListWidget, step);
}

void VerifyPage::runNotStarted(const QString &reason)
{
    m_ui->statusLabel->setText(reason);
}

void VerifyPage::runFinished(const engine::RunResult &result)
{
    // Concurrent steps arrived in any order; the final list is in the run's order.
    m_ui->stepsListWidget->clear();
    for (const engine::StepResult &step : result.steps)
        showStep(m_ui->stepsListWidget, step);
    m_passed = result.outcome == engine::RunResult::Outcome::Passed;
    m_ui->statusLabel->setText(m_passed ? tr("All checks passed. Continue with the pilot.")
                                   : result.outcome == engine::RunResult::Outcome::Cancelled
                                   ? tr("Cancelled.")
                                   : tr("Some checks failed: select one for what to do, then check again."));
    m_lastResult = std::make_unique<engine::RunResult>(result);
    m_ui->detailsButton->setEnabled(true);
    keepRun(m_model, m_store, result);
}

} // namespace app
