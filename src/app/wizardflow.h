#pragma once

#include "shell/wizardcontroller.h"

#include <QObject>
#include <qcoro/qcorotask.h>

#include <memory>

class QNetworkAccessManager;
class QWizard;

namespace credentials {
class ProfileStore;
}

namespace app {

class CredentialsPage;
class ProfilesPage;
class RunPage;
class WizardModel;

/// The setup wizard's logic behind its start page: it builds every other page on first use and
/// wires each to the pages it needs, branches between them, and saves progress (never a secret)
/// as the admin moves on. A returning admin lands where they left off, with Back working, and
/// after any interrupted pilot's cleanup offer. Closing mid-run asks first, then stops the run (a
/// pilot cleans up) and closes once it has ended.
class WizardFlow
    : public QObject
    , public WizardController
{
    Q_OBJECT

public:
    /// @p wizard, @p start, @p model and @p store must outlive the flow; @p keepAlive is released
    /// after everything else (what owns @p model and @p store, when the flow does).
    WizardFlow(QWizard &wizard, StartPageControl &start, WizardModel &model, credentials::ProfileStore &store,
               std::shared_ptr<void> keepAlive = {});
    ~WizardFlow() override;

    void begin(bool mayResume) override;
    QWizardPage *buildPage(int id) override;
    int nextId(int currentId) const override;
    void pageShown(int id) override;
    void pathChosen(StartPageControl::Path path) override;
    void cleanupRequested() override;
    bool mayClose() override;
    bool isClosing() const override { return m_closing; }

    WizardModel &model() const { return m_model; }
    /// The page whose run is in progress, if any.
    RunPage *runningPage() const;
    /// Offers an interrupted pilot's cleanup on the start page (before anything else).
    void offerPendingCleanup();

Q_SIGNALS:
    void pendingCleanupFinished(bool clean);

private:
    void resumeAt(int pageId);
    bool hasUnsavedInput() const;
    void askBeforeClosing();
    void stopThenClose(RunPage *page);
    /// Closes the window without asking again.
    void close();
    QCoro::Task<> cleanUpPending();

    std::shared_ptr<void> m_keepAlive; // first: released last
    QWizard &m_wizard;
    StartPageControl &m_start;
    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    /// The one manager every run of the wizard uses; a run that outlives its page keeps it alive.
    std::shared_ptr<QNetworkAccessManager> m_network;
    CredentialsPage *m_credentialsPage = nullptr;
    ProfilesPage *m_profilesPage = nullptr;
    bool m_closing = false;
    bool m_asking = false;
};

} // namespace app
