#include "setupwizard.h"

#include "legiblecolour.h"
#include "startpage.h"
#include "wizardcontroller.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>

#include <utility>

namespace app {

SetupWizard::SetupWizard(bool demo, ControllerFactory factory, QWidget *parent)
    : QWizard(parent)
    , m_demo(demo)
    , m_factory(std::move(factory))
    , m_startPage(new StartPage(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(demo ? tr("SCIM Setup Console (demo)") : tr("SCIM Setup Console"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Start &page"));
    // 720×560 where the screen allows it; on a small or scaled-up screen the pages scroll and the
    // buttons stay on screen.
    QSize minimum(720, 560);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        minimum = minimum.boundedTo(screen->availableSize() * 0.9);
    setMinimumSize(minimum);

    // Only the start page is built here; the controller builds each other page when the admin
    // first goes to it (validateCurrentPage()), so the first paint waits for one page, not sixteen.
    setPage(StartPageId, m_startPage);
    setStartId(StartPageId);

    if (demo) {
        auto *banner
            = new QLabel(tr("<b>Demo</b><br>Everything here runs against the embedded sandbox tenant on this "
                            "computer. Nothing is sent anywhere and nothing is stored."));
        banner->setObjectName(QStringLiteral("demoBannerLabel"));
        banner->setWordWrap(true);
        banner->setMaximumWidth(160);
        banner->setMargin(8);
        showTinted(banner, QColor(0xf0, 0xa0, 0x00)); // amber, on any palette
        setSideWidget(banner);
    }

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (m_controller)
            m_controller->pageShown(id);
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != QWizard::CustomButton1)
            return;
        setStartId(StartPageId);
        restart();
    });
    connect(m_startPage, &StartPage::cleanupRequested, this, [this] {
        if (WizardController *flow = controller())
            flow->cleanupRequested();
    });
    connect(m_startPage, &StartPage::pathChosen, this, [this](StartPageControl::Path path) {
        if (WizardController *flow = controller())
            flow->pathChosen(path);
    });
}

SetupWizard::~SetupWizard()
{
    // The controller goes first: it deletes the pages it built while what they use still exists.
    m_controller.reset();
}

WizardController *SetupWizard::controller()
{
    if (!m_controller && m_factory) {
        // Once: a factory that tells the admin why it failed must not be asked again meanwhile.
        const ControllerFactory factory = std::exchange(m_factory, {});
        m_controller = factory(*this, *m_startPage);
        if (m_controller)
            m_controller->begin(m_startPage->chosenPath() == StartPage::Path::None);
    }
    return m_controller.get();
}

bool SetupWizard::isClosing() const
{
    return m_controller && m_controller->isClosing();
}

bool SetupWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // QWizard::next() asks nextId() right after this; the page it names must exist by then.
    const int next = nextId();
    if (next == -1)
        return true;
    WizardController *flow = controller();
    return flow && flow->buildPage(next);
}

int SetupWizard::nextId() const
{
    if (currentId() != StartPageId)
        return m_controller ? m_controller->nextId(currentId()) : -1;
    switch (m_startPage->chosenPath()) {
    case StartPage::Path::PrepareRequest:
        return WelcomePageId;
    case StartPage::Path::ReceivedCredentials:
        return CredentialsPageId;
    case StartPage::Path::StoredProfile:
        return ProfilesPageId;
    case StartPage::Path::None:
        return -1;
    }
    return -1;
}

void SetupWizard::closeEvent(QCloseEvent *event)
{
    if (m_controller && !m_controller->mayClose()) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

void SetupWizard::reject()
{
    if (m_controller && !m_controller->mayClose())
        return;
    QWizard::reject();
}

} // namespace app
