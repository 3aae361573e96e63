#pragma once

#include "scim/authentication.h"

#include <QWizardPage>

#include <chrono>
#include <memory>

namespace Ui {
class IdpSetupPage;
} // namespace Ui
namespace credentials {
class ProfileStore;
struct ProfileAuth;
} // namespace credentials

namespace app {

class PilotPage;
class SecretClipboard;
class WizardModel;

/// What to do in Entra ID or Okta, step by step, with exactly the values the IdP asks for in the
/// profile's authentication mode, each with a copy button: the URL (with Entra's ?aadOptscim062020
/// when the pilot showed it is needed), the mode's own settings (Okta's authentication mode, a
/// username, a token endpoint and client identifier) and, on request, the secret — the token, the
/// password or the client secret — read from the keychain and cleared from the clipboard after 30
/// seconds.
class IdpSetupPage : public QWizardPage
{
    Q_OBJECT

public:
    IdpSetupPage(WizardModel &model, credentials::ProfileStore &store, const PilotPage &pilot,
                 QWidget *parent = nullptr);
    ~IdpSetupPage() override;

    void initializePage() override;
    QString tenantUrl() const;
    /// How long a copied secret stays on the clipboard (tests shorten it).
    void setClipboardTimeout(std::chrono::milliseconds timeout);

private:
    void copyToken();
    /// Copies a plain value of a row and says so.
    void copyValue(const QString &value, const QString &what);
    /// The sentence of the three that names the secret the current mode copies.
    QString secretSentence(const QString &token, const QString &password, const QString &clientSecret) const;
    /// Shows the rows @p idp asks for in @p mode, filled from @p auth.
    void showFields(bool okta, const credentials::ProfileAuth &auth);
    /// The step that says where the credentials go, in the IdP's words for the mode.
    QString credentialStep(bool okta) const;
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
    scim::AuthMode m_mode = scim::AuthMode::Bearer;
};

} // namespace app
