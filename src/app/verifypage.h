#pragma once

#include <QWizardPage>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class VerifyPage;
}
namespace credentials {
class ProfileStore;
}
namespace engine {
class VerifyRun;
struct RunResult;
} // namespace engine

namespace app {

class WizardModel;

/// Runs verify live against the chosen profile (or the demo sandbox): steps appear as they
/// finish, each with its hint; Next waits only for failures (the other IdP's are warnings).
class VerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    VerifyPage(WizardModel &model, credentials::ProfileStore &store, QNetworkAccessManager &network,
               QWidget *parent = nullptr);
    ~VerifyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished();

private:
    void start();
    void show(const engine::RunResult &result);

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    QNetworkAccessManager &m_network;
    std::unique_ptr<Ui::VerifyPage> m_ui;
    std::unique_ptr<engine::RunResult> m_lastResult;
    std::unique_ptr<engine::VerifyRun> m_run;
    bool m_running = false;
    bool m_passed = false;
};

} // namespace app
