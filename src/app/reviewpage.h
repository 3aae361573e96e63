#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ReviewPage;
}

namespace app {

class WizardModel;

/// Request path, page 5: the request exactly as the vendor wants it; open it in the mail app,
/// copy it, or save it as text. Credentials go only to the named contact.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(WizardModel &model, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    QString requestText() const;

private:
    void saveAs();

    WizardModel &m_model;
    std::unique_ptr<Ui::ReviewPage> m_ui;
};

} // namespace app
