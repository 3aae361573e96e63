#pragma once

#include "unsavedinput.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ContactPage;
}

namespace app {

class WizardModel;

/// Request path, page 4: the named contact who receives the endpoint and token.
class ContactPage
    : public QWizardPage
    , public UnsavedInput
{
    Q_OBJECT

public:
    explicit ContactPage(WizardModel &model, QWidget *parent = nullptr);
    ~ContactPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool hasUnsavedInput() const override;

private:
    WizardModel &m_model;
    std::unique_ptr<Ui::ContactPage> m_ui;
};

} // namespace app
