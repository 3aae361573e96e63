#include "mappingspage.h"

#include "engine/mapping/userbody.h"
#include "engine/pilot/mappingcheck.h"
#include "engine/run/runresult.h"
#include "runtarget.h"
#include "ui_mappingspage.h"
#include "wizardmodel.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QScopedValueRollback>

namespace app {

namespace {

QString verdictText(const engine::StepResult &step)
{
    if (step.verdict == QLatin1String("stored"))
        return MappingsPage::tr("Stored");
    if (step.verdict == QLatin1String("changed"))
        return MappingsPage::tr("Changed");
    if (step.verdict == QLatin1String("dropped"))
        return MappingsPage::tr("Dropped silently");
    if (step.verdict == QLatin1String("rejected"))
        return MappingsPage::tr("Rejected");
    return step.outcome == engine::StepResult::Outcome::Skipped ? MappingsPage::tr("Not sent")
                                                                : MappingsPage::tr("Not checked");
}

} // namespace

MappingsPage::MappingsPage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_ui(std::make_unique<Ui::MappingsPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Attribute mappings"));
    setSubTitle(tr("What your identity provider will send, attribute by attribute."));
    m_ui->mappingTable->setColumnCount(ColumnCount);
    m_ui->mappingTable->setHorizontalHeaderLabels(
        {tr("IdP source"), tr("SCIM attribute"), tr("Value sent"), tr("Verdict"), tr("Fix")});
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->mappingTable->verticalHeader()->hide();
    m_ui->mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The selected row's fix in full, below the table.
    connect(m_ui->mappingTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *fix = m_ui->mappingTable->item(row, FixColumn);
        if (fix && !fix->text().isEmpty())
            m_ui->statusLabel->setText(fix->text());
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, &MappingsPage::chooseFile);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &MappingsPage::reset);
    connect(m_ui->mappingTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == SourceColumn && (item->flags() & Qt::ItemIsUserCheckable))
            rowToggled(item->row());
    });
    connect(m_ui->uniqueComboBox, &QComboBox::activated, this, [this] {
        m_mapping.setUniqueIdentifier(m_ui->uniqueComboBox->currentData().toString());
        remember();
        fill();
    });
}

MappingsPage::~MappingsPage() = default;

void MappingsPage::initializePage()
{
    const RunDetails details = RunDetails::of(m_model, m_store);
    m_profileId = details.profile ? details.profile->id : QString();
    engine::MappingError error;
    const std::optional<engine::AttributeMapping> mapping
        = engine::MappingFile::effective(m_profileId, details.idp, &error);
    m_mapping = mapping.value_or(engine::AttributeMapping::defaults(details.idp));
    m_ui->statusLabel->setText(
        mapping ? QString()
                //: %1 is the reason the mapping file cannot be read
                : tr("The profile's imported mapping cannot be read (%1); the default is shown.")
                      .arg(error.toString()));
    const bool okta = m_mapping.idp == common::Idp::Okta;
    m_ui->introLabel->setText(
        okta ? tr(
            "Okta sends the attributes of the app's user profile. Switch off the rows your Okta app does "
            "not have, and choose the attribute Okta finds users by; the pilot then sends exactly these.")
             : tr("Entra ID does not read the service's /Schemas for a custom app: it sends every row below "
                  "that "
                  "has a value. Import your app's real mapping to pilot with it: in Graph Explorer, GET "
                  "/beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema, and save the answer."));
    m_ui->importButton->setVisible(!okta);
    m_ui->uniqueLabel->setVisible(okta);
    m_ui->uniqueComboBox->setVisible(okta);
    fill();
}

