#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class CredentialsPage;
}

namespace credentials {
class ProfileStore;
}

namespace app {

class WizardModel;

/// Credentials path: the endpoint URL (host checked against the vendor's), the token (masked,
/// revealed on demand), group details and the SSO attribute, saved as a profile with the token in
/// the keychain. Saving is asynchronous: Next waits for the keychain, never the UI thread.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT

public:
    CredentialsPage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent = nullptr);
    ~CredentialsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    bool isSaving() const { return m_saving; }
    QString savedProfileId() const { return m_savedProfileId; }

Q_SIGNALS:
    void saved(const QString &profileId);

private:
    bool hostNeedsConfirmation() const;
    void updateEndpointState();
    void save();

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    std::unique_ptr<Ui::CredentialsPage> m_ui;
    bool m_saving = false;
    QString m_savedProfileId;
};

} // namespace app
