#include "pilotpage.h"

#include "credentials/profile.h"
#include "engine/pilotdialect.h"
#include "engine/pilotrun.h"
#include "resultswindow.h"
#include "runtarget.h"
#include "ui_pilotpage.h"
#include "wizardmodel.h"

namespace app {

PilotPage::PilotPage(WizardModel &model, credentials::ProfileStore &store, QNetworkAccessManager &network,
                     QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_network(network)
    , m_ui(std::make_unique<Ui::PilotPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Pilot: one test user's whole life"));
    setSubTitle(tr("Exactly the requests your identity provider will send, before you switch it on."));
    m_ui->introLabel->setText(
        tr("The console creates a synthetic test user, changes it, adds it to and removes it from the "
           "group, deactivates and deletes it — then removes everything it created, whatever happens."));
    for (const QString &id : engine::PilotDialect::ids())
        m_ui->dialectComboBox->addItem(id, id);
    connect(m_ui->dialectComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->dialectSummaryLabel->setText(
            engine::PilotDialect::create(m_ui->dialectComboBox->currentData().toString())->summary());
    });
    connect(m_ui->confirmCheckBox, &QCheckBox::toggled, this, &PilotPage::updateButtons);
    connect(m_ui->runButton, &QPushButton::clicked, this, &PilotPage::start);
    m_ui->detailsButton->setEnabled(false);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, [this] {
        if (m_lastResult)
            openResults(this, m_model, *m_lastResult);
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_run) {
            m_ui->statusLabel->setText(tr("Cancelling; cleaning up what the pilot created…"));
            m_run->cancel();
        }
    });
    connect(m_ui->stepsListWidget, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_ui->detailLabel->setText(stepDetails(item)); });
}

PilotPage::~PilotPage()
{
    if (m_run)
        m_run->cancel();
}

void PilotPage::initializePage()
{
    QCoro::connect(RunTarget::load(m_model, m_store), this, [this](const RunTarget &target) {
        m_host = target.endpoint.url().host();
        const QString dialect
            = target.idp == QLatin1String("okta") ? QStringLiteral("okta") : QStringLiteral("entra");
        m_ui->dialectComboBox->setCurrentIndex(m_ui->dialectComboBox->findData(dialect));
        m_ui->dialectSummaryLabel->setText(engine::PilotDialect::create(dialect)->summary());
        m_ui->confirmCheckBox->setText(
            tr("I understand: this creates, changes and deletes a test user (and a group "
               "membership) on %1")
                .arg(m_host));
        if (!target.isValid())
            m_ui->statusLabel->setText(target.error);
        updateButtons();
    });
}

bool PilotPage::isComplete() const
{
    return !m_running;
}

void PilotPage::updateButtons()
{
    m_ui->runButton->setEnabled(!m_running && m_ui->confirmCheckBox->isChecked());
    m_ui->cancelButton->setEnabled(m_running);
    m_ui->dialectComboBox->setEnabled(!m_running);
    m_ui->confirmCheckBox->setEnabled(!m_running);
}

void PilotPage::start()
{
    if (m_running || !m_ui->confirmCheckBox->isChecked())
        return;
    m_running = true;
    m_ui->detailsButton->setEnabled(false);
    m_ui->stepsListWidget->clear();
    m_ui->statusLabel->setText(tr("Running…"));
    updateButtons();
    Q_EMIT completeChanged();
    const QString dialect = m_ui->dialectComboBox->currentData().toString();
    QCoro::connect(RunTarget::load(m_model, m_store), this, [this, dialect](const RunTarget &target) {
        if (!target.isValid()) {
            m_running = false;
            m_ui->statusLabel->setText(target.error);
            updateButtons();
            Q_EMIT completeChanged();
            return;
        }
        engine::PilotOptions options;
        options.endpoint = target.endpoint;
        options.token = target.token;
        options.caCertificates = target.caCertificates;
        options.dialect = dialect;
        options.groupId = target.groupId;
        options.groupName = target.groupName;
        options.userDomain = target.userDomain;
        m_run = std::make_unique<engine::PilotRun>(&m_network, options);
        connect(m_run.get(), &engine::PilotRun::stepFinished, this,
                [this](const engine::StepResult &step) { showStep(m_ui->stepsListWidget, step); });
        connect(m_run.get(), &engine::PilotRun::cleaningUp, this,
                [this] { m_ui->statusLabel->setText(tr("Cleaning up what the pilot created…")); });
        QCoro::connect(m_run->run(), this, [this](const engine::RunResult &result) { show(result); });
    });
}

void PilotPage::show(const engine::RunResult &result)
{
    m_running = false;
    const bool clean = result.cleanup && result.cleanup->leftovers.isEmpty();
    const QString cleanup = clean
        ? tr("Cleanup finished: nothing was left behind.")
        : tr("Left behind: %1. Run the cleanup again from the command line: scim-console cleanup.")
              .arg(result.cleanup ? result.cleanup->leftovers.join(QLatin1String(", ")) : QString());
    const QString outcome = result.outcome == engine::RunResult::Outcome::Passed ? tr("The pilot passed.")
        : result.outcome == engine::RunResult::Outcome::Cancelled
        ? tr("Cancelled.")
        : tr("Some steps failed: select one for what it means and what to do.");
    m_ui->statusLabel->setText(outcome + QLatin1Char(' ') + cleanup);
    m_needsEntraFlag = false;
    for (const engine::StepResult &step : result.steps)
        m_needsEntraFlag = m_needsEntraFlag || step.hint.contains(QLatin1String("aadOptscim062020"));
    m_lastResult = std::make_unique<engine::RunResult>(result);
    m_ui->detailsButton->setEnabled(true);
    keepRun(m_model, m_store, result);
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

} // namespace app
