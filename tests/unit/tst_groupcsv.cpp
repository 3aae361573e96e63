// The pilot group's CSV: RFC 4180, BOM, CRLF, the Entra ID and Okta export columns, and every
// malformation named by line and column before anything is sent.
#include "engine/group/groupcsv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using engine::CsvProblem;
using engine::GroupCsv;

class TestGroupCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStructuralErrorDoesNotHideTheRowsBeforeIt()
    {
        // Line 3's empty userName was already read when line 4's quote never closes.
        const GroupCsv csv = GroupCsv::parse("userName,givenName\nann@x.org,Ann\n,Bob\n\"carl@x.org,Carl\n");
        QCOMPARE(csv.problems.size(), 2);
        QVERIFY2(csv.problems.at(0).toString().startsWith(
                     QLatin1String("line 3, column 1 (userName): userName is empty")),
                 qPrintable(csv.problems.at(0).toString()));
        QVERIFY2(csv.problems.at(1).toString().contains(QLatin1String("never closed")),
                 qPrintable(csv.problems.at(1).toString()));
        QCOMPARE(csv.problems.at(1).line, 4);
    }

    void refusesControlCharactersInValues_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("where");
        QTest::newRow("NUL in userName") << QByteArray("userName\nbob\0x@example.com\n", 27)
                                         << QStringLiteral("line 2, column 1 (userName)");
        QTest::newRow("quoted newline in a name")
            << QByteArray("userName,familyName\nbob@x.org,\"Multi\nLine\"\n")
            << QStringLiteral("line 2, column 2 (familyName)");
        QTest::newRow("escape in an email") << QByteArray("userName,email\nbob@x.org,bob\x1b@x.org\n")
                                            << QStringLiteral("line 2, column 2 (email)");
    }

    void refusesControlCharactersInValues()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, where);
        const GroupCsv csv = GroupCsv::parse(data);
        QVERIFY(!csv.isValid());
        QVERIFY2(csv.problems.constFirst().toString().startsWith(where),
                 qPrintable(csv.problems.constFirst().toString()));
        QVERIFY(csv.problems.constFirst().toString().contains(QLatin1String("control character U+00")));
    }

    void readsOnlyRegularFilesAndNeverTooMuch_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("endless device") << QStringLiteral("/dev/zero");
        QTest::newRow("folder") << QStringLiteral("/tmp");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/pilot.csv");
    }

    void readsOnlyRegularFilesAndNeverTooMuch()
    {
        QFETCH(QString, path);
        QElapsedTimer clock;
        clock.start();
        const GroupCsv csv = GroupCsv::read(path);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(csv.problems.size(), 1);
        QVERIFY2(csv.problems.constFirst().toString().contains(path),
                 qPrintable(csv.problems.constFirst().toString()));
    }

    void refusesAFifo()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pilot.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const GroupCsv csv = GroupCsv::read(fifo); // would block forever if it were opened
        QCOMPARE(csv.problems.size(), 1);
        QVERIFY(csv.problems.constFirst().toString().contains(QLatin1String("not a regular file")));
    }

    void refusesAFileThatGrowsPastTheLimit()
    {
        // /proc files report size 0, whatever they hold; the limit is applied while reading.
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("userName\n");
        big.write(QByteArray(4 * 1024 * 1024, 'a'));
        big.close();
        const GroupCsv csv = GroupCsv::read(big.fileName());
        QCOMPARE(csv.problems.size(), 1);
        QVERIFY(csv.problems.constFirst().toString().contains(QLatin1String("larger than 4 MiB")));
    }

    void readsQuotedValuesBomAndCrlf()
    {
        const QByteArray data
            = "\xEF\xBB\xBFuserName,givenName,familyName,email,displayName,title,notes\r\n"
              "ann@example.com,Ann,O'Brien,ann@example.com,\"O'Brien, Ann\",\"Head of \"\"Ops\"\"\",\r\n"
              "\r\n"
              "bob@example.com,Bob,Baker,,,,\"Multi\nLine\"\r\n"
              "carl@example.com,Carl,Ström,carl@example.com,Carl Ström,,";
        const GroupCsv csv = GroupCsv::parse(data);
        QVERIFY2(csv.isValid(), qPrintable(csv.problems.value(0).toString()));
        QCOMPARE(csv.members.size(), 3);
        QCOMPARE(csv.members.at(0).userName, QStringLiteral("ann@example.com"));
        QCOMPARE(csv.members.at(0).line, 2);
        QCOMPARE(csv.members.at(0).attributes.value(QStringLiteral("displayName")),
                 QStringLiteral("O'Brien, Ann"));
        QCOMPARE(csv.members.at(0).attributes.value(QStringLiteral("title")),
                 QStringLiteral("Head of \"Ops\""));
        QCOMPARE(csv.members.at(1).line, 4);
        QCOMPARE(csv.members.at(1).attributes.value(QStringLiteral("familyName")), QStringLiteral("Baker"));
        QCOMPARE(csv.ignoredColumns, QStringList {QStringLiteral("notes")}); // its quoted newline is fine
        QVERIFY(!csv.members.at(1).attributes.contains(QStringLiteral("email"))); // empty: not compared
        QCOMPARE(csv.members.at(2).line, 6);
        QCOMPARE(csv.members.at(2).attributes.value(QStringLiteral("familyName")),
                 QString::fromUtf8("Ström"));
    }

    void acceptsTheIdpExportsColumns_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("Entra ID users download")
            << QByteArray("User principal name,Display name,Surname,Given name,Job title,Department,Employee "
                          "ID,Mail,Object Id");
        QTest::newRow("Okta people report")
            << QByteArray("Username,Display name,Last name,First name,Title,Department,Employee "
                          "number,Primary email,Status");
    }

    void acceptsTheIdpExportsColumns()
    {
        QFETCH(QByteArray, header);
        const GroupCsv csv
            = GroupCsv::parse(header + "\nann@example.com,Ann A,A,Ann,Lead,Ops,42,ann@example.com,x\n");
        QVERIFY2(csv.isValid(), qPrintable(csv.problems.value(0).toString()));
        const auto &attributes = csv.members.first().attributes;
        QCOMPARE(csv.members.first().userName, QStringLiteral("ann@example.com"));
        QCOMPARE(attributes.value(QStringLiteral("displayName")), QStringLiteral("Ann A"));
        QCOMPARE(attributes.value(QStringLiteral("familyName")), QStringLiteral("A"));
        QCOMPARE(attributes.value(QStringLiteral("givenName")), QStringLiteral("Ann"));
        QCOMPARE(attributes.value(QStringLiteral("title")), QStringLiteral("Lead"));
        QCOMPARE(attributes.value(QStringLiteral("department")), QStringLiteral("Ops"));
        QCOMPARE(attributes.value(QStringLiteral("employeeNumber")), QStringLiteral("42"));
        QCOMPARE(attributes.value(QStringLiteral("email")), QStringLiteral("ann@example.com"));
        QCOMPARE(csv.ignoredColumns.size(), 1);
    }

    void namesEveryMalformation_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray() << 1 << 0 << "empty";
        QTest::newRow("header only") << QByteArray("userName\n") << 1 << 0 << "no people";
        QTest::newRow("no userName column")
            << QByteArray("email\na@example.com\n") << 1 << 0 << "no userName column";
        QTest::newRow("two userName columns")
            << QByteArray("userName,login\na,b\n") << 1 << 2 << "a second column for userName";
        QTest::newRow("empty userName")
            << QByteArray("email,userName\na@example.com,\n") << 2 << 2 << "userName is empty";
        QTest::newRow("space in userName") << QByteArray("userName\nann smith\n") << 2 << 1 << "space";
        QTest::newRow("listed twice, case aside")
            << QByteArray("userName\nann@example.com\nbob@example.com\nANN@example.com\n") << 4 << 1
            << "listed twice";
        QTest::newRow("bad email") << QByteArray("userName,email\nann,not-an-email\n") << 2 << 2
                                   << "not an email";
        QTest::newRow("too few values") << QByteArray("userName,email,title\nann,ann@example.com\n") << 2 << 0
                                        << "2 values where the header has 3";
        QTest::newRow("too many values") << QByteArray("userName\nann,extra\n") << 2 << 0 << "2 values";
        QTest::newRow("quote never closed")
            << QByteArray("userName,title\nann,ok\nbob,\"Head of\nOps\n") << 3 << 2 << "never closed";
        QTest::newRow("quote inside a value") << QByteArray("userName,title\nann,Head \"of\" Ops\n") << 2 << 2
                                              << "quote inside an unquoted value";
        QTest::newRow("text after closing quote")
            << QByteArray("userName,title\nann,\"Head\" of\n") << 2 << 2 << "after a closing quote";
        QTest::newRow("not UTF-8") << QByteArray("userName\nj\xf6rg\n") << 0 << 0 << "not UTF-8";
    }

    void namesEveryMalformation()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const GroupCsv csv = GroupCsv::parse(data);
        QVERIFY(!csv.isValid());
        const CsvProblem &problem = csv.problems.first();
        QVERIFY2(problem.message.contains(message), qPrintable(problem.toString()));
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
        if (line > 0)
            QVERIFY(problem.toString().startsWith(QStringLiteral("line %1").arg(line)));
        if (column > 0)
            QVERIFY(problem.toString().contains(QStringLiteral("column %1").arg(column)));
    }

    void allProblemsAtOnce()
    {
        const GroupCsv csv = GroupCsv::parse("userName,email\n,a@example.com\nbob,bad\nbob,b@example.com\n");
        QCOMPARE(csv.problems.size(), 3);
        QCOMPARE(csv.problems.at(0).line, 2);
        QCOMPARE(csv.problems.at(1).line, 3);
        QCOMPARE(csv.problems.at(2).line, 4);
        QCOMPARE(csv.problems.at(1).columnName, QStringLiteral("email"));
    }

    void atMostFiveHundredPeople()
    {
        QByteArray data = "userName\n";
        for (int i = 0; i < GroupCsv::MaxRows; ++i)
            data += "user" + QByteArray::number(i) + "@example.com\n";
        QVERIFY(GroupCsv::parse(data).isValid());
        data += "one-more@example.com\n";
        const GroupCsv csv = GroupCsv::parse(data);
        QVERIFY(!csv.isValid());
        QVERIFY(csv.problems.first().message.contains(QLatin1String("not a migration")));
    }

    void unreadableFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.csv"));
        const GroupCsv csv = GroupCsv::read(path);
        QVERIFY(!csv.isValid());
        QVERIFY(csv.problems.first().toString().contains(path));
    }
};

QTEST_GUILESS_MAIN(TestGroupCsv)
#include "tst_groupcsv.moc"
