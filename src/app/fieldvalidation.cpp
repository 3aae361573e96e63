#include "fieldvalidation.h"

#include <QLabel>
#include <QLineEdit>
#include <QWizardPage>

namespace app {

void validateAsYouType(QWizardPage *page, QLineEdit *edit, QLabel *errorLabel,
                       std::function<QString(const QString &)> check)
{
    errorLabel->clear();
    errorLabel->hide(); // an empty message takes no room
    errorLabel->setAccessibleName(edit->accessibleName() + QStringLiteral(" — ")
                                  + QWizardPage::tr("problem"));
    QObject::connect(edit, &QLineEdit::textEdited, page, [page, errorLabel, check](const QString &text) {
        const QString message = check(text);
        errorLabel->setText(message);
        errorLabel->setVisible(!message.isEmpty());
        Q_EMIT page->completeChanged();
    });
    QObject::connect(edit, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
}

} // namespace app
