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
/// everyone — and, for Entra ID, how long the first cycle will take for the people to assign (the
/// group preview's, or as many as the admin enters) and which bound this endpoint's measured
/// answers put it near.
class GoLivePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit GoLivePage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent = nullptr);
    ~GoLivePage() override;
    void initializePage() override;

private:
    /// The group preview's people, once the wizard knows them (a later preview replaces them).
    void takeInModel();
    void updateFirstSync();

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    std::unique_ptr<Ui::GoLivePage> m_ui;
    bool m_okta = false;
    int m_knownPeople = 0; ///< the group preview's people last put in the spin box
};

} // namespace app
