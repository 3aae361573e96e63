#pragma once

#include "credentials/profile.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace app {

class ProfileFieldsForm;

/// Changes a stored profile's connection details — endpoint, identity provider, group, SSO
/// attribute, CA file, how it authenticates — without touching its secret (which stays in the
/// keychain), unless the authentication mode changes: then the new mode's secret replaces it.
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
    QLabel *m_status;
    bool m_saving = false;
};

} // namespace app
