#include "reviewpage.h"

#include "request/setuprequest.h"
#include "request/vendor.h"
#include "shell/scrollcontent.h"
#include "ui_reviewpage.h"
#include "wizardmodel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QGuiApplication>
#include <QSaveFile>

namespace app {

ReviewPage::ReviewPage(WizardModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(scrollContent(this));
    // Read-only, but with a caret: it shows where keyboard focus is, and the keys select and copy.
    m_ui->requestTextEdit->setTextInteractionFlags(m_ui->requestTextEdit->textInteractionFlags()
                                                   | Qt::TextSelectableByKeyboard);
    const request::Vendor &vendor = request::Vendor::defaultVendor();
    setTitle(tr("Review and send"));
    //: %1 is the service provider's support team name, %2 its email address
    setSubTitle(tr("Send this to %1 at %2.").arg(vendor.supportName, vendor.supportEmail));
    m_ui->reminderLabel->setText(QStringLiteral("<b>%1</b>").arg(vendor.credentialsReminder.toHtmlEscaped()));
    connect(m_ui->openMailButton, &QPushButton::clicked, this, [this] {
        const request::RequestRenderer renderer(request::Vendor::defaultVendor());
        const bool opened = QDesktopServices::openUrl(renderer.mailto(m_model.request));
        m_ui->statusLabel->setText(
            opened ? tr("Opened in your mail app. Send it from there.")
                   : tr("No mail app answered. Copy the request and paste it into a new email."));
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(requestText());
        m_ui->statusLabel->setText(tr("Copied. Paste it into a new email."));
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReviewPage::saveAs);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    m_ui->requestTextEdit->setPlainText(requestText());
    m_ui->statusLabel->clear();
}

QString ReviewPage::requestText() const
{
    return request::RequestRenderer(request::Vendor::defaultVendor()).text(m_model.request);
}

void ReviewPage::saveAs()
{
    // Asynchronous on purpose: no nested event loop behind the wizard.
    auto *dialog = new QFileDialog(this, tr("Save the request"), QString(), tr("Text files (*.txt)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(tr("scim-request.txt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        const bool saved = file.open(QIODevice::WriteOnly | QIODevice::Text)
            && file.write(requestText().toUtf8()) >= 0 && file.commit();
        //: %1 is the file path
        m_ui->statusLabel->setText(saved ? tr("Saved to %1.").arg(path)
                                         //: %1 is the file path, %2 the system's error message
                                         : tr("Could not save to %1: %2").arg(path, file.errorString()));
    });
    dialog->open();
}

} // namespace app
