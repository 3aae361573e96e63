#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace app {

class WizardModel;

/// Request path, page 1: what SCIM does and does not do, what the admin needs, how long it takes.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(WizardModel &model, QWidget *parent = nullptr);
    ~WelcomePage() override;

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace app
