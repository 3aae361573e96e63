#include "profilefieldsform.h"

#include "common/idp.h"
#include "credentials/profile.h"
#include "fieldvalidation.h"
#include "request/setuprequest.h"
#include "request/vendor.h"
#include "scim/cafile.h"
#include "scim/endpointurl.h"
#include "ui_profilefields.h"

#include <QFileDialog>
#include <QFileInfo>

namespace app {

ProfileFieldsForm::ProfileFieldsForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileFieldsForm>())
{
    m_ui->setupUi(this);
    const request::Vendor &vendor = request::Vendor::defaultVendor();
    for (const common::Idp idp : common::allIdps())
        m_ui->idpComboBox->addItem(common::idpDisplayName(idp), common::idpName(idp));
    m_ui->ssoAttributeComboBox->addItem(tr("Email address"), QStringLiteral("email"));
    m_ui->ssoAttributeComboBox->addItem(tr("User name (userName)"), QStringLiteral("userName"));
    m_ui->ssoAttributeComboBox->addItem(tr("I am not sure"), QString());
    //: %1 is the service provider, e.g. SureCloud
    m_ui->groupLabel->setText(tr("&Group at %1:").arg(vendor.name));
    m_ui->groupHelpLabel->setText(
        tr("The group %1 created for you, from the message you received — not the group you assign to the "
           "app in your identity provider.")
            .arg(vendor.name));
    m_ui->endpointErrorLabel->hide();
    m_ui->caFileErrorLabel->hide();
    m_ui->confirmHostCheckBox->setAccessibleName(
        tr("I checked the endpoint host against the message I received"));

    connect(m_ui->endpointLineEdit, &QLineEdit::textEdited, this, [this] { updateEndpoint(true); });
    connect(m_ui->endpointLineEdit, &QLineEdit::textChanged, this, [this] { updateEndpoint(false); });
    connect(m_ui->confirmHostCheckBox, &QCheckBox::toggled, this, &ProfileFieldsForm::changed);
    connect(m_ui->idpComboBox, &QComboBox::currentIndexChanged, this, &ProfileFieldsForm::changed);
    connect(m_ui->ssoAttributeComboBox, &QComboBox::currentIndexChanged, this, &ProfileFieldsForm::changed);
    connect(m_ui->groupNameLineEdit, &QLineEdit::textChanged, this, &ProfileFieldsForm::changed);
    connect(m_ui->groupIdLineEdit, &QLineEdit::textChanged, this, &ProfileFieldsForm::changed);
    connect(m_ui->caFileLineEdit, &QLineEdit::textChanged, this, &ProfileFieldsForm::updateCaFile);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Your organisation's CA certificate"));
        dialog->setObjectName(QStringLiteral("caFileDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, m_ui->caFileLineEdit, &QLineEdit::setText);
        dialog->open();
    });
    updateEndpoint(false);
}

ProfileFieldsForm::~ProfileFieldsForm() = default;

void ProfileFieldsForm::setProfile(const credentials::Profile &profile)
{
    setIdp(profile.idp);
    m_ui->endpointLineEdit->setText(profile.endpoint);
    m_ui->groupNameLineEdit->setText(profile.groupName);
    m_ui->groupIdLineEdit->setText(profile.groupId);
    m_ui->ssoAttributeComboBox->setCurrentIndex(
        qMax(0, m_ui->ssoAttributeComboBox->findData(profile.ssoAttribute)));
    m_ui->caFileLineEdit->setText(profile.caFile);
    // A stored host was confirmed when it was stored.
    m_ui->confirmHostCheckBox->setChecked(hostNeedsConfirmation());
    updateEndpoint(false);
}

void ProfileFieldsForm::applyTo(credentials::Profile &profile) const
{
    profile.idp = m_ui->idpComboBox->currentData().toString();
    profile.endpoint = scim::EndpointUrl::parse(m_ui->endpointLineEdit->text()).toString();
    profile.groupName = m_ui->groupNameLineEdit->text().trimmed();
    profile.groupId = m_ui->groupIdLineEdit->text().trimmed();
    profile.ssoAttribute = m_ui->ssoAttributeComboBox->currentData().toString();
    const QString caFile = m_ui->caFileLineEdit->text().trimmed();
    profile.caFile = caFile.isEmpty() ? QString() : QFileInfo(caFile).absoluteFilePath();
}

