#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ProfileFieldsForm;
}
namespace credentials {
struct Profile;
}

namespace app {

/// A profile's connection details, as the credentials page and the profile editor both ask for
/// them: the identity provider, the endpoint URL (checked as typed, its host against the service
/// provider's, /Users and a missing /scim/v2 flagged), the service provider's group, what SSO
/// signs in with, and an optional CA file (for networks that inspect TLS).
class ProfileFieldsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileFieldsForm(QWidget *parent = nullptr);
    ~ProfileFieldsForm() override;

    void setProfile(const credentials::Profile &profile);
    /// Writes the fields into @p profile (the endpoint normalised); only meaningful when complete.
    void applyTo(credentials::Profile &profile) const;
    /// A usable endpoint, its host confirmed where it needs to be, a readable CA file if any.
    bool isComplete() const;
    /// Whether anything was typed that saving would keep.
    bool hasInput() const;
    void setIdp(const QString &idp);
    void setEndpoint(const QString &endpoint);
    void setGroupName(const QString &name);

Q_SIGNALS:
    void changed();

private:
    bool hostNeedsConfirmation() const;
    QString caFileProblem() const;
    void updateEndpoint(bool typed);
    void updateCaFile();

    std::unique_ptr<Ui::ProfileFieldsForm> m_ui;
};

} // namespace app
