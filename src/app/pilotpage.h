#pragma once

#include <QWizardPage>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class PilotPage;
}
namespace credentials {
class ProfileStore;
}
namespace engine {
class PilotRun;
struct RunResult;
} // namespace engine

namespace app {

class WizardModel;

/// Runs the pilot live: the dialect (default from the IdP, all four offered), a confirmation
/// naming the host before anything is written, Run and Cancel; the steps as they finish and the
/// cleanup as it happens. Cancel always cleans up.
class PilotPage : public QWizardPage
{
    Q_OBJECT

public:
    PilotPage(WizardModel &model, credentials::ProfileStore &store, QNetworkAccessManager &network,
              QWidget *parent = nullptr);
    ~PilotPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }
    /// The dialect whose failure the flag would fix, for the IdP set-up page.
    bool needsEntraFlag() const { return m_needsEntraFlag; }

Q_SIGNALS:
    void finished();

private:
    void start();
    void show(const engine::RunResult &result);
    void updateButtons();

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    QNetworkAccessManager &m_network;
    std::unique_ptr<Ui::PilotPage> m_ui;
    std::unique_ptr<engine::RunResult> m_lastResult;
    std::unique_ptr<engine::PilotRun> m_run;
    QString m_host;
    bool m_running = false;
    bool m_needsEntraFlag = false;
};

} // namespace app
