#pragma once

#include "unsavedinput.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class TenantPage;
}

namespace app {

class WizardModel;

/// Request path, page 3: tenant location (if relevant), name and subdomain, checked as typed.
class TenantPage
    : public QWizardPage
    , public UnsavedInput
{
    Q_OBJECT

public:
    explicit TenantPage(WizardModel &model, QWidget *parent = nullptr);
    ~TenantPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool hasUnsavedInput() const override;

private:
    WizardModel &m_model;
    std::unique_ptr<Ui::TenantPage> m_ui;
};

} // namespace app
