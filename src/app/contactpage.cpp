#include "contactpage.h"

#include "fieldvalidation.h"
#include "request/setuprequest.h"
#include "shell/scrollcontent.h"
#include "ui_contactpage.h"
#include "wizardmodel.h"

namespace app {

using request::SetupRequest;
using Field = SetupRequest::Field;

ContactPage::ContactPage(WizardModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_ui(std::make_unique<Ui::ContactPage>())
{
    m_ui->setupUi(scrollContent(this));
    setTitle(tr("Named contact"));
    setSubTitle(tr("The one person who receives the SCIM credentials."));
    validateAsYouType(this, m_ui->contactNameLineEdit, m_ui->contactNameErrorLabel,
                      [](const QString &text) { return SetupRequest::check(Field::ContactName, text); });
    validateAsYouType(this, m_ui->contactEmailLineEdit, m_ui->contactEmailErrorLabel,
                      [](const QString &text) { return SetupRequest::check(Field::ContactEmail, text); });
}

ContactPage::~ContactPage() = default;

void ContactPage::initializePage()
{
    m_ui->contactNameLineEdit->setText(m_model.request.contactName);
    m_ui->contactEmailLineEdit->setText(m_model.request.contactEmail);
}

bool ContactPage::isComplete() const
{
    return SetupRequest::check(Field::ContactName, m_ui->contactNameLineEdit->text()).isEmpty()
        && SetupRequest::check(Field::ContactEmail, m_ui->contactEmailLineEdit->text()).isEmpty();
}

bool ContactPage::hasUnsavedInput() const
{
    return m_ui->contactNameLineEdit->text().trimmed() != m_model.request.contactName
        || m_ui->contactEmailLineEdit->text().trimmed() != m_model.request.contactEmail;
}

bool ContactPage::validatePage()
{
    m_model.request.contactName = m_ui->contactNameLineEdit->text().trimmed();
    m_model.request.contactEmail = m_ui->contactEmailLineEdit->text().trimmed();
    m_model.save();
    return true;
}

} // namespace app
