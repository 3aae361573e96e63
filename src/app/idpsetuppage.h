#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class IdpSetupPage;
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
    /// The mapping rows the last pilot found dropped or refused, with their fixes.
    QString mappingFixes() const;

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    const PilotPage &m_pilot;
    std::unique_ptr<Ui::IdpSetupPage> m_ui;
    SecretClipboard *m_clipboard;
};

} // namespace app
