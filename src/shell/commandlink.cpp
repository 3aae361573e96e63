#include "commandlink.h"

#include <QEvent>

#include <algorithm>

namespace app {

namespace {

// Widths a layout tries while settling; more than this and the oldest answer goes.
constexpr std::size_t rememberedWidths = 8;

} // namespace

int CommandLink::heightForWidth(int width) const
{
    forgetIfChanged();
    const auto known
        = std::find_if(m_heights.cbegin(), m_heights.cend(),
                       [width](const std::pair<int, int> &entry) { return entry.first == width; });
    if (known != m_heights.cend())
        return known->second;
    const int height = QCommandLinkButton::heightForWidth(width);
    if (m_heights.size() == rememberedWidths)
        m_heights.erase(m_heights.begin());
    m_heights.emplace_back(width, height);
    return height;
}

QSize CommandLink::sizeHint() const
{
    forgetIfChanged();
    if (!m_sizeHint.isValid())
        m_sizeHint = QCommandLinkButton::sizeHint();
    return m_sizeHint;
}

QSize CommandLink::minimumSizeHint() const
{
    forgetIfChanged();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QCommandLinkButton::minimumSizeHint();
    return m_minimumSizeHint;
}

void CommandLink::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ContentsRectChange:
        forget();
        break;
    default:
        break;
    }
    QCommandLinkButton::changeEvent(event);
}

void CommandLink::forgetIfChanged() const
{
    MeasuredFor now {text(), description(), font(), iconSize(), style()};
    if (now == m_measuredFor)
        return;
    m_measuredFor = std::move(now);
    forget();
}

void CommandLink::forget() const
{
    m_heights.clear();
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
}

} // namespace app
