#include "resultswindow.h"

#include "engine/run/outcome.h"
#include "resultsmodel.h"
#include "resultsview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace app {

ResultsWindow::ResultsWindow(const QString &profileId, QWidget *parent)
    : QDialog(parent)
    , m_view(new ResultsView(this))
{
    setWindowTitle(tr("Run results"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1100, 700);
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    if (profileId.isEmpty()) {
        layout->addWidget(m_view, 1);
        layout->addWidget(buttons);
        return;
    }
    m_history.emplace(profileId);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *label
        //: %1 is the number of runs kept per profile (50)
        = new QLabel(tr("&Earlier runs (the last %1 are kept):").arg(engine::RunHistory::Limit), side);
    m_list = new QListWidget(side);
    m_list->setObjectName(QStringLiteral("historyListWidget"));
    m_list->setAccessibleName(tr("Earlier runs of this profile"));
    label->setBuddy(m_list);
    m_delete = new QPushButton(tr("&Delete this run"), side);
    m_delete->setObjectName(QStringLiteral("deleteRunButton"));
    m_historyStatus = new QLabel(side);
    m_historyStatus->setWordWrap(true);
    sideLayout->addWidget(label);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_delete);
    sideLayout->addWidget(m_historyStatus);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 4);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ResultsWindow::openSelected);
    connect(m_delete, &QPushButton::clicked, this, &ResultsWindow::deleteSelected);
    refreshHistory();
}

void ResultsWindow::refreshHistory()
{
    if (!m_history)
        return;
    const QSignalBlocker blocker(m_list);
    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    const QList<engine::RunHistory::Entry> entries = m_history->list();
    for (const engine::RunHistory::Entry &entry : entries) {
        // The kept file names its outcome; the list says it in the reader's words.
        engine::RunResult kept;
        kept.kind = entry.kind;
        kept.outcome = engine::RunResult::outcomeNamed(entry.outcome);
        auto *item = new QListWidgetItem(
            //: a kept run: when, then what it was and how it ended ("Pilot passed")
            tr("%1 · %2").arg(QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat),
                              engine::RunSummary::headline(kept)),
            m_list);
        item->setData(Qt::UserRole, entry.path);
        item->setData(Qt::UserRole + 1, entry.runId);
        const auto outcome = entry.outcome == QLatin1String("passed") ? engine::StepResult::Outcome::Passed
            : entry.outcome == QLatin1String("cancelled")             ? engine::StepResult::Outcome::Cancelled
                                                                      : engine::StepResult::Outcome::Failed;
        item->setIcon(ResultsModel::icon(outcome));
        if (entry.path == current)
            m_list->setCurrentItem(item);
    }
    m_delete->setEnabled(m_list->currentItem() != nullptr);
    if (entries.isEmpty())
        m_historyStatus->setText(tr("No runs kept yet."));
}

void ResultsWindow::openLatest()
{
    if (m_list && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

ResultsWindow *ResultsWindow::open(QWidget *parent, const QString &profileId, const engine::RunResult &result)
{
    auto *window = new ResultsWindow(profileId, parent);
    window->showResult(result);
    window->show();
    return window;
}

void ResultsWindow::showResult(const engine::RunResult &result)
{
    m_view->setResult(result);
    if (!m_list)
        return;
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole + 1).toString() == result.runId)
            m_list->setCurrentRow(i);
    }
    m_delete->setEnabled(m_list->currentItem() != nullptr);
}

void ResultsWindow::openSelected()
{
    m_delete->setEnabled(m_list->currentItem() != nullptr);
    if (!m_list->currentItem())
        return;
    QString error;
    const std::optional<engine::RunResult> result
        = m_history->load(m_list->currentItem()->data(Qt::UserRole).toString(), &error);
    if (!result) {
        m_historyStatus->setText(error);
        return;
    }
    m_historyStatus->clear();
    m_view->setResult(*result);
}

void ResultsWindow::deleteSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (!m_history->remove(item->data(Qt::UserRole).toString())) {
        m_historyStatus->setText(tr("Could not delete that run."));
        return;
    }
    delete item;
    m_historyStatus->setText(tr("Deleted."));
    m_delete->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace app
