#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class IdpSetupPage;
class GoLivePage;
} // namespace Ui
namespace credentials {
class ProfileStore;
}

namespace app {

class PilotPage;
class SecretClipboard;
class WizardModel;

/// What to do in Entra ID or Okta, step by step, with the values to paste: the URL (with Entra's
/// ?aadOptscim062020 when the pilot showed it is needed) and, on request, the token.
class IdpSetupPage : public QWizardPage
{
    Q_OBJECT

public:
    IdpSetupPage(WizardModel &model, credentials::ProfileStore &store, const PilotPage &pilot,
                 QWidget *parent = nullptr);
    ~IdpSetupPage() override;

    void initializePage() override;
    QString tenantUrl() const;

private:
    void copyToken();
    QString oktaCatalogAppSteps(const QString &group) const;
    QString oktaWizardAppSteps(const QString &group) const;
    QString entraSteps(const QString &group, const QString &ssoAttribute) const;

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    const PilotPage &m_pilot;
    std::unique_ptr<Ui::IdpSetupPage> m_ui;
    SecretClipboard *m_clipboard;
    QString m_idp;
};

/// Go live: the pilot group first, a check after the first cycle, what to watch, leavers, then
/// everyone.
class GoLivePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit GoLivePage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent = nullptr);
    ~GoLivePage() override;
    void initializePage() override;

private:
    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    std::unique_ptr<Ui::GoLivePage> m_ui;
};

} // namespace app
