#include "nextstepspage.h"

#include "request/vendor.h"
#include "shell/scrollcontent.h"
#include "ui_nextstepspage.h"
#include "wizardmodel.h"

namespace app {

NextStepsPage::NextStepsPage(WizardModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_ui(std::make_unique<Ui::NextStepsPage>())
{
    m_ui->setupUi(scrollContent(this));
    setTitle(tr("What happens next"));
    setFinalPage(true);
    connect(m_ui->requestSentCheckBox, &QCheckBox::toggled, this, [this](bool sent) {
        m_model.requestSent = sent;
        m_model.save();
        showSteps();
    });
}

NextStepsPage::~NextStepsPage() = default;

void NextStepsPage::initializePage()
{
    m_ui->requestSentCheckBox->setChecked(m_model.requestSent);
    showSteps();
}

void NextStepsPage::showSteps()
{
    const request::Vendor &vendor = request::Vendor::defaultVendor();
    // The first two steps are the provider's, once the request is sent; the third starts when
    // the credentials arrive.
    const int stage = m_model.stage();
    QString html = stage == 0 ? tr("<p>First send the request; then:</p>") : QString();
    html += QStringLiteral("<ol>");
    for (int i = 0; i < vendor.steps.size(); ++i) {
        QString marker;
        if (stage == 1 && i < 2)
            //: %1 is the service provider, e.g. SureCloud
            marker = tr("(waiting for %1)").arg(vendor.name.toHtmlEscaped());
        else if (stage == 2 && i < 2)
            marker = tr("(done)");
        else if (stage == 2 && i == 2)
            marker = tr("(you are here)");
        html += QStringLiteral("<li><b>%1</b> %2<br>%3</li>")
                    .arg(vendor.steps.at(i).title.toHtmlEscaped(), marker,
                         vendor.steps.at(i).text.toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    if (m_model.requestSent)
        html += tr(
            "<p>When your named contact has the endpoint URL and token, open the console again and choose "
            "<i>I have received my endpoint and token</i>.</p>");
    m_ui->stepsLabel->setText(html);
}

} // namespace app
