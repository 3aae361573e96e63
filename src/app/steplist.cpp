#include "steplist.h"

#include "engine/run/outcome.h"
#include "engine/run/runresult.h"
#include "resultsmodel.h"

#include <QListWidget>

namespace app {

QListWidgetItem *showStep(QListWidget *list, const engine::StepResult &step)
{
    // Never by glyph alone: the icon has its colour and the word goes to assistive technology.
    const QString who = step.user.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(step.user);
    auto *item = new QListWidgetItem(
        ResultsModel::icon(step.outcome),
        QStringLiteral("%1%2  (%3 ms)").arg(step.title, who).arg(step.durationMs), list);
    item->setForeground(QColor(engine::OutcomeLook::colour(step.outcome)));
    item->setData(Qt::UserRole, step.id);
    item->setData(Qt::UserRole + 1, step.detail);
    item->setData(Qt::UserRole + 2, step.hint);
    item->setData(Qt::UserRole + 3, engine::StepResult::outcomeName(step.outcome));
    item->setData(Qt::AccessibleTextRole,
                  QStringLiteral("%1: %2").arg(engine::OutcomeLook::text(step.outcome), step.title));
    item->setData(Qt::ToolTipRole, engine::OutcomeLook::text(step.outcome));
    return item;
}
QString stepDetails(const QListWidgetItem *item)
{
    if (!item)
        return {};
    const QString detail = item->data(Qt::UserRole + 1).toString();
    const QString hint = item->data(Qt::UserRole + 2).toString();
    return hint.isEmpty() ? detail : detail + QStringLiteral("\n→ ") + hint;
}

} // namespace app
