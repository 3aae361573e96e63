#pragma once

#include "shell/setupwizard.h"

#include <QAbstractButton>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace testsupport {

/// Finds a widget by object name, on the wizard's current page first (pages share names such
/// as introLabel), then anywhere in @p root.
template<typename T>
T *child(const QWidget &root, const char *name)
{
    T *found = nullptr;
    if (const auto *wizard = qobject_cast<const QWizard *>(&root); wizard && wizard->currentPage())
        found = wizard->currentPage()->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        found = root.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

/// Clicks a radio button or check box on its indicator, where a person would; its stretched
/// width beyond the text does not take clicks.
inline void tick(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

inline bool nextEnabled(const QWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled() && wizard.button(QWizard::NextButton)->isVisible();
}

inline void clickNext(QWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

/// Replaces a line edit's text as a person would (select all, type).
inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// Leaves a line edit as a person would, with Tab: what is checked on leaving is checked. (The
/// offscreen window is never active, so the focus change is delivered as its event.)
inline void leave(QLineEdit *edit)
{
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QCoreApplication::sendEvent(edit, &out);
}

} // namespace testsupport
