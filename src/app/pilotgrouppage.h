#pragma once

#include "engine/group/groupcsv.h"
#include "engine/group/grouprun.h"
#include "runpage.h"

#include <memory>

namespace Ui {
class PilotGroupPage;
}

namespace app {

class ResultsView;

/// The real pilot group, read-only: choose its CSV (problems named by line and column at once),
/// preview what the IdP's first sync will do for each person, and after that cycle confirm each
/// arrived as the file says — results per row in the results view.
class PilotGroupPage : public RunPage
{
    Q_OBJECT

public:
    PilotGroupPage(WizardModel &model, credentials::ProfileStore &store,
                   std::shared_ptr<QNetworkAccessManager> network, QWidget *parent = nullptr);
    ~PilotGroupPage() override;

    void initializePage() override;
    QString runningDescription() const override;
    ResultsView *resultsView() const { return m_results; }
    /// Reads @p path and shows what is wrong with it, if anything.
    void loadFile(const QString &path);

protected:
    void runStep(const engine::StepResult &step) override;
    void runFinished(const engine::RunResult &result) override;
    void runNotStarted(const QString &reason) override;

private:
    void start(engine::GroupRun::Kind kind);
    void updateButtons();

    std::unique_ptr<Ui::PilotGroupPage> m_ui;
    ResultsView *m_results;
    engine::GroupCsv m_csv;
    int m_done = 0;
    int m_total = 0;
};

} // namespace app
