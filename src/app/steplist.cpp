#include "steplist.h"

#include "engine/run/outcome.h"
#include "engine/run/runresult.h"
#include "resultsmodel.h"
#include "shell/legiblecolour.h"

#include <QListWidget>
#include <QStyledItemDelegate>

namespace app {

namespace {

/// Draws an item in its own colour (its outcome's) made legible on the row it is drawn on, on
/// whatever palette is in use; selected rows keep the palette's highlighted text.
class LegibleItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant foreground = index.data(Qt::ForegroundRole);
        if (!foreground.canConvert<QBrush>())
            return;
        const QColor back = option->backgroundBrush.style() != Qt::NoBrush
            ? option->backgroundBrush.color()
            : option->palette.color(option->features & QStyleOptionViewItem::Alternate
                                        ? QPalette::AlternateBase
                                        : QPalette::Base);
        // A little above the minimum: thin glyphs blend into the row at their edges.
        option->palette.setColor(QPalette::Text,
                                 legibleOn(foreground.value<QBrush>().color(), back, TextContrast + 0.5));
    }
};

} // namespace

QListWidgetItem *showStep(QListWidget *list, const engine::StepResult &step)
{
    // Never by colour or glyph alone: the word is in the text, the tooltip and what a screen
    // reader says; the colour is made legible on the list's palette when drawn.
    if (!dynamic_cast<LegibleItemDelegate *>(list->itemDelegate()))
        list->setItemDelegate(new LegibleItemDelegate(list));
    const QString outcome = engine::OutcomeLook::text(step.outcome);
    const QString text = step.user.isEmpty()
        //: a step of a run: %1 its outcome (Passed, Failed, …), %2 its title, %L3 its time in milliseconds
        ? ResultsModel::tr("%1: %2 (%L3 ms)").arg(outcome, step.title).arg(step.durationMs)
        //: a step of a run: %1 its outcome (Passed, Failed, …), %2 its title, %3 the pilot user it was
        //: for, %L4 its time in milliseconds
        : ResultsModel::tr("%1: %2 [%3] (%L4 ms)").arg(outcome, step.title, step.user).arg(step.durationMs);
    auto *item = new QListWidgetItem(ResultsModel::icon(step.outcome), text, list);
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
