#pragma once

#include "wizardcontroller.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class StartPage;
}

namespace app {

/// The first page: three paths into the wizard. The executable paints it before the core is
/// loaded; the core reaches it through StartPageControl.
class StartPage
    : public QWizardPage
    , public StartPageControl
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    Path chosenPath() const { return m_path; }
    void offerCleanup(const QString &message, bool canCleanHere) override;
    void showCleanupStatus(const QString &message, bool success = false) override;
    bool isComplete() const override;
    void initializePage() override;
    void resume(Path path) override;

Q_SIGNALS:
    void pathChosen(app::StartPageControl::Path path);
    void cleanupRequested();

private:
    void choose(Path path);

    std::unique_ptr<Ui::StartPage> m_ui;
    Path m_path = Path::None;
};

} // namespace app
