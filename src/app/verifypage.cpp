#include "verifypage.h"

#include "credentials/profile.h"
#include "engine/verifyrun.h"
#include "resultswindow.h"
#include "runtarget.h"
#include "ui_verifypage.h"
#include "wizardmodel.h"

namespace app {

VerifyPage::VerifyPage(WizardModel &model, credentials::ProfileStore &store, QNetworkAccessManager &network,
                       QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_network(network)
    , m_ui(std::make_unique<Ui::VerifyPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Verify the endpoint and token"));
    setSubTitle(tr("Before your identity provider is touched."));
    m_ui->introLabel->setText(
        tr("The console checks the URL, the connection and its certificate, that the token works and "
           "a wrong one is refused, and that Entra ID's and Okta's own test connections will pass."));
    connect(m_ui->runButton, &QPushButton::clicked, this, &VerifyPage::start);
    m_ui->detailsButton->setEnabled(false);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, [this] {
        if (m_lastResult)
            openResults(this, m_model, *m_lastResult);
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
    });
    connect(m_ui->stepsListWidget, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_ui->detailLabel->setText(stepDetails(item)); });
}

VerifyPage::~VerifyPage()
{
    if (m_run)
        m_run->cancel();
}

void VerifyPage::initializePage()
{
    start();
}

void VerifyPage::cleanupPage()
{
    if (m_run)
        m_run->cancel();
}

bool VerifyPage::isComplete() const
{
    return !m_running && m_passed;
}

void VerifyPage::start()
{
    if (m_running)
        return;
    m_running = true;
    m_ui->detailsButton->setEnabled(false);
    m_passed = false;
    m_ui->stepsListWidget->clear();
    m_ui->detailLabel->clear();
    m_ui->runButton->setEnabled(false);
    m_ui->cancelButton->setEnabled(true);
    m_ui->statusLabel->setText(tr("Checking…"));
    Q_EMIT completeChanged();
    QCoro::connect(RunTarget::load(m_model, m_store), this, [this](const RunTarget &target) {
        if (!target.isValid()) {
            m_running = false;
            m_ui->runButton->setEnabled(true);
            m_ui->cancelButton->setEnabled(false);
            m_ui->statusLabel->setText(target.error);
            Q_EMIT completeChanged();
            return;
        }
        engine::VerifyOptions options;
        options.endpoint = target.endpoint;
        options.endpointAsGiven = target.endpoint.toString();
        options.token = target.token;
        options.caCertificates = target.caCertificates;
        options.idp = target.idp.isEmpty() ? QStringLiteral("both") : target.idp;
        options.groupId = target.groupId;
        options.groupName = target.groupName;
        m_run = std::make_unique<engine::VerifyRun>(&m_network, options);
        connect(m_run.get(), &engine::VerifyRun::stepFinished, this,
                [this](const engine::StepResult &step) { showStep(m_ui->stepsListWidget, step); });
        QCoro::connect(m_run->run(), this, [this](const engine::RunResult &result) { show(result); });
    });
}

void VerifyPage::show(const engine::RunResult &result)
{
    // Concurrent steps arrived in any order; the final list is in the run's order.
    m_ui->stepsListWidget->clear();
    for (const engine::StepResult &step : result.steps)
        showStep(m_ui->stepsListWidget, step);
    m_running = false;
    m_passed = result.outcome == engine::RunResult::Outcome::Passed;
    m_ui->runButton->setEnabled(true);
    m_ui->cancelButton->setEnabled(false);
    m_ui->statusLabel->setText(m_passed ? tr("All checks passed. Continue with the pilot.")
                                   : result.outcome == engine::RunResult::Outcome::Cancelled
                                   ? tr("Cancelled.")
                                   : tr("Some checks failed: select one for what to do, then check again."));
    m_lastResult = std::make_unique<engine::RunResult>(result);
    m_ui->detailsButton->setEnabled(true);
    keepRun(m_model, m_store, result);
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

} // namespace app
