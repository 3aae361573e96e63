// The go-live page's first-sync estimate, offscreen: the group preview's people and the endpoint's
// measured answers as the wizard knows them, a count the admin types in (the estimate follows at
// once), a later preview's people, and Okta, which publishes no such guidance.
#include "app/golivepage.h"
#include "app/wizardmodel.h"
#include "credentials/profile.h"
#include "engine/run/runresult.h"
#include "wizarddriver.h"

#include <QSpinBox>
#include <QTemporaryDir>

using testsupport::child;

class TestGoLivePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    static void typeNumber(QSpinBox *spinBox, const QString &text)
    {
        spinBox->setFocus();
        spinBox->selectAll();
        QTest::keyClick(spinBox, Qt::Key_Backspace);
        QTest::keyClicks(spinBox, text);
    }

    /// A group preview of @p people rows, as the pilot group page hands it to the model.
    static engine::RunResult preview(int people)
    {
        engine::RunResult result;
        result.kind = QStringLiteral("group-preview");
        result.endpoint = QStringLiteral("https://scim.example.com/scim/v2");
        for (int i = 0; i < people; ++i) {
            engine::StepResult row;
            row.id = QStringLiteral("row-valid");
            engine::StepResult match;
            match.id = QStringLiteral("match");
            scim::Exchange exchange;
            exchange.url = QUrl(QStringLiteral("https://scim.example.com/scim/v2/Users"));
            exchange.status = 200;
            exchange.durationMs = 3000; // 6 s per object: past the high bound's 4.8 s
            match.exchanges.append(exchange);
            result.steps << row << match;
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_directory.isValid()); }

    void estimateForTheKnownPeopleThenTypedThenPreviewed()
    {
        app::WizardModel model(m_directory.filePath(QStringLiteral("w.ini")));
        model.demo = true;
        model.request.idp = QStringLiteral("entra");
        model.pilotPeople = 1200;
        model.latencyMs = 40;
        credentials::ProfileStore store(m_directory.filePath(QStringLiteral("p.ini")));
        app::GoLivePage page(model, store);
        page.initializePage();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *spinBox = child<QSpinBox>(page, "peopleSpinBox");
        auto *label = child<QLabel>(page, "firstSyncLabel");
        QVERIFY(spinBox->isVisible());
        QVERIFY(!spinBox->accessibleName().isEmpty());
        QCOMPARE(child<QLabel>(page, "peopleLabel")->buddy(), spinBox);
        QCOMPARE(spinBox->text(), QStringLiteral("1,200"));
        // 1,200 + 1 + 1,200 = 2,401 objects: 24.01–192.08 minutes; 2 × 40 ms is within 0.6 s.
        QCOMPARE(label->text(),
                 QStringLiteral(
                     "Your 1,200 people: about 24–192 minutes for the first cycle (Entra ID's guidance: "
                     "0.01–0.08 minutes per user, group and membership); this endpoint's answers "
                     "(median 40 ms) put it near the low end. Later cycles run about every 40 "
                     "minutes."));

        // The admin types in everyone: 5,000 + 1 + 5,000 = 10,001 objects, 100.01–800.08 minutes.
        typeNumber(spinBox, QStringLiteral("5000"));
        QCOMPARE(spinBox->value(), 5000);
        QVERIFY2(
            label->text().startsWith(QStringLiteral("Your 5,000 people: about 1.7–13.3 hours for the first "
                                                    "cycle")),
            qPrintable(label->text()));
        typeNumber(spinBox, QStringLiteral("0"));
        QVERIFY2(label->text().contains(QLatin1String("enter their number")), qPrintable(label->text()));

        // A later preview of 20 people, 3 s per answer (6 s per object, past 4.8 s): 41 objects,
        // 0.41–3.28 minutes.
        model.noteRun(preview(20));
        QCOMPARE(model.pilotPeople, 20);
        QCOMPARE(model.latencyMs, std::optional<double>(3000));
        QCOMPARE(spinBox->value(), 20);
        QCOMPARE(
            label->text(),
            QStringLiteral("Your 20 people: about 0.4–3.3 minutes for the first cycle (Entra ID's guidance: "
                           "0.01–0.08 minutes per user, group and membership); this endpoint's answers "
                           "(median 3,000 ms) put it near the high end, or beyond it. Later cycles run about "
                           "every 40 minutes."));
    }

    void nothingMeasuredYet()
    {
        app::WizardModel model(m_directory.filePath(QStringLiteral("w2.ini")));
        model.demo = true;
        model.request.idp = QStringLiteral("entra");
        credentials::ProfileStore store(m_directory.filePath(QStringLiteral("p.ini")));
        app::GoLivePage page(model, store);
        page.initializePage();
        auto *spinBox = child<QSpinBox>(page, "peopleSpinBox");
        auto *label = child<QLabel>(page, "firstSyncLabel");
        QCOMPARE(spinBox->value(), 0);
        QVERIFY2(label->text().contains(QLatin1String("enter their number")), qPrintable(label->text()));
        spinBox->setValue(1200);
        QCOMPARE(label->text(),
                 QStringLiteral(
                     "Your 1,200 people: about 24–192 minutes for the first cycle (Entra ID's guidance: "
                     "0.01–0.08 minutes per user, group and membership). Later cycles run about every "
                     "40 minutes."));
    }

    void oktaPublishesNoGuidance()
    {
        app::WizardModel model(m_directory.filePath(QStringLiteral("w3.ini")));
        model.demo = true;
        model.request.idp = QStringLiteral("okta");
        model.pilotPeople = 1200;
        model.latencyMs = 40;
        credentials::ProfileStore store(m_directory.filePath(QStringLiteral("p.ini")));
        app::GoLivePage page(model, store);
        page.initializePage();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString text = child<QLabel>(page, "firstSyncLabel")->text();
        QVERIFY2(text.startsWith(QLatin1String("Okta publishes no guidance")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("minutes")));
        QVERIFY(!child<QSpinBox>(page, "peopleSpinBox")->isVisible());
    }
};

QTEST_MAIN(TestGoLivePage)
#include "tst_golivepage.moc"
