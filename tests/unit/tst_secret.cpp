// common::Secret: move-only, wiped when it goes, never wiping someone else's copy; and the
// targets the engine makes from a pasted secret.
#include "common/secret.h"
#include "engine/run/target.h"

#include <QTest>

#include <type_traits>

using common::Secret;

static_assert(!std::is_copy_constructible_v<Secret>, "a secret is never copied by accident");
static_assert(!std::is_copy_assignable_v<Secret>, "a secret is never copied by accident");
static_assert(std::is_nothrow_move_constructible_v<Secret>);

class TestSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheCallersOnlyBuffer()
    {
        QByteArray bytes("tok-123456");
        const char *buffer = bytes.constData();
        const Secret secret(std::move(bytes));
        QCOMPARE(secret.view().data(), buffer); // no second copy was made
        QCOMPARE(secret.view(), QByteArrayView("tok-123456"));
    }

    void aSharedBufferIsCopiedSoTheOtherOwnerKeepsIts()
    {
        const QByteArray kept("tok-shared");
        QByteArray handed = kept;
        {
            Secret secret(std::move(handed));
            QVERIFY(secret.view().data() != kept.constData());
            secret.clear();
            QVERIFY(secret.isEmpty());
        }
        QCOMPARE(kept, QByteArray("tok-shared"));
    }

    void wipeOverwritesInPlace()
    {
        QByteArray bytes("tok-to-wipe");
        const char *buffer = bytes.constData();
        Secret::wipe(bytes);
        QCOMPARE(bytes.constData(), buffer);
        QCOMPARE(bytes, QByteArray(11, '\0'));
    }

    void wipeLeavesAnotherOwnersCopy()
    {
        const QByteArray other("tok-other");
        QByteArray mine = other;
        Secret::wipe(mine);
        QCOMPARE(other, QByteArray("tok-other"));
        QCOMPARE(mine, QByteArray(9, '\0'));
    }

    void movingHandsItOn()
    {
        Secret first(QByteArray("tok-moving"));
        Secret second(std::move(first));
        QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): that is the point
        QCOMPARE(second.view(), QByteArrayView("tok-moving"));
        Secret third;
        third = std::move(second);
        QVERIFY(second.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(third.size(), 10);
    }

    void aTargetCleansThePasteOnceAndKeepsOnlyTheToken()
    {
        const engine::TargetResult made = engine::Targets::fromParts(
            QStringLiteral("http://127.0.0.1:8080/scim/v2"), Secret(QByteArray("Bearer abc\n def")), {});
        QVERIFY(made.ok());
        QCOMPARE(made.target->connection.auth.secret.view(), QByteArrayView("abcdef"));
        QVERIFY(made.notice.contains(QLatin1String("1 space")));
        QVERIFY(!made.target->profile);
    }

    void aTargetNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<int>("kind");
        QTest::newRow("endpoint") << QStringLiteral("ftp://example.org") << QByteArray("tok") << QString()
                                  << int(engine::TargetProblem::Kind::Endpoint);
        QTest::newRow("token") << QStringLiteral("http://127.0.0.1/scim/v2") << QByteArray("Bearer ")
                               << QString() << int(engine::TargetProblem::Kind::Token);
        QTest::newRow("ca file") << QStringLiteral("http://127.0.0.1/scim/v2") << QByteArray("tok")
                                 << QStringLiteral("/nonexistent/ca.pem")
                                 << int(engine::TargetProblem::Kind::CaFile);
    }

    void aTargetNamesWhatIsWrong()
    {
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, token);
        QFETCH(QString, caFile);
        QFETCH(int, kind);
        const engine::TargetResult made = engine::Targets::fromParts(endpoint, Secret(token), caFile);
        QVERIFY(!made.ok());
        QCOMPARE(int(made.problem->kind), kind);
        QVERIFY(!made.problem->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
