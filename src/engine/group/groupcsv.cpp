#include "engine/group/groupcsv.h"

#include "common/boundedfile.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace engine {

namespace {

struct Field
{
    QString text;
    int line = 0;
};

/// RFC 4180 records; a problem stops the reading (the rest could not be trusted).
QList<QList<Field>> records(const QString &text, QList<CsvProblem> *problems)
{
    QList<QList<Field>> rows;
    QList<Field> row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (only a separator may follow)
    int line = 1;
    int fieldLine = 1;
    int column = 1;
    const auto endField = [&] {
        row.append({field, fieldLine});
        field.clear();
        wasQuoted = false;
        ++column;
        fieldLine = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endField();
            rows.append(row);
            row.clear();
            ++line;
            fieldLine = line;
            column = 1;
        } else if (wasQuoted) {
            problems->append(
                {line, column, {}, GroupCsv::tr("text after a closing quote; quote the whole value")});
            return rows;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty()) {
                problems->append(
                    {line,
                     column,
                     {},
                     GroupCsv::tr("a quote inside an unquoted value; quote the value and double the quote")});
                return rows;
            }
            quoted = true;
        } else {
            field += c;
        }
    }
    if (quoted) {
        problems->append({fieldLine, column, {}, GroupCsv::tr("a quoted value is never closed")});
        return rows;
    }
    if (!field.isEmpty() || wasQuoted || !row.isEmpty()) {
        endField();
        rows.append(row);
    }
    return rows;
}

QString key(const QString &header)
{
    QString k = header.toLower();
    static const QRegularExpression separators(QStringLiteral("[\\s_.-]"));
    k.remove(separators);
    return k;
}

} // namespace

QString CsvProblem::toString() const
{
    if (line == 0)
        return message;
    if (column == 0)
        //: %L1 is the CSV file's line number, %2 the problem found there (a sentence)
        return GroupCsv::tr("line %L1: %2").arg(line).arg(message);
    if (columnName.isEmpty())
        //: %L1 is the CSV file's line number, %L2 the column's number, %3 the problem (a sentence)
        return GroupCsv::tr("line %L1, column %L2: %3").arg(line).arg(column).arg(message);
    //: %L1 is the CSV file's line number, %L2 the column's number, %3 the column's header, %4 the problem
    //: (a sentence)
    return GroupCsv::tr("line %L1, column %L2 (%3): %4").arg(line).arg(column).arg(columnName, message);
}

QString GroupCsv::attributeFor(const QString &header)
{
    // SCIM names, then Entra ID's export (Users > Download users), then Okta's (Reports > People).
    static const QMap<QString, QString> map {
        {QStringLiteral("username"), QStringLiteral("userName")},
        {QStringLiteral("userprincipalname"), QStringLiteral("userName")},
        {QStringLiteral("upn"), QStringLiteral("userName")},
        {QStringLiteral("login"), QStringLiteral("userName")},
        {QStringLiteral("givenname"), QStringLiteral("givenName")},
        {QStringLiteral("firstname"), QStringLiteral("givenName")},
        {QStringLiteral("familyname"), QStringLiteral("familyName")},
        {QStringLiteral("surname"), QStringLiteral("familyName")},
        {QStringLiteral("lastname"), QStringLiteral("familyName")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("mail"), QStringLiteral("email")},
        {QStringLiteral("primaryemail"), QStringLiteral("email")},
        {QStringLiteral("externalid"), QStringLiteral("externalId")},
        {QStringLiteral("displayname"), QStringLiteral("displayName")},
        {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("jobtitle"), QStringLiteral("title")},
        {QStringLiteral("department"), QStringLiteral("department")},
        {QStringLiteral("employeenumber"), QStringLiteral("employeeNumber")},
        {QStringLiteral("employeeid"), QStringLiteral("employeeNumber")},
    };
    return map.value(key(header));
}

namespace {

/// Reads the header and the rows into a GroupCsv, naming every problem by line and column.
class RowReader
{
public:
    explicit RowReader(GroupCsv *csv)
        : m_csv(csv)
    { }

    /// The columns; false when there is no userName column.
    bool header(const QList<Field> &row)
    {
        QSet<QString> seen;
        for (int c = 0; c < row.size(); ++c) {
            const QString header = row.at(c).text.trimmed();
            m_headers.append(header);
            const QString attribute = GroupCsv::attributeFor(header);
            if (!attribute.isEmpty() && seen.contains(attribute)) {
                //: %1 is the attribute the column maps to, e.g. email
                problem(1, c, GroupCsv::tr("a second column for %1").arg(attribute));
                m_attributes.append(QString());
                continue;
            }
            if (attribute.isEmpty() && !header.isEmpty())
                m_csv->ignoredColumns.append(header);
            seen.insert(attribute);
            m_attributes.append(attribute);
        }
        if (seen.contains(QStringLiteral("userName")))
            return true;
        m_csv->problems.append(
            {1,
             0,
             {},
             GroupCsv::tr("no userName column (also accepted: userPrincipalName, Username, login)")});
        return false;
    }

