// The completeness gate: every translations/*.ts but English (which holds only plural forms) has
// every message finished, and each translation keeps its source's placeholders and mnemonics.
// Adding a language is its .ts file plus its line in src/CMakeLists.txt; this test finds it.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one per plural form
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message {context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            QStringList forms;
            QString text;
            while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            message.translations = forms.isEmpty() ? QStringList {text} : forms;
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

/// %1…%99, %n, %Ln, %L1: sorted, so a translation may reorder them but not drop or add one.
/// Plural forms may leave the count out ("Ein Benutzer"): @p withCount false ignores %n and %Ln.
QStringList placeholders(const QString &text, bool withCount = true)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString placeholder = it.next().captured(0);
        if (withCount || !placeholder.endsWith(QLatin1Char('n')))
            found.append(placeholder);
    }
    std::sort(found.begin(), found.end());
    return found;
}

/// Keyboard mnemonics: "&x" counts, "&&" (a literal ampersand) does not.
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&'))
            ++i;
        else if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

} // namespace

class TestTranslationsComplete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void language_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SCIM_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("scim-console_*.ts")}, QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString &file : files) {
            if (file != QLatin1String("scim-console_en.ts"))
                QTest::newRow(qPrintable(file)) << dir.filePath(file);
        }
    }

    void language()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + QLatin1String(": ") + message.source.left(60);
            const QString translation = message.translations.constFirst();
            if (message.unfinished || message.translations.join(QString()).trimmed().isEmpty()) {
                problems.append(QLatin1String("unfinished — ") + where);
                continue;
            }
            const bool plural = message.translations.size() > 1;
            for (const QString &form : message.translations) {
                if (placeholders(message.source, !plural) != placeholders(form, !plural))
                    problems.append(QLatin1String("placeholders differ — ") + where);
            }
            if (mnemonics(message.source) != mnemonics(translation))
                problems.append(QLatin1String("mnemonics differ — ") + where);
        }
        QVERIFY2(problems.isEmpty(),
                 qUtf8Printable(QStringLiteral("%1 problem(s) in %2:\n").arg(problems.size()).arg(path)
                                + problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void theGateCatchesAMissingPlaceholder()
    {
        QCOMPARE(placeholders(QStringLiteral("%2 of %1, %n and %L3")),
                 (QStringList {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%L3"),
                               QStringLiteral("%n")}));
        QVERIFY(placeholders(QStringLiteral("%1 und %2")) != placeholders(QStringLiteral("%1 und")));
        QCOMPARE(mnemonics(QStringLiteral("&Save && close")), 1);
    }
};

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translationscomplete.moc"
