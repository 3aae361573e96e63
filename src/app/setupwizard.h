#pragma once

#include <QNetworkAccessManager>
#include <QWizard>
#include <qcoro/qcorotask.h>

#include <memory>

namespace credentials {
class ProfileStore;
}

namespace app {

class CredentialsPage;
class ProfilesPage;
class StartPage;
class WizardModel;

/// The setup wizard: one class per page, page ids in PageId, branching in nextId(). Its state
/// lives in a WizardModel; progress (never a secret) is saved as the admin moves on, and a
/// returning admin lands where they left off.
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
    };
    Q_ENUM(PageId)

    /// @p model and @p store must outlive the wizard.
    SetupWizard(WizardModel &model, credentials::ProfileStore &store, QWidget *parent = nullptr);
    ~SetupWizard() override;

    int nextId() const override;

    StartPage *startPage() const { return m_startPage; }
    WizardModel &model() const { return m_model; }
    bool isDemo() const;

    /// Offers an interrupted pilot's cleanup on the start page (before anything else).
    void offerPendingCleanup();

Q_SIGNALS:
    void pendingCleanupFinished(bool clean);

private:
    void remember(int id);
    QCoro::Task<> cleanUpPending();

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    QNetworkAccessManager m_network; ///< the one manager every run of the wizard uses
    StartPage *m_startPage = nullptr;
    CredentialsPage *m_credentialsPage = nullptr;
    ProfilesPage *m_profilesPage = nullptr;
};

} // namespace app
