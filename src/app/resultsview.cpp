#include "resultsview.h"

#include "engine/run/outcome.h"
#include "jsonhighlighter.h"
#include "reports/figures.h"
#include "reports/report.h"
#include "resultsmodel.h"
#include "throughputchart.h"
#include "timelinewidget.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <QTreeView>

namespace app {

namespace {

QString pretty(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError
        ? QString::fromUtf8(document.toJson(QJsonDocument::Indented))
        : QString::fromUtf8(body);
}

QString headerText(const scim::HeaderList &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)
            + QLatin1Char('\n');
    return text;
}

QPlainTextEdit *bodyEditor(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    // A caret shows where keyboard focus is, and the keys select and copy.
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(edit->document(), edit);
    return edit;
}

} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResultsModel(this))
    , m_filter(new ResultsFilter(this))
    , m_summary(new QLabel(this))
    , m_problemsOnly(new QCheckBox(tr("Only fa&ilures and warnings"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_stepDetail(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_chart(new ThroughputChart(this))
    , m_exchanges(new QListWidget(this))
    , m_request(bodyEditor(QStringLiteral("requestText"), this))
    , m_response(bodyEditor(QStringLiteral("responseText"), this))
    , m_copyCurl(new QPushButton(tr("Copy as &curl"), this))
    , m_timeline(new TimelineWidget(this))
    , m_status(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheckBox"));
    m_problemsOnly->setAccessibleName(tr("Show only failed steps and warnings"));
    m_request->setAccessibleName(tr("The request of the selected exchange"));
    m_response->setAccessibleName(tr("The response of the selected exchange"));
    m_copyCurl->setAccessibleName(tr("Copy the selected exchange as a curl command"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the run as a report"));
    m_tabs->setObjectName(QStringLiteral("resultsTabWidget"));
    m_tabs->setAccessibleName(tr("The steps of the run, or its requests on a timeline"));
    m_tree->setObjectName(QStringLiteral("stepsTreeView"));
    m_tree->setAccessibleName(tr("Steps of the run"));
    m_stepDetail->setObjectName(QStringLiteral("stepDetailLabel"));
    m_stepDetail->setWordWrap(true);
    m_stepDetail->setTextFormat(Qt::RichText);
    m_stepDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setObjectName(QStringLiteral("figuresLabel"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->hide();
    m_exchanges->setObjectName(QStringLiteral("exchangesListWidget"));
    m_exchanges->setAccessibleName(tr("HTTP exchanges of the step"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setToolTip(
        tr("A curl command for a POSIX shell; it reads the token from $SCIM_CONSOLE_TOKEN."));
    m_copyCurl->setEnabled(false);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ResultsModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ResultsModel::OutcomeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ResultsModel::DurationColumn, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_problemsOnly);
    top->addWidget(m_export);

    auto *exchangeTabs = new QTabWidget(this);
    exchangeTabs->setObjectName(QStringLiteral("exchangeTabWidget"));
    exchangeTabs->setAccessibleName(tr("The request or the response of the selected exchange"));
    exchangeTabs->addTab(m_request, tr("&Request"));
    exchangeTabs->addTab(m_response, tr("Respo&nse"));
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_stepDetail);
    detailLayout->addWidget(m_figures);
    detailLayout->addWidget(m_chart);
    detailLayout->addWidget(m_exchanges, 1);
    detailLayout->addWidget(exchangeTabs, 3);
    detailLayout->addWidget(m_copyCurl, 0, Qt::AlignLeft);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_tabs->addTab(splitter, tr("&Steps"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timelineScrollArea"));
    scroll->setAccessibleName(tr("Request timeline"));
    // The timeline is for the mouse; the Steps tab has the same exchanges for the keyboard.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("&Timeline"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setProblemsOnly(on);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showStep(current); });
    connect(m_exchanges, &QListWidget::currentRowChanged, this, &ResultsView::showSelectedExchange);
    connect(m_copyCurl, &QPushButton::clicked, this, &ResultsView::copyAsCurl);
    connect(m_export, &QPushButton::clicked, this, &ResultsView::chooseExportFile);
    connect(m_timeline, &TimelineWidget::exchangeActivated, this, [this](int step, int exchange) {
        m_tabs->setCurrentIndex(0);
        showExchange(step, exchange);
    });
}

ResultsView::~ResultsView() = default;

void ResultsView::resizeEvent(QResizeEvent *event)
{
    // Side by side where there is room; the steps above their details where there is not, so
    // step names are never cut to "T…".
    m_splitter->setOrientation(width() < 760 ? Qt::Vertical : Qt::Horizontal);
    QWidget::resizeEvent(event);
}

const engine::RunResult &ResultsView::result() const
{
    return m_model->result();
}

void ResultsView::setResult(const engine::RunResult &result)
{
    m_model->setResult(result);
    m_timeline->setResult(result);
    m_tree->expandAll();
    //: %1 is the outcome, e.g. "Verify passed", %2 the endpoint URL, %3 counts of results, %4 milliseconds
    m_summary->setText(tr("<b>%1</b> — %2 — %3, %4 ms")
                           .arg(engine::RunSummary::headline(result).toHtmlEscaped(),
                                result.endpoint.toHtmlEscaped(),
                                engine::RunSummary::of(result).countsText().toHtmlEscaped())
                           .arg(result.durationMs));
    m_export->setEnabled(!result.steps.isEmpty());
    m_currentStep = -1;
    showStep({});
    // Open on what needs attention: the first failed step, else the first warning.
    for (const auto wanted : {engine::StepResult::Outcome::Failed, engine::StepResult::Outcome::Warning}) {
        for (int i = 0; i < result.steps.size(); ++i) {
            if (result.steps.at(i).outcome == wanted) {
                m_tree->setCurrentIndex(m_filter->mapFromSource(m_model->indexOfStep(i)));
                return;
            }
        }
    }
}

const engine::StepResult *ResultsView::currentStep() const
{
    return m_currentStep < 0 ? nullptr : &m_model->result().steps.at(m_currentStep);
}

void ResultsView::showStep(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    m_currentStep = source.isValid() ? source.data(ResultsModel::StepIndexRole).toInt() : -1;
    m_exchanges->clear();
    m_exchanges->setEnabled(false); // until it lists something
    const engine::StepResult *step = currentStep();
    const QJsonObject figures = step ? step->figures : QJsonObject();
    m_figures->setText(reports::Figures::summary(figures, m_figures->locale()));
    m_figures->setVisible(!figures.isEmpty());
    m_chart->setFigures(figures);
    if (!step) {
        m_stepDetail->setText(tr("Select a step to see what it checked, what it found and what to do."));
        showSelectedExchange();
        return;
    }
    // The id in the palette's own colour: a fixed grey would be faint on a dark or white-on-black theme.
    QString html = QStringLiteral("<b>%1</b> — %2 (%3)")
                       .arg(step->title.toHtmlEscaped(), engine::OutcomeLook::text(step->outcome),
                            step->id.toHtmlEscaped());
    if (!step->detail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(step->detail.toHtmlEscaped());
    if (!step->hint.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What to do:"), step->hint.toHtmlEscaped());
    m_stepDetail->setText(html);
    for (const scim::Exchange &exchange : step->exchanges) {
        const QString answer = exchange.status
            ? QString::number(exchange.status)
            //: %1 is a short error kind such as timeout, refused, dns or tls
            : tr("no answer (%1)").arg(scim::errorKindName(exchange.error));
        auto *item = new QListWidgetItem(
            //: %1 is the HTTP method, %2 the request URL, %3 the HTTP status or "no answer…", %4 milliseconds
            tr("%1 %2 → %3 · %4 ms")
                .arg(QString::fromLatin1(exchange.method), exchange.url.toString(QUrl::FullyEncoded), answer)
                .arg(exchange.durationMs),
            m_exchanges);
        const auto outcome = exchange.status >= 200 && exchange.status < 400
            ? engine::StepResult::Outcome::Passed
            : engine::StepResult::Outcome::Failed;
        // The icon's meaning in words too, for the tooltip and a screen reader.
        item->setIcon(ResultsModel::icon(outcome));
        item->setToolTip(engine::OutcomeLook::text(outcome));
        item->setData(Qt::AccessibleTextRole,
                      QStringLiteral("%1: %2").arg(engine::OutcomeLook::text(outcome), item->text()));
    }
    // An empty list is no place for keyboard focus (nor does a style draw focus on one).
    m_exchanges->setEnabled(m_exchanges->count() > 0);
    if (m_exchanges->count() > 0)
        m_exchanges->setCurrentRow(0);
    else
        showSelectedExchange();
}

void ResultsView::showExchange(int step, int exchange)
{
    if (!m_filter->mapFromSource(m_model->indexOfStep(step)).isValid())
        m_problemsOnly->setChecked(false); // the filter hides it
    m_tree->setCurrentIndex(m_filter->mapFromSource(m_model->indexOfStep(step)));
    if (exchange >= 0 && exchange < m_exchanges->count())
        m_exchanges->setCurrentRow(exchange);
}

void ResultsView::showSelectedExchange()
{
    const engine::StepResult *step = currentStep();
    const int row = m_exchanges->currentRow();
    const bool valid = step && row >= 0 && row < step->exchanges.size();
    m_copyCurl->setEnabled(valid);
    if (!valid) {
        m_request->clear();
        m_response->clear();
        return;
    }
    const scim::Exchange &exchange = step->exchanges.at(row);
    m_request->setPlainText(QStringLiteral("%1 %2\n%3\n%4")
                                .arg(QString::fromLatin1(exchange.method),
                                     exchange.url.toString(QUrl::FullyEncoded),
                                     headerText(exchange.requestHeaders), pretty(exchange.requestBody)));
    const QString status = exchange.status
        //: %1 is the HTTP status code
        ? tr("HTTP %1").arg(exchange.status)
        //: %1 is a short error kind such as timeout or tls, %2 the error's details
        : tr("No answer: %1 %2").arg(scim::errorKindName(exchange.error), exchange.errorDetail);
    m_response->setPlainText(QStringLiteral("%1 · %2\n%3\n%4")
                                 //: %1 is a duration in milliseconds
                                 .arg(status, tr("%1 ms").arg(exchange.durationMs),
                                      headerText(exchange.responseHeaders), pretty(exchange.responseBody)));
}

QString ResultsView::curlForSelection() const
{
    const engine::StepResult *step = currentStep();
    const int row = m_exchanges->currentRow();
    if (!step || row < 0 || row >= step->exchanges.size())
        return {};
    return scim::curlCommand(step->exchanges.at(row), result().curlAuth());
}

void ResultsView::copyAsCurl()
{
    const QString command = curlForSelection();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    m_status->setText(tr("Copied. The command reads the token from $SCIM_CONSOLE_TOKEN; set it in your shell "
                         "first — the token is not in the command."));
}

void ResultsView::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    //: %1 is the path of the report file
    m_status->setText(tr("Exporting to %1…").arg(path));
    // The writer works on its own copy of the run and touches nothing of this view; its answer
    // comes back through the thread's finished signal, which is dropped if the view is gone.
    auto problem = std::make_shared<QString>();
    QThread *thread = QThread::create(
        [problem, path, result = m_model->result()] { *problem = reports::Report::write(result, path); });
    connect(thread, &QThread::finished, this, [this, path, problem] {
        m_export->setEnabled(true);
        //: %1 is the path of the report file
        m_status->setText(problem->isEmpty() ? tr("Exported to %1.").arg(path) : *problem);
        Q_EMIT exported(path, *problem);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ResultsView::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the run"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("HTML report (*.html)"), tr("PDF report (*.pdf)"), tr("JSON result (*.json)"),
                            tr("JUnit XML (*.xml)")});
    dialog->setDefaultSuffix(QStringLiteral("html"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QStringLiteral("scim-%1-%2.html")
                           .arg(m_model->result().kind,
                                m_model->result().startedAt.toString(QStringLiteral("yyyyMMdd-HHmm"))));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        const QString suffix = filter.section(QStringLiteral("*."), 1).chopped(1);
        dialog->setDefaultSuffix(suffix);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    dialog->open();
}

} // namespace app
