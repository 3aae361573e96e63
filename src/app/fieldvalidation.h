#pragma once

#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QWizardPage;

namespace app {

/// Checks @p edit as the admin types: @p check's message goes into @p errorLabel once the field
/// has been edited, and @p page re-evaluates isComplete(). Returns nothing: the page asks
/// @p check itself in isComplete(), so an untouched field still blocks Next without nagging.
void validateAsYouType(QWizardPage *page, QLineEdit *edit, QLabel *errorLabel,
                       std::function<QString(const QString &)> check);

} // namespace app
