#include "setupwizard.h"

#include "contactpage.h"
#include "credentialspage.h"
#include "identityproviderpage.h"
#include "nextstepspage.h"
#include "profilespage.h"
#include "reviewpage.h"
#include "startpage.h"
#include "tenantpage.h"
#include "welcomepage.h"
#include "wizardmodel.h"

#include <QLabel>

namespace app {

SetupWizard::SetupWizard(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : QWizard(parent)
    , m_model(model)
    , m_startPage(new StartPage(this))
    , m_credentialsPage(new CredentialsPage(model, store, this))
    , m_profilesPage(new ProfilesPage(model, store, this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(model.demo ? tr("SCIM Setup Console (demo)") : tr("SCIM Setup Console"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Start &page"));
    setMinimumSize(720, 560);

    setPage(StartPageId, m_startPage);
    setPage(WelcomePageId, new WelcomePage(model, this));
    setPage(IdentityProviderPageId, new IdentityProviderPage(model, this));
    setPage(TenantPageId, new TenantPage(model, this));
    setPage(ContactPageId, new ContactPage(model, this));
    setPage(ReviewPageId, new ReviewPage(model, this));
    setPage(NextStepsPageId, new NextStepsPage(model, this));
    setPage(CredentialsPageId, m_credentialsPage);
    setPage(ProfilesPageId, m_profilesPage);
    connect(m_credentialsPage, &CredentialsPage::saved, m_profilesPage, &ProfilesPage::select);

    if (model.demo) {
        auto *banner
            = new QLabel(tr("<b>Demo</b><br>Everything here runs against the embedded sandbox tenant on this "
                            "computer. Nothing is sent anywhere and nothing is stored."));
        banner->setObjectName(QStringLiteral("demoBannerLabel"));
        banner->setWordWrap(true);
        banner->setMaximumWidth(160);
        banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 8px;"));
        setSideWidget(banner);
    }

    // A returning admin lands where they left off; the start page is one button away.
    const bool resumable = model.path != WizardModel::Path::None && model.lastPageId > StartPageId
        && model.lastPageId != CredentialsPageId && page(model.lastPageId) != nullptr;
    setStartId(resumable && !model.demo ? model.lastPageId : StartPageId);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::remember);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != QWizard::CustomButton1)
            return;
        setStartId(StartPageId);
        restart();
    });
    connect(m_startPage, &StartPage::pathChosen, this, [this](StartPage::Path path) {
        m_model.path = path == StartPage::Path::PrepareRequest ? WizardModel::Path::PrepareRequest
            : path == StartPage::Path::ReceivedCredentials     ? WizardModel::Path::ReceivedCredentials
                                                               : WizardModel::Path::StoredProfile;
    });
}

SetupWizard::~SetupWizard() = default;

bool SetupWizard::isDemo() const
{
    return m_model.demo;
}

int SetupWizard::nextId() const
{
    switch (currentId()) {
    case StartPageId:
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
    case NextStepsPageId:
    case ProfilesPageId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

void SetupWizard::remember(int id)
{
    if (id < 0)
        return;
    m_model.lastPageId = id;
    m_model.save();
}

} // namespace app
