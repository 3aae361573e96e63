#pragma once

#include <QWizard>

#include <functional>
#include <memory>

namespace app {

class StartPage;
class StartPageControl;
class WizardController;

/// The setup wizard's window: one class per page, page ids in PageId. It builds the start page
/// itself and everything else through its WizardController (WizardFlow in the core), which it
/// makes the first time it is needed: when the launcher asks after the first paint, or when the
/// admin goes on before that. Closing mid-run asks first (WizardController::mayClose()).
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

    /// Makes the controller for @p wizard and its start page; null when it cannot (it has told
    /// the admin why).
    using ControllerFactory
        = std::function<std::unique_ptr<WizardController>(SetupWizard &wizard, StartPageControl &start)>;

    SetupWizard(bool demo, ControllerFactory factory, QWidget *parent = nullptr);
    ~SetupWizard() override;

    int nextId() const override;
    bool validateCurrentPage() override;

    StartPage *startPage() const { return m_startPage; }
    bool isDemo() const { return m_demo; }
    /// The controller, made (and begun) on first use; null when it could not be made.
    WizardController *controller();
    /// Whether the controller has been made.
    bool hasController() const { return m_controller != nullptr; }
    /// Stopping a run before closing.
    bool isClosing() const;

    /// Whether saved progress takes a returning admin back to @p lastPageId: a path was chosen
    /// and the page lies on it before the runs (and is not the credentials page, which never
    /// keeps what was typed).
    static bool mayResumeAt(bool hasPath, int lastPageId)
    {
        return hasPath && lastPageId > StartPageId && lastPageId != CredentialsPageId
            && lastPageId < VerifyPageId;
    }

public Q_SLOTS:
    /// Cancel and Esc: asks first when a run is in progress or typed input would be lost.
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool m_demo;
    ControllerFactory m_factory;
    std::unique_ptr<WizardController> m_controller;
    StartPage *m_startPage = nullptr;
};

} // namespace app
