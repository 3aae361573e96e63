// The cleanup journal written off the UI thread: an intention is on disk when intendToCreate
// ends, later changes land together and in order, finish leaves no file, and a journal that
// cannot be written says so instead of letting the create go out.

#include "engine/pilot/cleanupjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <qcoro/qcorotask.h>

using engine::CleanupJournal;

class TestCleanupJournal : public QObject
{
    Q_OBJECT

private:
    static QJsonObject onDisk(const QString &endpoint)
    {
        QFile file(CleanupJournal::pathFor(endpoint));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private Q_SLOTS:
    void anIntentionIsOnDiskBeforeItsRequest()
    {
        const QString endpoint = QStringLiteral("https://intent.example/scim/v2");
        CleanupJournal journal(endpoint, QStringLiteral("run-1"));
        QVERIFY(QCoro::waitFor(journal.intendToCreate(QStringLiteral("ann@example.com"))));
        // Read straight after, with no event loop in between: the write has already landed.
        const QJsonArray users = onDisk(endpoint).value(QLatin1String("users")).toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.at(0).toObject().value(QLatin1String("userName")).toString(),
                 QStringLiteral("ann@example.com"));
        QCOMPARE(QFileInfo(CleanupJournal::pathFor(endpoint)).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(QCoro::waitFor(journal.finish()));
    }

    void aBurstOfChangesLandsWholeAndInOrder()
    {
        const QString endpoint = QStringLiteral("https://burst.example/scim/v2");
        CleanupJournal journal(endpoint, QStringLiteral("run-2"));
        QVERIFY(QCoro::waitFor(journal.intendToCreate(QStringLiteral("u0@example.com"))));
        // Three hundred changes handed over at once: the last snapshot is what the file holds.
        for (int i = 1; i < 100; ++i) {
            journal.created(QStringLiteral("u0@example.com"), QStringLiteral("id-0"));
            journal.addedMembership(QStringLiteral("group-1"), QStringLiteral("id-%1").arg(i));
            journal.removedMembership(QStringLiteral("group-1"), QStringLiteral("id-%1").arg(i - 1));
        }
        QVERIFY(QCoro::waitFor(journal.flush()));
        const QJsonObject json = onDisk(endpoint);
        QCOMPARE(json.value(QLatin1String("users"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 QStringLiteral("id-0"));
        const QJsonArray memberships = json.value(QLatin1String("memberships")).toArray();
        QCOMPARE(memberships.size(), 1);
        QCOMPARE(memberships.at(0).toObject().value(QLatin1String("userId")).toString(),
                 QStringLiteral("id-99"));
        QCOMPARE(CleanupJournal::load(endpoint)->memberships().size(), 1);
        QVERIFY(QCoro::waitFor(journal.finish()));
    }

    void finishAfterLazyChangesLeavesNoFile()
    {
        const QString endpoint = QStringLiteral("https://finish.example/scim/v2");
        CleanupJournal journal(endpoint, QStringLiteral("run-3"));
        QVERIFY(QCoro::waitFor(journal.intendToCreate(QStringLiteral("bo@example.com"))));
        journal.created(QStringLiteral("bo@example.com"), QStringLiteral("id-bo"));
        journal.removedUser({QStringLiteral("bo@example.com"), QStringLiteral("id-bo")});
        // The removal is queued behind the lazy writes; none of them may bring the file back.
        QVERIFY(QCoro::waitFor(journal.finish()));
        QVERIFY(!QFile::exists(CleanupJournal::pathFor(endpoint)));
        QVERIFY(CleanupJournal::pending().isEmpty());
    }

    void aJournalThatCannotBeWrittenStopsTheCreate()
    {
        const QString endpoint = QStringLiteral("https://blocked.example/scim/v2");
        const QString path = CleanupJournal::pathFor(endpoint);
        QVERIFY(QDir().mkpath(path)); // a folder where the file should be
        CleanupJournal journal(endpoint, QStringLiteral("run-4"));
        QVERIFY(!QCoro::waitFor(journal.intendToCreate(QStringLiteral("cy@example.com"))));
        QVERIFY2(journal.error().contains(path), qPrintable(journal.error()));
        QVERIFY(QDir(path).removeRecursively());
    }
};

QTEST_GUILESS_MAIN(TestCleanupJournal)
#include "tst_cleanupjournal.moc"
