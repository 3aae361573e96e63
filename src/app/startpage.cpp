#include "startpage.h"

#include "scrollcontent.h"
#include "ui_startpage.h"

#include <QWizard>

namespace app {

StartPage::StartPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::StartPage>())
{
    m_ui->setupUi(scrollContent(this));
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

void StartPage::initializePage()
{
    // Focus on the first choice: Enter then starts it, never Cancel.
    m_path = Path::None;
    m_ui->prepareRequestButton->setFocus(Qt::OtherFocusReason);
}

void StartPage::resume(Path path)
{
    m_path = path;
    Q_EMIT completeChanged();
}

void StartPage::offerCleanup(const QString &message, bool canCleanHere)
{
    m_ui->pendingCleanupLabel->setStyleSheet(
        QStringLiteral("background: #fde7e9; color: #5a0b12; padding: 6px;"));
    m_ui->cleanUpButton->setEnabled(true);
    m_ui->pendingCleanupLabel->setText(message);
    m_ui->pendingCleanupLabel->setVisible(!message.isEmpty());
    m_ui->cleanUpButton->setVisible(!message.isEmpty() && canCleanHere);
}

void StartPage::showCleanupStatus(const QString &message, bool success)
{
    m_ui->pendingCleanupLabel->setStyleSheet(
        success ? QStringLiteral("background: #e6f4ea; color: #0b3d17; padding: 6px;")
                : QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 6px;"));
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
