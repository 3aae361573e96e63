#include "startpage.h"

#include "legiblecolour.h"
#include "scrollcontent.h"
#include "ui_startpage.h"

#include <QCommandLinkButton>
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
    for (QCommandLinkButton *choice :
         {m_ui->prepareRequestButton, m_ui->haveCredentialsButton, m_ui->storedProfileButton}) {
        choice->setAccessibleDescription(choice->description());
        // No style draws focus on a command link; a keyboard user must see where Enter goes.
        keepFocusVisible(choice);
    }
    m_ui->pendingCleanupLabel->setMargin(6);
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
    showTinted(m_ui->pendingCleanupLabel, QColor(0xd3, 0x2f, 0x2f)); // red: the words say what is wrong
    m_ui->cleanUpButton->setEnabled(true);
    m_ui->pendingCleanupLabel->setText(message);
    m_ui->pendingCleanupLabel->setVisible(!message.isEmpty());
    m_ui->cleanUpButton->setVisible(!message.isEmpty() && canCleanHere);
}

void StartPage::showCleanupStatus(const QString &message, bool success)
{
    showTinted(m_ui->pendingCleanupLabel, success ? QColor(0x43, 0xa0, 0x47) : QColor(0xf0, 0xa0, 0x00));
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
