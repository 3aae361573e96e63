#include "shell/pngicon.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

class TestPngIcon : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString pattern() const { return m_directory.filePath(QStringLiteral("icon-%1.png")); }

    void write(int side, QColor colour) const
    {
        QImage image(side, side, QImage::Format_ARGB32);
        image.fill(colour);
        QVERIFY(image.save(pattern().arg(side), "png"));
    }

private Q_SLOTS:
    void eachSizeIsReadWhenFirstAskedFor()
    {
        // The files do not exist yet when the icon is made: nothing is read up front.
        const QIcon icon = app::pngIcon(pattern(), {16, 32, 48});
        QCOMPARE(icon.availableSizes(), (QList<QSize> {{16, 16}, {32, 32}, {48, 48}}));
        write(16, Qt::red);
        write(32, Qt::green);
        write(48, Qt::blue);

        const QImage small = icon.pixmap(QSize(16, 16)).toImage();
        QCOMPARE(small.size(), QSize(16, 16));
        QCOMPARE(small.pixelColor(8, 8), QColor(Qt::red));
        // Between two sizes: the larger file, scaled down; never larger than asked.
        const QImage between = icon.pixmap(QSize(40, 40)).toImage();
        QCOMPARE(between.size(), QSize(40, 40));
        QCOMPARE(between.pixelColor(20, 20), QColor(Qt::blue));
        QCOMPARE(icon.actualSize(QSize(24, 24)), QSize(24, 24));
        // Past the largest: the largest as it is.
        QCOMPARE(icon.pixmap(QSize(512, 512)).size(), QSize(48, 48));
        QCOMPARE(icon.actualSize(QSize(512, 512)), QSize(48, 48));

        // A file once read is kept: removing it changes nothing.
        QVERIFY(QFile::remove(pattern().arg(16)));
        QCOMPARE(icon.pixmap(QSize(16, 16)).toImage().pixelColor(8, 8), QColor(Qt::red));
        // One never asked for is read now, and is gone.
        QVERIFY(QFile::remove(pattern().arg(32)));
        QVERIFY(icon.pixmap(QSize(32, 32)).isNull());
    }

    void disabledIsDrawnDisabled()
    {
        write(16, QColor(0xd0, 0x20, 0x20));
        const QIcon icon = app::pngIcon(pattern(), {16});
        const QColor normal = icon.pixmap(QSize(16, 16)).toImage().pixelColor(8, 8);
        const QColor disabled = icon.pixmap(QSize(16, 16), QIcon::Disabled).toImage().pixelColor(8, 8);
        QCOMPARE(normal, QColor(0xd0, 0x20, 0x20));
        QVERIFY2(disabled != normal, qPrintable(disabled.name()));
    }

    void paintsCentredAtTheDevicesScale()
    {
        write(16, Qt::red);
        write(32, Qt::green);
        const QIcon icon = app::pngIcon(pattern(), {16, 32});
        QImage canvas(QSize(40, 20) * 2, QImage::Format_ARGB32);
        canvas.setDevicePixelRatio(2);
        canvas.fill(Qt::white);
        {
            QPainter painter(&canvas);
            icon.paint(&painter, QRect(0, 0, 40, 20));
        }
        // 16×16 logical at scale 2: the 32 file, centred in the 40×20 rectangle.
        QCOMPARE(canvas.pixelColor(40, 20), QColor(Qt::green));
        QCOMPARE(canvas.pixelColor(4, 20), QColor(Qt::white));
    }
};

QTEST_MAIN(TestPngIcon)
#include "tst_pngicon.moc"
