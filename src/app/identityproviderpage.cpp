#include "identityproviderpage.h"

#include "common/idp.h"
#include "shell/scrollcontent.h"
#include "ui_identityproviderpage.h"
#include "wizardmodel.h"

namespace app {

IdentityProviderPage::IdentityProviderPage(WizardModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_ui(std::make_unique<Ui::IdentityProviderPage>())
{
    m_ui->setupUi(scrollContent(this));
    setTitle(tr("Identity provider"));
    setSubTitle(tr("Where your users and groups come from."));
    connect(m_ui->entraRadioButton, &QAbstractButton::toggled, this, &QWizardPage::completeChanged);
    connect(m_ui->oktaRadioButton, &QAbstractButton::toggled, this, &QWizardPage::completeChanged);
}

IdentityProviderPage::~IdentityProviderPage() = default;

void IdentityProviderPage::initializePage()
{
    m_ui->entraRadioButton->setChecked(m_model.request.idp == common::idpName(common::Idp::Entra));
    m_ui->oktaRadioButton->setChecked(m_model.request.idp == common::idpName(common::Idp::Okta));
}

bool IdentityProviderPage::isComplete() const
{
    return m_ui->entraRadioButton->isChecked() || m_ui->oktaRadioButton->isChecked();
}

bool IdentityProviderPage::validatePage()
{
    m_model.request.idp
        = common::idpName(m_ui->oktaRadioButton->isChecked() ? common::Idp::Okta : common::Idp::Entra);
    m_model.save();
    return true;
}

} // namespace app
