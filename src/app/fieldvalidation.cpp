#include "fieldvalidation.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QWizardPage>

namespace app {

namespace {

class EnterFilter : public QObject
{
public:
    EnterFilter(QLineEdit *edit, std::function<void()> onEnter)
        : QObject(edit)
        , m_onEnter(std::move(onEnter))
    {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                m_onEnter();
                return true;
            }
        }
        // QDialog also presses its default button on a key *release* it did not see pressed.
        if (event->type() == QEvent::KeyRelease) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};

} // namespace

void showMessage(QLabel *label, const QString &message, MessageTone tone)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    switch (tone) {
    case MessageTone::Problem:
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        break;
    case MessageTone::Advice:
        label->setStyleSheet(QStringLiteral("color: #8a5300;"));
        break;
    case MessageTone::Notice:
        label->setStyleSheet(QString());
        break;
    }
}

void keepEnterInField(QLineEdit *edit, std::function<void()> onEnter)
{
    new EnterFilter(edit, std::move(onEnter));
}

void validateAsYouType(QWizardPage *page, QLineEdit *edit, QLabel *errorLabel,
                       std::function<QString(const QString &)> check)
{
    errorLabel->clear();
    errorLabel->hide(); // an empty message takes no room
    errorLabel->setAccessibleName(edit->accessibleName() + QStringLiteral(" — ")
                                  + QWizardPage::tr("problem"));
    QObject::connect(edit, &QLineEdit::textEdited, page, [page, errorLabel, check](const QString &text) {
        showMessage(errorLabel, check(text));
        Q_EMIT page->completeChanged();
    });
    QObject::connect(edit, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
}

} // namespace app
