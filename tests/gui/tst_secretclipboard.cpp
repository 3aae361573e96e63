// The token on the clipboard: marked secret, cleared after the timeout if still ours, left alone
// when the admin copied something else meanwhile.
#include "app/secretclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestSecretClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clearedAfterTheTimeout()
    {
        app::SecretClipboard clipboard(100ms);
        clipboard.copySecret("tok-secret-1");
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("tok-secret-1"));
        QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QSignalSpy expired(&clipboard, &app::SecretClipboard::expired);
        QVERIFY(expired.wait(5000));
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void notClearedIfTheAdminCopiedSomethingElse()
    {
        app::SecretClipboard clipboard(100ms);
        clipboard.copySecret("tok-secret-2");
        QApplication::clipboard()->setText(QStringLiteral("the admin's own text"));
        QSignalSpy expired(&clipboard, &app::SecretClipboard::expired);
        QVERIFY(expired.wait(5000));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the admin's own text"));
    }

    void clearedOnQuitAndDestruction()
    {
        {
            app::SecretClipboard clipboard(1h);
            clipboard.copySecret("tok-secret-3");
            QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("tok-secret-3"));
        }
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        app::SecretClipboard clipboard(1h);
        clipboard.copySecret("tok-secret-4");
        QVERIFY(QMetaObject::invokeMethod(qApp, "aboutToQuit",
                                          Qt::DirectConnection)); // as QCoreApplication::exit() does
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
