#pragma once

#include "engine/mapping/mapping.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class MappingsPage;
}
namespace credentials {
class ProfileStore;
}
namespace engine {
struct RunResult;
}

namespace app {

class WizardModel;

/// "Attribute mappings", between verify and pilot: what the IdP will send, row by row — IdP
/// source, SCIM target, the value the pilot's person sends, and after a pilot the verdict and
/// the fix. Entra ID's real mapping can be imported (its synchronization schema); Okta's rows
/// switch on and off and its unique identifier is chosen. The choice is the profile's.
class MappingsPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { SourceColumn, TargetColumn, ValueColumn, VerdictColumn, FixColumn, ColumnCount };

    MappingsPage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent = nullptr);
    ~MappingsPage() override;

    void initializePage() override;
    /// The mapping the pilot replays.
    engine::AttributeMapping mapping() const { return m_mapping; }
    /// Imports @p path (the file dialog's choice); false, with the reason shown, when it cannot.
    bool importFile(const QString &path);
    /// Fills the verdict and fix columns from a pilot's mapping steps.
    void showResult(const engine::RunResult &result);

private:
    void fill();
    void chooseFile();
    void reset();
    void remember();
    void rowToggled(int row);

    WizardModel &m_model;
    credentials::ProfileStore &m_store;
    std::unique_ptr<Ui::MappingsPage> m_ui;
    engine::AttributeMapping m_mapping;
    QString m_profileId;
    bool m_filling = false;
};

} // namespace app
