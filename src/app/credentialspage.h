#pragma once

#include "unsavedinput.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class CredentialsPage;
}

namespace credentials {
class ProfileStore;
}

namespace app {

class ProfileFieldsForm;
class WizardModel;

/// Credentials path: the endpoint URL (host checked against the vendor's), how it authenticates and
/// the secret of that mode (masked, revealed on demand), group details and the SSO attribute, saved
/// as a profile with the secret in the keychain. Saving is asynchronous: Next waits for the keychain, never
/// the UI thread.
class CredentialsPage
    : public QWizardPage
    , public UnsavedInput
{
    Q_OBJECT

public:
    CredentialsPage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent = nullptr);
    ~CredentialsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isSaving() const { return m_saving; }
    /// Typed but not stored yet: closing would lose it.
    bool hasUnsavedInput() const override;
    QString savedProfileId() const { return m_savedProfileId; }

Q_SIGNALS:
    void saved(const QString &profileId);

private:
    void save();

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    std::unique_ptr<Ui::CredentialsPage> m_ui;
    ProfileFieldsForm *m_fields;
    bool m_saving = false;
    QString m_savedProfileId;
};

} // namespace app