bool ProfileFieldsForm::isComplete() const
{
    const scim::EndpointUrl endpoint = scim::EndpointUrl::parse(m_ui->endpointLineEdit->text());
    return endpoint.isValid() && endpoint.advice().level != scim::EndpointUrl::Advice::Level::Problem
        && (!hostNeedsConfirmation() || m_ui->confirmHostCheckBox->isChecked()) && caFileProblem().isEmpty();
}

bool ProfileFieldsForm::hasInput() const
{
    return !m_ui->endpointLineEdit->text().trimmed().isEmpty() || !m_ui->groupNameLineEdit->text().isEmpty()
        || !m_ui->groupIdLineEdit->text().isEmpty() || !m_ui->caFileLineEdit->text().isEmpty();
}

void ProfileFieldsForm::setIdp(const QString &idp)
{
    m_ui->idpComboBox->setCurrentIndex(qMax(0, m_ui->idpComboBox->findData(idp)));
}

void ProfileFieldsForm::setEndpoint(const QString &endpoint)
{
    m_ui->endpointLineEdit->setText(endpoint);
}

void ProfileFieldsForm::setGroupName(const QString &name)
{
    m_ui->groupNameLineEdit->setText(name);
}

bool ProfileFieldsForm::hostNeedsConfirmation() const
{
    const scim::EndpointUrl endpoint = scim::EndpointUrl::parse(m_ui->endpointLineEdit->text());
    return endpoint.isValid() && !endpoint.isLoopback()
        && !request::Vendor::defaultVendor().isExpectedHost(endpoint.url().host());
}

QString ProfileFieldsForm::caFileProblem() const
{
    const QString path = m_ui->caFileLineEdit->text().trimmed();
    if (path.isEmpty())
        return {};
    QString error;
    return scim::loadCaFile(path, &error) ? QString() : error;
}

void ProfileFieldsForm::updateEndpoint(bool typed)
{
    const scim::EndpointUrl endpoint = scim::EndpointUrl::parse(m_ui->endpointLineEdit->text());
    const scim::EndpointUrl::Advice advice = endpoint.advice();
    // Problems show once the field was typed in; advice on a valid URL at once.
    if (!endpoint.isValid() && endpoint.problem() != scim::EndpointUrl::Problem::Empty && typed)
        showMessage(m_ui->endpointErrorLabel, endpoint.message());
    else if (advice.level == scim::EndpointUrl::Advice::Level::Problem)
        showMessage(m_ui->endpointErrorLabel, advice.message + QLatin1Char(' ') + advice.fix);
    else if (advice.level == scim::EndpointUrl::Advice::Level::Warning)
        showMessage(m_ui->endpointErrorLabel, advice.message + QLatin1Char(' ') + advice.fix,
                    MessageTone::Advice);
    else if (endpoint.isValid() || endpoint.problem() == scim::EndpointUrl::Problem::Empty)
        showMessage(m_ui->endpointErrorLabel, {});

    const bool confirm = hostNeedsConfirmation();
    m_ui->confirmHostCheckBox->setVisible(confirm);
    m_ui->confirmHostLabel->setVisible(confirm);
    if (confirm) {
        const request::Vendor &vendor = request::Vendor::defaultVendor();
        //: %1 is a host name, %2 the service provider
        m_ui->confirmHostLabel->setText(
            tr("%1 is not one of %2's usual hosts; I checked it against the message I "
               "received.")
                .arg(endpoint.url().host(), vendor.name));
        m_ui->confirmHostCheckBox->setAccessibleDescription(m_ui->confirmHostLabel->text());
    } else {
        m_ui->confirmHostCheckBox->setChecked(false);
    }
    Q_EMIT changed();
}

void ProfileFieldsForm::updateCaFile()
{
    showMessage(m_ui->caFileErrorLabel, caFileProblem());
    Q_EMIT changed();
}

} // namespace app
