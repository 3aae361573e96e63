#pragma once

#include <QWizard>
#include <qcoro/qcorotask.h>

#include <memory>

class QNetworkAccessManager;

namespace credentials {
class ProfileStore;
}

namespace app {

class CredentialsPage;
class ProfilesPage;
class RunPage;
class StartPage;
class WizardModel;

/// The setup wizard: one class per page, page ids in PageId, branching in nextId(). Its state
/// lives in a WizardModel; progress (never a secret) is saved as the admin moves on, and a
/// returning admin lands where they left off — with Back working, and after any interrupted
/// pilot's cleanup offer. Closing mid-run asks first, then stops the run (a pilot cleans up) and
/// closes once it has ended.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        StartPageId,
        WelcomePageId,
        IdentityProviderPageId,
        TenantPageId,
        ContactPageId,
        ReviewPageId,
        NextStepsPageId,
        CredentialsPageId,
        ProfilesPageId,
        VerifyPageId,
        PilotPageId,
        IdpSetupPageId,
        GoLivePageId,
        PilotGroupPageId,
        MappingsPageId, ///< between verify and pilot (last here: page ids are remembered)
    };
    Q_ENUM(PageId)

    /// @p model and @p store must outlive the wizard.
    SetupWizard(WizardModel &model, credentials::ProfileStore &store, QWidget *parent = nullptr);
    ~SetupWizard() override;

    int nextId() const override;
    bool validateCurrentPage() override;

    StartPage *startPage() const { return m_startPage; }
    WizardModel &model() const { return m_model; }
    bool isDemo() const;
    /// The page whose run is in progress, if any.
    RunPage *runningPage() const;
    /// Stopping a run before closing.
    bool isClosing() const { return m_closing; }

    /// Offers an interrupted pilot's cleanup on the start page (before anything else).
    void offerPendingCleanup();

public Q_SLOTS:
    /// Cancel and Esc: asks first when a run is in progress or typed input would be lost.
    void reject() override;

Q_SIGNALS:
    void pendingCleanupFinished(bool clean);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// The page with @p id, built (and wired to the pages it needs) on first use.
    QWizardPage *buildPage(int id);
    void remember(int id);
    void resumeAt(int pageId);
    bool hasUnsavedInput() const;
    void askBeforeClosing();
    void stopThenClose(RunPage *page);
    QCoro::Task<> cleanUpPending();

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    /// The one manager every run of the wizard uses; a run that outlives its page keeps it alive.
    std::shared_ptr<QNetworkAccessManager> m_network;
    StartPage *m_startPage = nullptr;
    CredentialsPage *m_credentialsPage = nullptr;
    ProfilesPage *m_profilesPage = nullptr;
    bool m_closing = false;
    bool m_asking = false;
};

} // namespace app
