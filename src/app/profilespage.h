#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ProfilesPage;
}

namespace credentials {
class ProfileStore;
struct ProfileAuth;
} // namespace credentials

namespace app {

class WizardModel;

/// Stored-profile path: the profiles (the demo's in-memory one too), each one's details and last
/// runs; edit the connection details, rotate a token, remove a profile (its keychain entry and
/// history too) after an inline confirmation. Verify, pilot and the group checks join here.
class ProfilesPage : public QWizardPage
{
    Q_OBJECT

public:
    ProfilesPage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent = nullptr);
    ~ProfilesPage() override;

    void initializePage() override;
    /// Next goes to the pilot group page instead of verify.
    bool goesToPilotGroup() const;
    bool isComplete() const override;
    /// Selects the profile with @p id (after the credentials page saved it).
    void select(const QString &id);
    /// Shows the stored profiles as they are now, the selection kept.
    void refresh() { reload(); }
    bool isBusy() const { return m_busy; }

private:
    /// How @p auth signs in, in a phrase for the details: the mode and what names the account.
    static QString authDescription(const credentials::ProfileAuth &auth);
    void reload();
    void showSelected();
    void rotate();
    void edit();
    void remove();
    void setBusy(bool busy);

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    std::unique_ptr<Ui::ProfilesPage> m_ui;
    QString m_selectId;
    bool m_busy = false;
    bool m_demoSelected = false;
};

} // namespace app
