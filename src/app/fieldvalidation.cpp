#include "fieldvalidation.h"

#include "shell/legiblecolour.h"

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
    // The word says which tone it is, on screen, in the tooltip and to a screen reader; the
    // colour (made legible on whatever palette is in use) only helps.
    QString text = message;
    QString meaning;
    QColor colour;
    switch (tone) {
    case MessageTone::Problem:
        //: before a message under a field that blocks Next; %1 is the message
        text = QWizardPage::tr("Problem: %1").arg(message);
        meaning = QWizardPage::tr("A problem: fix it to go on.");
        colour = QColor(0xb0, 0x00, 0x20);
        break;
    case MessageTone::Advice:
        //: before a message under a field that does not block Next; %1 is the message
        text = QWizardPage::tr("Advice: %1").arg(message);
        meaning = QWizardPage::tr("Advice: you can go on without changing this.");
        colour = QColor(0x8a, 0x53, 0x00);
        break;
    case MessageTone::Notice:
        break;
    }
    if (message.isEmpty()) {
        text.clear();
        meaning.clear();
    }
    label->setStyleSheet(QString()); // a form's fixed colour would win over the palette
    label->setText(text);
    label->setToolTip(meaning);
    label->setAccessibleDescription(meaning.isEmpty() ? text : meaning + QLatin1Char(' ') + message);
    label->setVisible(!message.isEmpty());
    showInColour(label, message.isEmpty() ? QColor() : colour);
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
