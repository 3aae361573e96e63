#pragma once

#include "runpage.h"

#include <memory>

namespace Ui {
class VerifyPage;
}
namespace engine {
struct RunResult;
}

namespace app {

/// Runs verify live against the chosen profile (or the demo sandbox): steps appear as they
/// finish, each with its hint; Next waits only for failures (the other IdP's are warnings).
class VerifyPage : public RunPage
{
    Q_OBJECT

public:
    VerifyPage(WizardModel &model, credentials::ProfileStore &store,
               std::shared_ptr<QNetworkAccessManager> network, QWidget *parent = nullptr);
    ~VerifyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    QString runningDescription() const override;

protected:
    void runStep(const engine::StepResult &step) override;
    void runFinished(const engine::RunResult &result) override;
    void runNotStarted(const QString &reason) override;
    bool pageComplete() const override { return m_passed; }

private:
    void start();
    void updateButtons(bool running);

    std::unique_ptr<Ui::VerifyPage> m_ui;
    std::unique_ptr<engine::RunResult> m_lastResult;
    bool m_passed = false;
};

} // namespace app
