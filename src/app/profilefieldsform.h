#pragma once

#include "common/secret.h"
#include "credentials/profile.h"
#include "scim/authentication.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ProfileFieldsForm;
}

namespace app {

/// A profile's connection details, as the credentials page and the profile editor both ask for
/// them: the identity provider, the endpoint URL (checked as typed, its host against the service
/// provider's, /Users and a missing /scim/v2 flagged), how it authenticates (a token, a username
/// and password, or OAuth client credentials — only the mode's own fields shown, with a warning
/// when the IdP cannot use the mode), the secret of the mode (masked, revealed on demand; shown
/// only where one is asked for), the service provider's group, what SSO signs in with, and an
/// optional CA file (for networks that inspect TLS).
class ProfileFieldsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileFieldsForm(QWidget *parent = nullptr);
    ~ProfileFieldsForm() override;

    void setProfile(const credentials::Profile &profile);
    /// Writes the fields into @p profile (the endpoint normalised); only meaningful when complete.
    void applyTo(credentials::Profile &profile) const;
    /// A usable endpoint, its host confirmed where it needs to be, the mode's settings and (when
    /// asked for) its secret, a readable CA file if any.
    bool isComplete() const;
    /// Whether anything was typed that saving would keep.
    bool hasInput() const;
    void setIdp(const QString &idp);
    void setEndpoint(const QString &endpoint);
    void setGroupName(const QString &name);

    scim::AuthMode authMode() const;
    void setAuthMode(scim::AuthMode mode);
    /// The secret field: on the credentials page always; in the profile editor only when the mode
    /// changes (the stored secret belongs to the old one).
    void setSecretShown(bool shown);
    bool isSecretShown() const;
    bool hasSecret() const;
    /// Fills the secret field (the demo's token).
    void setSecret(const QString &secret);
    void clearSecret();
    /// The typed secret cleaned as the mode needs it; empty when it cannot be used (secretProblem()).
    common::Secret secret() const;
    /// Checks the typed secret once (on leaving the field, or before saving): what is wrong with
    /// it, shown under it. Returns the problem, empty when none.
    QString checkSecret();
    QString secretProblem() const { return m_secretProblem; }
    void focusSecret();

Q_SIGNALS:
    void changed();
    /// The admin picked another authentication mode.
    void authModeChanged(scim::AuthMode mode);

private:
    bool hostNeedsConfirmation() const;
    QString caFileProblem() const;
    credentials::ProfileAuth auth() const;
    /// What the mode's settings lack, in a sentence; empty when nothing.
    QString authProblem() const;
    void updateEndpoint(bool typed);
    void updateTokenEndpoint(bool typed);
    void updateCaFile();
    /// Shows the mode's own fields, names the secret after the mode, warns when the IdP cannot use it.
    void updateAuthMode();
    void updateAuthProblem();

    std::unique_ptr<Ui::ProfileFieldsForm> m_ui;
    QString m_secretProblem; ///< from the last check; cleared by the next edit
    bool m_authTouched = false; ///< an auth field was edited: say what is missing
    bool m_secretShown = true;
    bool m_modeChosen = false; ///< picked by the admin or stored: the IdP no longer preselects it
};

} // namespace app
