#pragma once

#include "credentials/profile.h"

#include <QDialog>

class QDialogButtonBox;

namespace app {

class ProfileFieldsForm;

/// Changes a stored profile's connection details — endpoint, identity provider, group, SSO
/// attribute, CA file — without touching its token (which stays in the keychain).
class ProfileEditDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileEditDialog(credentials::ProfileStore &store, const credentials::Profile &profile,
                      QWidget *parent = nullptr);

    /// The profile as saved (after accept()).
    const credentials::Profile &profile() const { return m_profile; }

private:
    void save();

    credentials::ProfileStore &m_store;
    credentials::Profile m_profile;
    ProfileFieldsForm *m_fields;
    QDialogButtonBox *m_buttons;
};

} // namespace app
