#include "welcomepage.h"

#include "request/vendor.h"
#include "shell/scrollcontent.h"
#include "ui_welcomepage.h"
#include "wizardmodel.h"

namespace app {

WelcomePage::WelcomePage(WizardModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    Q_UNUSED(model)
    m_ui->setupUi(scrollContent(this));
    const request::Vendor &vendor = request::Vendor::defaultVendor();
    setTitle(tr("Prepare your SCIM request"));
    //: %1 is the service provider, e.g. SureCloud
    setSubTitle(tr("About ten minutes now, then a reply from %1.").arg(vendor.name));
    m_ui->introLabel->setText(
        //: %1 is the service provider, e.g. SureCloud
        tr("<p><b>What SCIM does.</b> Your identity provider creates, updates and deactivates %1 accounts "
           "for you, "
           "and keeps group membership in step — joiners, movers and leavers.</p>"
           "<p><b>What it does not do.</b> SCIM does not sign anyone in: single sign-on (SSO) does that. You "
           "will "
           "usually use both.</p>"
           "<p><b>What you will need.</b> Your tenant's name and subdomain (the first part of its web "
           "address), "
           "its location if you have more than one, and the person who should receive the endpoint URL and "
           "secret token.</p>"
           "<p><b>What happens then.</b> You send the request from your own mailbox; %1 enables SCIM and "
           "sends "
           "the details to your named contact. Come back here with them to store and test them.</p>")
            .arg(vendor.name.toHtmlEscaped()));
}

WelcomePage::~WelcomePage() = default;

} // namespace app
