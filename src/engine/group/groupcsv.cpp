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
        return GroupCsv::tr("line %1: %2").arg(line).arg(message);
    const QString where = columnName.isEmpty()
        ? GroupCsv::tr("line %1, column %2").arg(line).arg(column)
        : GroupCsv::tr("line %1, column %2 (%3)").arg(line).arg(column).arg(columnName);
    return where + QStringLiteral(": ") + message;
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
    // The header.
    QStringList attributes;
    QStringList headers;
    QSet<QString> seen;
    for (int c = 0; c < rows.first().size(); ++c) {
        const QString header = rows.first().at(c).text.trimmed();
        headers.append(header);
        const QString attribute = attributeFor(header);
        if (!attribute.isEmpty() && seen.contains(attribute)) {
            csv.problems.append({1, c + 1, header, tr("a second column for %1").arg(attribute)});
            attributes.append(QString());
            continue;
        }
        if (attribute.isEmpty() && !header.isEmpty())
            csv.ignoredColumns.append(header);
        seen.insert(attribute);
        attributes.append(attribute);
    }
    if (!seen.contains(QStringLiteral("userName"))) {
        csv.problems.append(
            {1, 0, {}, tr("no userName column (also accepted: userPrincipalName, Username, login)")});
        return finish();
    }
    // The rows.
    QSet<QString> userNames;
    static const QRegularExpression spaceOrQuote(QStringLiteral("[\\s\"]"));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (int r = 1; r < rows.size(); ++r) {
        const QList<Field> &row = rows.at(r);
        const int line = row.isEmpty() ? 0 : row.first().line;
        if (row.size() == 1 && row.first().text.trimmed().isEmpty())
            continue; // a blank line
        if (row.size() != headers.size()) {
            csv.problems.append(
                {line,
                 0,
                 {},
                 tr("%1 values where the header has %2 columns").arg(row.size()).arg(headers.size())});
            continue;
        }
        GroupMember member;
        member.line = line;
        for (int c = 0; c < row.size(); ++c) {
            const QString value = row.at(c).text.trimmed();
            const QString &attribute = attributes.at(c);
            if (attribute.isEmpty())
                continue;
            if (const auto control
                = std::find_if(value.cbegin(), value.cend(),
                               [](QChar ch) { return ch.category() == QChar::Other_Control; });
                control != value.cend()) {
                //: %1 is a code point such as U+0000
                csv.problems.append({line, c + 1, headers.at(c),
                                     tr("contains the invisible control character %1")
                                         .arg(QStringLiteral("U+%1")
                                                  .arg(control->unicode(), 4, 16, QLatin1Char('0'))
                                                  .toUpper())});
                continue;
            }
            if (attribute == QLatin1String("userName")) {
                member.userName = value;
                if (value.isEmpty())
                    csv.problems.append({line, c + 1, headers.at(c), tr("userName is empty")});
                else if (value.contains(spaceOrQuote))
                    csv.problems.append(
                        {line, c + 1, headers.at(c), tr("“%1” contains a space or a quote").arg(value)});
                else if (userNames.contains(value.toLower()))
                    csv.problems.append({line, c + 1, headers.at(c), tr("“%1” is listed twice").arg(value)});
                userNames.insert(value.toLower());
                continue;
            }
            if (value.isEmpty())
                continue;
            if (attribute == QLatin1String("email") && !emailPattern.match(value).hasMatch())
                csv.problems.append(
                    {line, c + 1, headers.at(c), tr("“%1” is not an email address").arg(value)});
            member.attributes.insert(attribute, value);
        }
        csv.members.append(member);
    }
    if (csv.members.isEmpty() && csv.problems.isEmpty() && structural.isEmpty())
        csv.problems.append({1, 0, {}, tr("the file has a header but no people")});
    if (csv.members.size() > MaxRows)
        csv.problems.append({0,
                             0,
                             {},
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
