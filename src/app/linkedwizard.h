#pragma once

#include "shell/setupwizard.h"

namespace credentials {
class ProfileStore;
}

namespace app {

class RunPage;
class WizardFlow;
class WizardModel;

/// The setup wizard with its flow linked in and made at once: what the tests and the screenshot
/// tool build. The executable builds a bare SetupWizard and loads the flow from the core.
class LinkedWizard : public SetupWizard
{
public:
    /// @p model and @p store must outlive the wizard.
    LinkedWizard(WizardModel &model, credentials::ProfileStore &store, QWidget *parent = nullptr);

    WizardFlow &flow() const { return *m_flow; }
    WizardModel &model() const;
    /// The page whose run is in progress, if any.
    RunPage *runningPage() const;

private:
    WizardFlow *m_flow = nullptr;
};

} // namespace app
