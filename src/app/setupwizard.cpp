#include "setupwizard.h"

#include "startpage.h"

namespace app {

SetupWizard::SetupWizard(bool demo, QWidget *parent)
    : QWizard(parent)
    , m_startPage(new StartPage(this))
    , m_demo(demo)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(demo ? tr("SCIM Setup Console (demo)") : tr("SCIM Setup Console"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(StartPageId, m_startPage);
    setStartId(StartPageId);
}

} // namespace app