    void row(const QList<Field> &row)
    {
        const int line = row.isEmpty() ? 0 : row.first().line;
        if (row.size() == 1 && row.first().text.trimmed().isEmpty())
            return; // a blank line
        if (row.size() != m_headers.size()) {
            m_csv->problems.append({line,
                                    0,
                                    {},
                                    //: %1 is the number of values in the CSV row, %2 the number of columns
                                    GroupCsv::tr("%1 values where the header has %2 columns")
                                        .arg(row.size())
                                        .arg(m_headers.size())});
            return;
        }
        GroupMember member;
        member.line = line;
        for (int c = 0; c < row.size(); ++c) {
            const QString value = row.at(c).text.trimmed();
            const QString &attribute = m_attributes.at(c);
            if (attribute.isEmpty() || !acceptable(line, c, value))
                continue;
            if (attribute == QLatin1String("userName"))
                member.userName = userName(line, c, value);
            else if (!value.isEmpty())
                member.attributes.insert(attribute, value);
        }
        m_csv->members.append(member);
    }

private:
    void problem(int line, int column, const QString &message)
    {
        m_csv->problems.append({line, column + 1, m_headers.value(column), message});
    }

    /// No control characters; an email column holds an address.
    bool acceptable(int line, int column, const QString &value)
    {
        static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        const auto control = std::find_if(value.cbegin(), value.cend(),
                                          [](QChar ch) { return ch.category() == QChar::Other_Control; });
        if (control != value.cend()) {
            //: %1 is a code point such as U+0000
            problem(
                line, column,
                GroupCsv::tr("contains the invisible control character %1")
                    .arg(QStringLiteral("U+%1").arg(control->unicode(), 4, 16, QLatin1Char('0')).toUpper()));
            return false;
        }
        if (m_attributes.at(column) == QLatin1String("email") && !value.isEmpty()
            && !emailPattern.match(value).hasMatch())
            //: %1 is the value in the email column
            problem(line, column, GroupCsv::tr("“%1” is not an email address").arg(value));
        return true;
    }

    QString userName(int line, int column, const QString &value)
    {
        static const QRegularExpression spaceOrQuote(QStringLiteral("[\\s\"]"));
        if (value.isEmpty())
            problem(line, column, GroupCsv::tr("userName is empty"));
        else if (value.contains(spaceOrQuote))
            //: %1 is the userName value from the CSV file
            problem(line, column, GroupCsv::tr("“%1” contains a space or a quote").arg(value));
        else if (m_userNames.contains(value.toLower()))
            //: %1 is the userName value from the CSV file
            problem(line, column, GroupCsv::tr("“%1” is listed twice").arg(value));
        m_userNames.insert(value.toLower());
        return value;
    }

    GroupCsv *m_csv;
    QStringList m_headers;
    QStringList m_attributes;
    QSet<QString> m_userNames;
};

} // namespace

GroupCsv GroupCsv::parse(const QByteArray &data)
{
    GroupCsv csv;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        csv.problems.append({0, 0, {}, tr("The file is not UTF-8 text; save it as “CSV UTF-8”.")});
        return csv;
    }
    // A structural problem stops the reading; the rows before it are still checked, so that
    // every problem the file has up to there is named at once.
    QList<CsvProblem> structural;
    const QList<QList<Field>> rows = records(text, &structural);
    const auto finish = [&csv, &structural] {
        csv.problems.append(structural);
        std::stable_sort(csv.problems.begin(), csv.problems.end(),
                         [](const CsvProblem &a, const CsvProblem &b) { return a.line < b.line; });
        return csv;
    };
    if (rows.isEmpty() && !structural.isEmpty())
        return finish();
    if (rows.isEmpty()) {
        csv.problems.append({1, 0, {}, tr("the file is empty; it needs a header row with userName")});
        return csv;
    }
    RowReader reader(&csv);
    if (!reader.header(rows.first()))
        return finish();
    for (qsizetype r = 1; r < rows.size(); ++r)
        reader.row(rows.at(r));
    if (csv.members.isEmpty() && csv.problems.isEmpty() && structural.isEmpty())
        csv.problems.append({1, 0, {}, tr("the file has a header but no people")});
    if (csv.members.size() > MaxRows)
        csv.problems.append({0,
                             0,
                             {},
                             //: %1 is the number of people in the file, %2 the maximum allowed
                             tr("%1 people: at most %2 — this is a pilot, not a migration.")
                                 .arg(csv.members.size())
                                 .arg(MaxRows)});
    return finish();
}

GroupCsv GroupCsv::read(const QString &path)
{
    // 500 rows of a wide export stay far below this; anything bigger is not a pilot group.
    constexpr qint64 MaxBytes = 4 * 1024 * 1024;
    const common::BoundedFile file = common::BoundedFile::read(path, MaxBytes);
    if (!file.ok()) {
        GroupCsv csv;
        csv.problems.append({0, 0, {}, file.error});
        return csv;
    }
    return parse(file.data);
}

} // namespace engine
