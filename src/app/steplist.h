#pragma once

#include <QString>

class QListWidget;
class QListWidgetItem;

namespace engine {
struct StepResult;
}

namespace app {

/// Shows a step in a run page's list: its outcome icon (never the colour alone), title and
/// time; the detail and hint ride along for the detail label.
QListWidgetItem *showStep(QListWidget *list, const engine::StepResult &step);
/// The detail and hint of the step behind @p item, for the detail label.
QString stepDetails(const QListWidgetItem *item);

} // namespace app
