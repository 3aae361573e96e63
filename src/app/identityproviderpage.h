#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class IdentityProviderPage;
}

namespace app {

class WizardModel;

/// Request path, page 2: Microsoft Entra ID or Okta.
class IdentityProviderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IdentityProviderPage(WizardModel &model, QWidget *parent = nullptr);
    ~IdentityProviderPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    WizardModel &m_model;
    std::unique_ptr<Ui::IdentityProviderPage> m_ui;
};

} // namespace app
