#include "linkedwizard.h"

#include "wizardflow.h"
#include "wizardmodel.h"

namespace app {

LinkedWizard::LinkedWizard(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : SetupWizard(
        model.demo,
        [this, &model, &store](SetupWizard &wizard, StartPageControl &start) {
            auto flow = std::make_unique<WizardFlow>(wizard, start, model, store);
            m_flow = flow.get();
            return std::unique_ptr<WizardController>(std::move(flow));
        },
        parent)
{
    controller();
}

WizardModel &LinkedWizard::model() const
{
    return m_flow->model();
}

RunPage *LinkedWizard::runningPage() const
{
    return m_flow->runningPage();
}

} // namespace app
