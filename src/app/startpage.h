#pragma once

#include "wizardmodel.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class StartPage;
}

namespace app {

/// The first page: three paths into the wizard.
class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    using Path = WizardModel::Path;

    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    Path chosenPath() const { return m_path; }
    /// Shows (or, with an empty @p message, hides) the offer to finish an interrupted cleanup.
    void offerCleanup(const QString &message, bool canCleanHere);
    /// How the cleanup went: @p success shows it as done, not as a problem.
    void showCleanupStatus(const QString &message, bool success = false);
    bool isComplete() const override;
    void initializePage() override;
    /// Takes up @p path where the admin left off, without asking again.
    void resume(Path path);

Q_SIGNALS:
    void pathChosen(app::WizardModel::Path path);
    void cleanupRequested();

private:
    void choose(Path path);

    std::unique_ptr<Ui::StartPage> m_ui;
    Path m_path = Path::None;
};

} // namespace app
