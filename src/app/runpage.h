#pragma once

#include <QWizardPage>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace scim {
struct Connection;
}

namespace credentials {
class ProfileStore;
}
namespace engine {
class Run;
struct RunResult;
struct StepResult;
} // namespace engine

namespace app {

struct RunDetails;
class WizardModel;

/// What the verify, pilot and pilot-group pages share: the target is loaded by the engine (the
/// token from the keychain, in memory for this run only), the run made and started; the page hears each step
/// and the result; the run — and the secret it holds — is released when it ends. A page that goes away
/// mid-run cancels it and lets it finish on its own (a pilot still cleans up), never destroying a
/// run whose requests are in flight.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    RunPage(WizardModel &model, credentials::ProfileStore &store,
            std::shared_ptr<QNetworkAccessManager> network, QWidget *parent = nullptr);
    ~RunPage() override;

    /// Loading the target or running.
    bool isRunning() const { return m_loading || m_run != nullptr; }
    bool isComplete() const override;
    /// Stops what is running; runFinished() follows once the run has ended (a pilot cleans up first).
    void stopRun();
    /// What is running, in a sentence for the question before the window closes.
    virtual QString runningDescription() const;

Q_SIGNALS:
    void runningChanged(bool running);
    void finished();

protected:
    /// Builds the run from the target's connection (handed on by move) and the profile's details.
    using MakeRun = std::function<std::unique_ptr<engine::Run>(
        scim::Connection connection, const RunDetails &details, QNetworkAccessManager *network)>;

    /// Loads the target — the token read now, for this run only — and starts the run @p make
    /// builds from it.
    void startRun(MakeRun make);
    virtual void runStep(const engine::StepResult &) { }
    virtual void runFinished(const engine::RunResult &result) = 0;
    /// The target could not be loaded (no profile, no token, an unreadable CA file) or the run
    /// was stopped before it began; nothing was sent.
    virtual void runNotStarted(const QString &reason) = 0;
    /// The page's own condition for Next, checked once nothing runs.
    virtual bool pageComplete() const { return true; }

    WizardModel &m_model;
    credentials::ProfileStore &m_store;

private:
    void setRunning(bool running);
    /// Starts m_run and follows it to its end.
    void begin();

    std::shared_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<engine::Run> m_run;
    bool m_loading = false;
    bool m_stopBeforeStart = false;
};

} // namespace app