void MappingsPage::fill()
{
    m_filling = true;
    const bool okta = m_mapping.idp == common::Idp::Okta;
    m_ui->originLabel->setText(m_mapping.origin == QLatin1String("default")
                                   //: %1 is the identity provider, e.g. Microsoft Entra ID
                                   ? tr("%1's default mapping.").arg(common::idpDisplayName(m_mapping.idp))
                                   : tr("The mapping imported for this profile."));
    m_ui->resetButton->setEnabled(m_mapping.origin != QLatin1String("default"));
    const engine::UserBody body = engine::UserBody::preview(m_mapping);
    m_ui->mappingTable->setRowCount(int(m_mapping.user.size()));
    m_ui->uniqueComboBox->clear();
    for (int i = 0; i < m_mapping.user.size(); ++i) {
        const engine::MappingRow &row = m_mapping.user.at(i);
        auto *source = new QTableWidgetItem(row.sourceLabel());
        if (okta) {
            source->setFlags(source->flags() | Qt::ItemIsUserCheckable);
            source->setCheckState(row.enabled ? Qt::Checked : Qt::Unchecked);
        }
        m_ui->mappingTable->setItem(i, SourceColumn, source);
        m_ui->mappingTable->setItem(i, TargetColumn, new QTableWidgetItem(row.target));
        QString value = row.reference ? tr("the manager's id") : tr("(no value: not sent)");
        if (const engine::SentValue *sent = body.find(row.target); sent && !row.reference) {
            value = sent->value.toVariant().toString();
            if (sent->sample)
                //: %1 is a made-up value the console sends to show the mapping works
                value = tr("%1 (sample)").arg(value);
        }
        if (!row.enabled)
            value = tr("(switched off)");
        m_ui->mappingTable->setItem(i, ValueColumn, new QTableWidgetItem(value));
        m_ui->mappingTable->setItem(i, VerdictColumn, new QTableWidgetItem());
        m_ui->mappingTable->setItem(i, FixColumn, new QTableWidgetItem());
        if (okta && !row.target.contains(QLatin1Char('[')) && !row.target.contains(QLatin1Char('^')))
            m_ui->uniqueComboBox->addItem(row.target, row.target);
        if (row.matchingPrecedence == 1)
            m_ui->uniqueComboBox->setCurrentIndex(m_ui->uniqueComboBox->findData(row.target));
    }
    // Every column in view at the wizard's size: long expressions and paths elide, the whole
    // text is in the tooltip.
    m_ui->mappingTable->resizeColumnsToContents();
    for (int column = 0; column < FixColumn; ++column)
        m_ui->mappingTable->setColumnWidth(column, std::min(m_ui->mappingTable->columnWidth(column), 170));
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_ui->mappingTable->item(row, column);
            item->setToolTip(item->text());
        }
    }
    m_filling = false;
}

void MappingsPage::rowToggled(int row)
{
    if (m_filling || row < 0 || row >= m_mapping.user.size())
        return;
    const bool on = m_ui->mappingTable->item(row, SourceColumn)->checkState() == Qt::Checked;
    m_mapping.user[row].enabled = on;
    remember();
    fill();
}

void MappingsPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the Entra ID synchronization schema"),
                                                      {}, tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool MappingsPage::importFile(const QString &path)
{
    engine::MappingError error;
    std::optional<engine::AttributeMapping> imported = engine::MappingFile::load(path, &error);
    if (!imported) {
        m_ui->statusLabel->setText(
            //: %1 is the reason the mapping file cannot be used
            tr("This file cannot be used: %1. The mapping is unchanged.").arg(error.toString()));
        return false;
    }
    m_mapping = *imported;
    m_mapping.origin = QStringLiteral("profile");
    remember();
    fill();
    m_ui->statusLabel->setText(
        //: %n is the number of user attribute mapping rows imported, %1 the file path
        tr("Imported %n user row(s) from %1.", nullptr, int(m_mapping.user.size())).arg(path));
    return true;
}

void MappingsPage::reset()
{
    engine::MappingFile::forget(m_profileId);
    m_mapping = engine::AttributeMapping::defaults(m_mapping.idp);
    m_ui->statusLabel->clear();
    fill();
}

void MappingsPage::remember()
{
    if (m_mapping.origin == QLatin1String("default"))
        m_mapping.origin = QStringLiteral("profile");
    QString error;
    if (!m_profileId.isEmpty() && !engine::MappingFile::save(m_profileId, m_mapping, &error))
        m_ui->statusLabel->setText(error);
}

void MappingsPage::showResult(const engine::RunResult &result)
{
    const QScopedValueRollback filling(m_filling, true);
    for (int i = 0; i < m_mapping.user.size(); ++i) {
        const QString id = engine::MappingCheck::stepId(m_mapping.user.at(i));
        for (const engine::StepResult &step : result.steps) {
            if (step.id != id)
                continue;
            m_ui->mappingTable->item(i, VerdictColumn)->setText(verdictText(step));
            m_ui->mappingTable->item(i, VerdictColumn)->setToolTip(step.detail);
            m_ui->mappingTable->item(i, FixColumn)
                ->setText(step.outcome == engine::StepResult::Outcome::Passed ? QString() : step.hint);
            break;
        }
    }
}

} // namespace app
