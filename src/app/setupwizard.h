#pragma once

#include <QWizard>

namespace app {

class StartPage;

/// The setup wizard: one class per page, page ids in PageId, branching in nextId().
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StartPageId };

    explicit SetupWizard(bool demo, QWidget *parent = nullptr);

    StartPage *startPage() const { return m_startPage; }
    bool isDemo() const { return m_demo; }

private:
    StartPage *m_startPage = nullptr;
    bool m_demo = false;
};

} // namespace app
