#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class GoLivePage;
}
namespace credentials {
class ProfileStore;
}

namespace app {

class WizardModel;

/// Go live: the pilot group first, a check after the first cycle, what to watch, leavers, then
/// everyone.
class GoLivePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit GoLivePage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent = nullptr);
    ~GoLivePage() override;
    void initializePage() override;

private:
    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    std::unique_ptr<Ui::GoLivePage> m_ui;
};

} // namespace app
