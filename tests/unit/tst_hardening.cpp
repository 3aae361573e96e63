#include "common/hardening.h"

#include <QTest>

#include <sys/resource.h>

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disablesCoreDumpsAndDumpability()
    {
        QVERIFY(common::isProcessDumpable());
        QVERIFY(common::hardenProcess());
        QVERIFY(!common::isProcessDumpable());
        rlimit core {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
