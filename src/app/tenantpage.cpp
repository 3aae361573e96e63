#include "tenantpage.h"

#include "fieldvalidation.h"
#include "request/setuprequest.h"
#include "request/vendor.h"
#include "shell/scrollcontent.h"
#include "ui_tenantpage.h"
#include "wizardmodel.h"

#include <QLineEdit>

namespace app {

using request::SetupRequest;
using Field = SetupRequest::Field;

TenantPage::TenantPage(WizardModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_ui(std::make_unique<Ui::TenantPage>())
{
    m_ui->setupUi(scrollContent(this));
    const request::Vendor &vendor = request::Vendor::defaultVendor();
    //: %1 is the service provider, e.g. SureCloud; "tenant" is your organisation's account there
    setTitle(tr("Your %1 tenant").arg(vendor.name));
    setSubTitle(tr("The tenant SCIM should provision users into."));
    //: %1 is the service provider, e.g. SureCloud
    m_ui->introLabel->setText(tr("Use the names exactly as %1 knows them.").arg(vendor.name));
    m_ui->tenantLocationComboBox->addItem(QString());
    m_ui->tenantLocationComboBox->addItems(vendor.tenantLocations);
    m_ui->tenantLocationComboBox->setVisible(vendor.tenantLocationRelevant);
    // What a screen reader announces while the admin types in the editable box.
    m_ui->tenantLocationComboBox->lineEdit()->setAccessibleName(
        m_ui->tenantLocationComboBox->accessibleName());
    m_ui->tenantLocationLabel->setVisible(vendor.tenantLocationRelevant);
    m_ui->tenantLocationLabel->setText(tr("Tenant &location (if relevant):"));
    m_ui->tenantLocationErrorLabel->hide();
    validateAsYouType(this, m_ui->tenantNameLineEdit, m_ui->tenantNameErrorLabel,
                      [](const QString &text) { return SetupRequest::check(Field::TenantName, text); });
    validateAsYouType(this, m_ui->tenantSubdomainLineEdit, m_ui->tenantSubdomainErrorLabel,
                      [](const QString &text) { return SetupRequest::check(Field::TenantSubdomain, text); });
    connect(m_ui->tenantLocationComboBox, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        const QString message = SetupRequest::check(Field::TenantLocation, text);
        m_ui->tenantLocationErrorLabel->setText(message);
        m_ui->tenantLocationErrorLabel->setVisible(!message.isEmpty());
        Q_EMIT completeChanged();
    });
}

TenantPage::~TenantPage() = default;

void TenantPage::initializePage()
{
    m_ui->tenantLocationComboBox->setCurrentText(m_model.request.tenantLocation);
    m_ui->tenantNameLineEdit->setText(m_model.request.tenantName);
    m_ui->tenantSubdomainLineEdit->setText(m_model.request.tenantSubdomain);
}

bool TenantPage::isComplete() const
{
    return SetupRequest::check(Field::TenantLocation, m_ui->tenantLocationComboBox->currentText()).isEmpty()
        && SetupRequest::check(Field::TenantName, m_ui->tenantNameLineEdit->text()).isEmpty()
        && SetupRequest::check(Field::TenantSubdomain, m_ui->tenantSubdomainLineEdit->text()).isEmpty();
}

bool TenantPage::hasUnsavedInput() const
{
    return m_ui->tenantNameLineEdit->text().trimmed() != m_model.request.tenantName
        || m_ui->tenantSubdomainLineEdit->text().trimmed() != m_model.request.tenantSubdomain;
}

bool TenantPage::validatePage()
{
    m_model.request.tenantLocation = m_ui->tenantLocationComboBox->currentText().trimmed();
    m_model.request.tenantName = m_ui->tenantNameLineEdit->text().trimmed();
    m_model.request.tenantSubdomain = m_ui->tenantSubdomainLineEdit->text().trimmed().toLower();
    m_model.save();
    return true;
}

} // namespace app
