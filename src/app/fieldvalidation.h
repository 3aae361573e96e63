#pragma once

#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QWidget;
class QWizardPage;

namespace app {

/// How a message under a field reads: a problem blocks Next (red), advice does not (amber), a
/// notice says what the console did (neutral). The words always say which; colour only helps.
enum class MessageTone { Problem, Advice, Notice };

/// Shows @p message in @p label in @p tone, or hides the label when @p message is empty.
void showMessage(QLabel *label, const QString &message, MessageTone tone = MessageTone::Problem);

/// Enter in @p edit runs @p onEnter and goes no further: it never presses the wizard's default
/// button (Next or Finish) from a field whose Enter means something else.
void keepEnterInField(QLineEdit *edit, std::function<void()> onEnter);

/// Checks @p edit as the admin types: @p check's message goes into @p errorLabel once the field
/// has been edited, and @p page re-evaluates isComplete(). Returns nothing: the page asks
/// @p check itself in isComplete(), so an untouched field still blocks Next without nagging.
void validateAsYouType(QWizardPage *page, QLineEdit *edit, QLabel *errorLabel,
                       std::function<QString(const QString &)> check);

} // namespace app
