#pragma once

#include <QCommandLinkButton>
#include <QFont>
#include <QSize>
#include <QString>

#include <utility>
#include <vector>

namespace app {

/// A QCommandLinkButton that remembers what it measured. QCommandLinkButton lays its description
/// out anew for every heightForWidth() and sizeHint(), and a layout asks dozens of times before a
/// page is first shown. The answers are kept until the text, description, font, icon size or style
/// changes.
class CommandLink : public QCommandLinkButton
{
    Q_OBJECT

public:
    using QCommandLinkButton::QCommandLinkButton;

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Forgets the answers when what they were measured for has changed since.
    void forgetIfChanged() const;
    void forget() const;

    struct MeasuredFor
    {
        QString text;
        QString description;
        QFont font;
        QSize iconSize;
        const QStyle *style = nullptr;
        bool operator==(const MeasuredFor &) const = default;
    };
    mutable MeasuredFor m_measuredFor;
    mutable std::vector<std::pair<int, int>> m_heights; ///< (width, height), a handful at most
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
};

} // namespace app
