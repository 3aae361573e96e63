#include "pngicon.h"

#include <QApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace app {

namespace {

class PngIconEngine : public QIconEngine
{
public:
    PngIconEngine(QString pattern, std::vector<int> sizes)
        : m_pattern(std::move(pattern))
        , m_sizes(std::move(sizes))
    {
        std::sort(m_sizes.begin(), m_sizes.end());
    }

    QIconEngine *clone() const override { return new PngIconEngine(*this); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int size : m_sizes)
            sizes.append(QSize(size, size));
        return sizes;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = fileSizeFor(size);
        return QSize(side, side).scaled(size, Qt::KeepAspectRatio).boundedTo(QSize(side, side));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty() || m_sizes.empty())
            return {};
        QPixmap image = file(fileSizeFor(size));
        if (image.isNull())
            return {};
        if (image.width() > size.width() || image.height() > size.height())
            image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode == QIcon::Normal || !qApp)
            return image;
        QStyleOption option;
        option.palette = QApplication::palette();
        return QApplication::style()->generatedIconPixmap(mode, image, &option);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        const QSize shown = image.deviceIndependentSize().toSize();
        painter->drawPixmap(
            QRect(rect.topLeft()
                      + QPoint((rect.width() - shown.width()) / 2, (rect.height() - shown.height()) / 2),
                  shown),
            image);
    }

private:
    /// The smallest file at least as large as @p size asks, or the largest there is.
    int fileSizeFor(const QSize &size) const
    {
        const int wanted = std::max(size.width(), size.height());
        for (const int side : m_sizes) {
            if (side >= wanted)
                return side;
        }
        return m_sizes.empty() ? 0 : m_sizes.back();
    }

    QPixmap file(int side)
    {
        auto cached = m_read.find(side);
        if (cached == m_read.end()) {
            QImageReader reader(m_pattern.arg(side), "png");
            reader.setAutoDetectImageFormat(false);
            cached = m_read.emplace(side, QPixmap::fromImageReader(&reader)).first;
        }
        return cached->second;
    }

    QString m_pattern;
    std::vector<int> m_sizes;
    std::map<int, QPixmap> m_read;
};

} // namespace

QIcon pngIcon(const QString &pattern, std::initializer_list<int> sizes)
{
    return QIcon(new PngIconEngine(pattern, std::vector<int>(sizes)));
}

} // namespace app
