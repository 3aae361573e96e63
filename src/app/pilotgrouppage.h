#pragma once

#include "engine/groupcsv.h"
#include "engine/grouprun.h"

#include <QWizardPage>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class PilotGroupPage;
}
namespace credentials {
class ProfileStore;
}

namespace app {

class ResultsView;
class WizardModel;

/// The real pilot group, read-only: choose its CSV (problems named by line and column at once),
/// preview what the IdP's first sync will do for each person, and after that cycle confirm each
/// arrived as the file says — results per row in the results view.
class PilotGroupPage : public QWizardPage
{
    Q_OBJECT

public:
    PilotGroupPage(WizardModel &model, credentials::ProfileStore &store, QNetworkAccessManager &network,
                   QWidget *parent = nullptr);
    ~PilotGroupPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_run != nullptr; }
    ResultsView *resultsView() const { return m_results; }
    /// Reads @p path and shows what is wrong with it, if anything.
    void loadFile(const QString &path);

Q_SIGNALS:
    void finished();

private:
    void start(engine::GroupRun::Kind kind);
    void updateButtons();

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    QNetworkAccessManager &m_network;
    std::unique_ptr<Ui::PilotGroupPage> m_ui;
    ResultsView *m_results;
    engine::GroupCsv m_csv;
    std::unique_ptr<engine::GroupRun> m_run;
    int m_done = 0;
};

} // namespace app
