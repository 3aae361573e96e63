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
    connect(m_ui->cleanUpButton, &QAbstractButton::clicked, this, &StartPage::cleanupRequested);
    offerCleanup({}, false);
}

StartPage::~StartPage() = default;

void StartPage::offerCleanup(const QString &message, bool canCleanHere)
{
    m_ui->pendingCleanupLabel->setText(message);
    m_ui->pendingCleanupLabel->setVisible(!message.isEmpty());
    m_ui->cleanUpButton->setVisible(!message.isEmpty() && canCleanHere);
}

void StartPage::showCleanupStatus(const QString &message)
{
    m_ui->pendingCleanupLabel->setText(message);
    m_ui->cleanUpButton->setEnabled(false);
}

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
