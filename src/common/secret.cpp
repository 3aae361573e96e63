#include "common/secret.h"

#include <utility>

namespace common {

Secret::Secret(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    // A buffer shared with someone else would be wiped under their feet later: own a copy.
    if (!m_bytes.isDetached())
        m_bytes = QByteArray(m_bytes.constData(), m_bytes.size());
}

Secret::~Secret()
{
    clear();
}

Secret::Secret(Secret &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{ }

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

void Secret::clear()
{
    wipe(m_bytes);
    m_bytes.clear();
}

void Secret::wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // Through a volatile pointer: the compiler may not drop stores to memory about to be freed.
    volatile char *data = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        data[i] = 0;
}

} // namespace common
