// The setup request: validation of each field, JSON, the rendered email and mailto: link.
#include "request/setuprequest.h"
#include "request/vendor.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using request::RequestRenderer;
using request::SetupRequest;
using request::Vendor;
using Field = SetupRequest::Field;

namespace {

SetupRequest sample()
{
    SetupRequest request;
    request.idp = QStringLiteral("okta");
    request.tenantLocation = QStringLiteral("European Union");
    request.tenantName = QStringLiteral("Acme & Söhne");
    request.tenantSubdomain = QStringLiteral("Acme-EU");
    request.contactName = QStringLiteral("Ann O'Brien");
    request.contactEmail = QStringLiteral("ann.obrien+scim@acme.example");
    return request;
}

} // namespace

class TestSetupRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // a word the message must contain; empty when valid
        QTest::newRow("idp entra") << Field::Idp << "entra"
                                   << "";
        QTest::newRow("idp none") << Field::Idp << ""
                                  << "";
        QTest::newRow("idp unknown") << Field::Idp << "onelogin"
                                     << "onelogin";
        QTest::newRow("location optional") << Field::TenantLocation << ""
                                           << "";
        QTest::newRow("location free text") << Field::TenantLocation << "Frankfurt"
                                            << "";
        QTest::newRow("location control char")
            << Field::TenantLocation << QStringLiteral("EU\u0007") << "control";
        QTest::newRow("name") << Field::TenantName << "Acme Corp"
                              << "";
        QTest::newRow("name missing") << Field::TenantName << "  "
                                      << "tenant's name";
        QTest::newRow("name too long") << Field::TenantName << QString(101, QLatin1Char('a')) << "100";
        QTest::newRow("subdomain") << Field::TenantSubdomain << "acme"
                                   << "";
        QTest::newRow("subdomain with hyphen and digits") << Field::TenantSubdomain << "acme-2"
                                                          << "";
        QTest::newRow("subdomain 63") << Field::TenantSubdomain << QString(63, QLatin1Char('a')) << "";
        QTest::newRow("subdomain 64") << Field::TenantSubdomain << QString(64, QLatin1Char('a')) << "63";
        QTest::newRow("subdomain missing") << Field::TenantSubdomain << ""
                                           << "subdomain";
        QTest::newRow("subdomain whole host") << Field::TenantSubdomain << "acme.surecloud.com"
                                              << "first part";
        QTest::newRow("subdomain url") << Field::TenantSubdomain << "https://acme.surecloud.com"
                                       << "whole web address";
        QTest::newRow("subdomain underscore") << Field::TenantSubdomain << "acme_eu"
                                              << "letters";
        QTest::newRow("subdomain space") << Field::TenantSubdomain << "acme eu"
                                         << "letters";
        QTest::newRow("subdomain leading hyphen") << Field::TenantSubdomain << "-acme"
                                                  << "hyphen";
        QTest::newRow("contact") << Field::ContactName << "Ann O'Brien"
                                 << "";
        QTest::newRow("contact missing") << Field::ContactName << ""
                                         << "credentials";
        QTest::newRow("email") << Field::ContactEmail << "ann@acme.example"
                               << "";
        QTest::newRow("email plus and dots") << Field::ContactEmail << "ann.o+scim@mail.acme.example"
                                             << "";
        QTest::newRow("email missing") << Field::ContactEmail << ""
                                       << "email";
        QTest::newRow("email no at") << Field::ContactEmail << "ann.acme.example"
                                     << "@";
        QTest::newRow("email two ats") << Field::ContactEmail << "ann@x@acme.example"
                                       << "@";
        QTest::newRow("email no dot in domain") << Field::ContactEmail << "ann@localhost"
                                                << "dot";
        QTest::newRow("email space") << Field::ContactEmail << "ann @acme.example"
                                     << "spaces";
        QTest::newRow("email double dot") << Field::ContactEmail << "ann..o@acme.example"
                                          << "two dots";
        QTest::newRow("email bad domain") << Field::ContactEmail << "ann@-acme.example"
                                          << "domain";
        QTest::newRow("email typo is not guessed at") << Field::ContactEmail << "ann@gmial.com"
                                                      << "";
    }

    void fields()
    {
        QFETCH(Field, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const QString message = SetupRequest::check(field, value);
        if (problem.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(problem), qPrintable(message));
    }

    void problemsInFormOrder()
    {
        SetupRequest empty;
        const auto problems = empty.problems();
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems.at(0).field, Field::TenantName);
        QCOMPARE(problems.at(3).field, Field::ContactEmail);
        QVERIFY(sample().problems().isEmpty());
    }

    void jsonRoundTrip()
    {
        const SetupRequest request = sample();
        const QJsonObject json = request.toJson();
        QCOMPARE(json.value(QLatin1String("tenantSubdomain")).toString(), QStringLiteral("acme-eu"));
        QString error;
        const SetupRequest back = SetupRequest::fromJson(json, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(back.toJson(), json);
        SetupRequest minimal = request;
        minimal.idp.clear();
        minimal.tenantLocation.clear();
        QVERIFY(!minimal.toJson().contains(QLatin1String("idp")));
        QVERIFY(!minimal.toJson().contains(QLatin1String("tenantLocation")));
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown member") << QByteArray(R"({"tenantName":"a","tenant":"b"})") << "tenant";
        QTest::newRow("number") << QByteArray(R"({"tenantName":42})") << "tenantName";
    }

    void badJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        QString error;
        SetupRequest::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void vendorFromTheSeed()
    {
        const Vendor &vendor = Vendor::defaultVendor();
        QVERIFY(vendor.isValid());
        QCOMPARE(vendor.supportEmail, QStringLiteral("success@surecloud.com"));
        QCOMPARE(vendor.steps.size(), 4);
        QCOMPARE(vendor.steps.at(3).title, QStringLiteral("Test with a small group"));
        QVERIFY(vendor.credentialsReminder.contains(QLatin1String("named contact")));
        QVERIFY(vendor.isExpectedHost(QStringLiteral("acme.SureCloud.com")));
        QVERIFY(vendor.isExpectedHost(QStringLiteral("surecloud.com")));
        QVERIFY(!vendor.isExpectedHost(QStringLiteral("surecloud.com.evil.example")));
        QVERIFY(!vendor.isExpectedHost(QStringLiteral("notsurecloud.com")));
        QString error;
        QVERIFY(!Vendor::load(QStringLiteral("/nonexistent/vendor.json"), &error).isValid());
        QVERIFY(error.contains(QLatin1String("/nonexistent/vendor.json")));
    }

    void textHoldsEveryField()
    {
        const RequestRenderer renderer(Vendor::defaultVendor());
        const QString text = renderer.text(sample());
        for (const char *expected :
             {"success@surecloud.com", "European Union", "Acme & Söhne", "acme-eu", "Ann O'Brien",
              "ann.obrien+scim@acme.example", "Okta", "Tenant subdomain"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QCOMPARE(renderer.subject(sample()), QString::fromUtf8("SCIM setup request for Acme & Söhne"));
    }

    void mailtoDecodesBackToTheSameText()
    {
        const RequestRenderer renderer(Vendor::defaultVendor());
        const QUrl url = renderer.mailto(sample());
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("success@surecloud.com"));
        const QString encoded = url.toString(QUrl::FullyEncoded);
        QVERIFY2(!encoded.contains(QLatin1Char(' ')) && !encoded.contains(QLatin1Char('\n')),
                 qPrintable(encoded));
        QVERIFY(encoded.contains(QLatin1String("%0D%0A")));
        QVERIFY(encoded.contains(QLatin1String("%26"))); // the & in the tenant name stays data
        QString subject;
        QString body;
        const QStringList pairs = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
        for (const QString &pair : pairs) {
            const QString value = QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 1).toUtf8());
            if (pair.startsWith(QLatin1String("subject=")))
                subject = value;
            else if (pair.startsWith(QLatin1String("body=")))
                body = value;
        }
        QCOMPARE(subject, renderer.subject(sample()));
        QCOMPARE(body, renderer.body(sample()).replace(QLatin1Char('\n'), QLatin1String("\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestSetupRequest)
#include "tst_setuprequest.moc"
