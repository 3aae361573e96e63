#include "startpage.h"

#include "ui_startpage.h"

#include <QWizard>

namespace app {

StartPage::StartPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::StartPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Welcome to SCIM Setup Console"));
    setSubTitle(tr("Safe SCIM provisioning from Microsoft Entra ID or Okta."));
    connect(m_ui->prepareRequestButton, &QAbstractButton::clicked, this,
            [this] { choose(Path::PrepareRequest); });
    connect(m_ui->haveCredentialsButton, &QAbstractButton::clicked, this,
            [this] { choose(Path::ReceivedCredentials); });
    connect(m_ui->storedProfileButton, &QAbstractButton::clicked, this,
            [this] { choose(Path::StoredProfile); });
}

StartPage::~StartPage() = default;

bool StartPage::isComplete() const
{
    return m_path != Path::None;
}

void StartPage::choose(Path path)
{
    m_path = path;
    Q_EMIT completeChanged();
    Q_EMIT pathChosen(path);
    if (wizard())
        wizard()->next();
}

} // namespace app
