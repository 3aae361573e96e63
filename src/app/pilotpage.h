#pragma once

#include "engine/idp/pilotdialect.h"
#include "engine/mapping/mapping.h"
#include "runpage.h"

#include <functional>
#include <memory>

namespace Ui {
class PilotPage;
}
namespace engine {
struct RunResult;
}

namespace app {

/// Runs the pilot live: the integration (default from the IdP, all four offered by the names the
/// admin knows), a confirmation naming the host before anything is written, Run and Cancel; the
/// steps as they finish and the cleanup as it happens. Cancel always cleans up.
class PilotPage : public RunPage
{
    Q_OBJECT

public:
    PilotPage(WizardModel &model, credentials::ProfileStore &store,
              std::shared_ptr<QNetworkAccessManager> network, QWidget *parent = nullptr);
    ~PilotPage() override;

    void initializePage() override;
    QString runningDescription() const override;
    /// The dialect whose failure the flag would fix, for the IdP set-up page.
    bool needsEntraFlag() const { return m_needsEntraFlag; }
    /// The integration chosen for the last pilot (entra, entra-rfc, okta, okta-aiw).
    engine::DialectId dialect() const;
    /// Where the pilot gets the attribute mapping it replays (the mappings page).
    void setMappingSource(std::function<engine::AttributeMapping()> source)
    {
        m_mappingSource = std::move(source);
    }
    const engine::RunResult *lastResult() const { return m_lastResult.get(); }

protected:
    void runStep(const engine::StepResult &step) override;
    void runFinished(const engine::RunResult &result) override;
    void runNotStarted(const QString &reason) override;

private:
    void start();
    void updateButtons();
    void showDialect();

    std::unique_ptr<Ui::PilotPage> m_ui;
    std::unique_ptr<engine::RunResult> m_lastResult;
    QString m_host;
    bool m_needsEntraFlag = false;
    std::function<engine::AttributeMapping()> m_mappingSource;
};

} // namespace app
