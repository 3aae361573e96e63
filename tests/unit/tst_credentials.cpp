// Token hygiene, JWT claims, and profiles in QSettings.
#include "credentials/profile.h"
#include "credentials/token.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using credentials::CleanToken;
using credentials::JwtClaims;
using credentials::Profile;
using credentials::ProfileStore;

namespace {

QByteArray jwt(const QByteArray &header, const QByteArray &payload)
{
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part(header) + '.' + part(payload) + ".c2lnbmF0dXJl";
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenHygiene_data()
    {
        QTest::addColumn<QByteArray>("pasted");
        QTest::addColumn<QByteArray>("token"); // empty: refused
        QTest::addColumn<QString>("notice"); // what the admin is told was removed from inside
        QTest::newRow("plain") << QByteArray("abc123") << QByteArray("abc123") << QString();
        QTest::newRow("surrounding whitespace")
            << QByteArray("  abc123 \n") << QByteArray("abc123") << QString();
        QTest::newRow("windows line end") << QByteArray("abc123\r\n") << QByteArray("abc123") << QString();
        QTest::newRow("wrapped over lines")
            << QByteArray("abc\n123\n") << QByteArray("abc123") << QStringLiteral("line break");
        QTest::newRow("a space inside")
            << QByteArray("abc 123") << QByteArray("abc123") << QStringLiteral("1 space");
        QTest::newRow("bearer prefix") << QByteArray("Bearer abc123") << QByteArray("abc123") << QString();
        QTest::newRow("bearer any case")
            << QByteArray("  bEaReR   abc123") << QByteArray("abc123") << QString();
        QTest::newRow("bearer as the token")
            << QByteArray("Bearerabc") << QByteArray("Bearerabc") << QString();
        QTest::newRow("empty") << QByteArray("") << QByteArray() << QString();
        QTest::newRow("only whitespace") << QByteArray(" \n\t") << QByteArray() << QString();
        QTest::newRow("only bearer") << QByteArray("Bearer ") << QByteArray() << QString();
        QTest::newRow("control character") << QByteArray("abc\001123") << QByteArray() << QString();
        QTest::newRow("delete character") << QByteArray("abc\177") << QByteArray() << QString();
    }

    void tokenHygiene()
    {
        QFETCH(QByteArray, pasted);
        QFETCH(QByteArray, token);
        QFETCH(QString, notice);
        const CleanToken clean = CleanToken::fromPaste(pasted);
        QCOMPARE(clean.isValid(), !token.isEmpty());
        QCOMPARE(clean.token.view().toByteArray(), token);
        QCOMPARE(clean.notice.isEmpty(), notice.isEmpty());
        QVERIFY2(clean.notice.contains(notice), qPrintable(clean.notice));
        if (!clean.isValid())
            QVERIFY(!clean.error.isEmpty());
    }

    void jwtClaims_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("isJwt");
        QTest::addColumn<qint64>("exp"); // -1 none
        QTest::addColumn<QString>("issuer");
        QTest::newRow("full") << jwt(R"({"alg":"HS256","typ":"JWT"})",
                                     R"({"exp":1893456000,"iat":1861920000,"iss":"urn:example:sts"})")
                              << true << qint64(1893456000) << "urn:example:sts";
        QTest::newRow("no exp") << jwt(R"({"alg":"none"})", R"({"sub":"x"})") << true << qint64(-1) << "";
        QTest::newRow("opaque") << QByteArray("9f8e7d6c5b4a") << false << qint64(-1) << "";
        QTest::newRow("three parts, not json") << QByteArray("abc.def.ghi") << false << qint64(-1) << "";
        QTest::newRow("no alg") << jwt(R"({"typ":"JWT"})", R"({"exp":1})") << false << qint64(-1) << "";
    }

    void jwtClaims()
    {
        QFETCH(QByteArray, token);
        QFETCH(bool, isJwt);
        QFETCH(qint64, exp);
        QFETCH(QString, issuer);
        const JwtClaims claims = JwtClaims::decode(token);
        QCOMPARE(claims.isJwt, isJwt);
        QCOMPARE(claims.expiresAt.has_value(), exp >= 0);
        if (exp >= 0)
            QCOMPARE(claims.expiresAt->toSecsSinceEpoch(), exp);
        QCOMPARE(claims.issuer, issuer);
    }

    void profilesPersistRenameAndRemove()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("profiles.ini"));
        QString id;
        {
            ProfileStore store(file);
            Profile profile;
            profile.name = QStringLiteral(" Production ");
            profile.idp = QStringLiteral("entra");
            profile.endpoint = QStringLiteral("https://acme.surecloud.com/scim/v2");
            profile.groupName = QStringLiteral("SCIM Pilot");
            profile.ssoAttribute = QStringLiteral("email");
            profile.tenantSubdomain = QStringLiteral("acme");
            profile.lastVerify = {QDateTime::currentDateTimeUtc(), QStringLiteral("passed")};
            id = store.save(profile).id;
            QVERIFY(!id.isEmpty());
        }
        ProfileStore store(file);
        const auto found = store.find(QStringLiteral("production"));
        QVERIFY(found);
        QCOMPARE(found->id, id);
        QCOMPARE(found->name, QStringLiteral("Production"));
        QCOMPARE(found->groupName, QStringLiteral("SCIM Pilot"));
        QCOMPARE(found->lastVerify.outcome, QStringLiteral("passed"));
        QVERIFY(found->createdAt.isValid());

        QString error;
        QVERIFY(store.rename(QStringLiteral("Production"), QStringLiteral("Prod EU"), &error));
        QCOMPARE(store.findById(id)->name, QStringLiteral("Prod EU"));
        QVERIFY(!store.find(QStringLiteral("Production")));
        QVERIFY(!store.rename(QStringLiteral("Nope"), QStringLiteral("X"), &error));
        QVERIFY(error.contains(QLatin1String("Nope")));

        store.remove(id);
        QVERIFY(store.profiles().isEmpty());
    }

    void profileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("fine") << "Production (EU)"
                              << "";
        QTest::newRow("unicode") << "Zürich-1"
                                 << "";
        QTest::newRow("empty") << "  "
                               << "name";
        QTest::newRow("too long") << QString(65, QLatin1Char('p')) << "64";
        QTest::newRow("slash") << "prod/eu"
                               << "letters";
        QTest::newRow("newline") << "prod\neu"
                                 << "letters";
        QTest::newRow("duplicate any case") << "EXISTING"
                                            << "already";
    }

    void profileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        QTemporaryDir directory;
        ProfileStore store(directory.filePath(QStringLiteral("p.ini")));
        Profile existing;
        existing.name = QStringLiteral("Existing");
        store.save(existing);
        const QString message = store.checkName(name);
        if (problem.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(problem), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
