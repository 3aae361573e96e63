#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class NextStepsPage;
}

namespace app {

class WizardModel;

/// Request path, page 6: the vendor's four steps and where the admin stands; progress is saved
/// so the console can be closed until the reply arrives.
class NextStepsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NextStepsPage(WizardModel &model, QWidget *parent = nullptr);
    ~NextStepsPage() override;

    void initializePage() override;

private:
    void showSteps();

    WizardModel &m_model;
    std::unique_ptr<Ui::NextStepsPage> m_ui;
};

} // namespace app
