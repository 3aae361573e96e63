#include "shell/commandlink.h"

#include <QFont>
#include <QTest>

// CommandLink keeps what it measured; every answer must still be the one QCommandLinkButton gives
// for what the button shows now.
class TestCommandLink : public QObject
{
    Q_OBJECT

private:
    static void compareAtEveryWidth(const app::CommandLink &link, const QCommandLinkButton &plain)
    {
        QCOMPARE(link.sizeHint(), plain.sizeHint());
        QCOMPARE(link.minimumSizeHint(), plain.minimumSizeHint());
        // More widths than it remembers, twice: the second pass answers partly from memory.
        for (int pass = 0; pass < 2; ++pass) {
            for (int width = 120; width <= 720; width += 40)
                QCOMPARE(link.heightForWidth(width), plain.heightForWidth(width));
        }
    }

private Q_SLOTS:
    void answersAsQCommandLinkButtonDoesAfterEveryChange()
    {
        const QString title = QStringLiteral("Prepare a &new SCIM request");
        const QString description = QStringLiteral("Collect your tenant details and the named contact.");
        app::CommandLink link(title, description);
        QCommandLinkButton plain(title, description);
        compareAtEveryWidth(link, plain);
        const int narrowBefore = link.heightForWidth(160);

        // A longer description wraps onto more lines: remembered heights must not answer for it.
        const QString longer = description.repeated(4);
        link.setDescription(longer);
        plain.setDescription(longer);
        QVERIFY(link.heightForWidth(160) > narrowBefore);
        compareAtEveryWidth(link, plain);

        link.setText(QStringLiteral("Short"));
        plain.setText(QStringLiteral("Short"));
        compareAtEveryWidth(link, plain);

        QFont larger = link.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        const QSize hintBefore = link.sizeHint();
        link.setFont(larger);
        plain.setFont(larger);
        QVERIFY(link.sizeHint() != hintBefore);
        compareAtEveryWidth(link, plain);

        link.setIconSize(QSize(48, 48));
        plain.setIconSize(QSize(48, 48));
        compareAtEveryWidth(link, plain);
    }
};

QTEST_MAIN(TestCommandLink)
#include "tst_commandlink.moc"
