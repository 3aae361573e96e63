#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace engine {

/// One person of the pilot group, as the CSV file lists them.
struct GroupMember
{
    int line = 0; ///< where the row starts in the file (1 is the header)
    QString userName;
    /// givenName, familyName, email, externalId, displayName, title, department, employeeNumber:
    /// only the columns the file has, and only non-empty values.
    QMap<QString, QString> attributes;
};

/// A problem in the file, named by line and column (1-based; column 0: the whole row).
struct CsvProblem
{
    int line = 0;
    int column = 0;
    QString columnName;
    QString message;

    QString toString() const;
};

/// Reads the pilot group's CSV: a header row; `userName` required; the optional columns by their
/// SCIM names or by the column names of Entra ID's and Okta's user exports; UTF-8 with or without
/// a BOM, CRLF or LF, RFC 4180 quoting. Every problem is reported before anything is sent.
class GroupCsv
{
    Q_DECLARE_TR_FUNCTIONS(engine::GroupCsv)

public:
    static constexpr int MaxRows = 500;

    QList<GroupMember> members;
    QList<CsvProblem> problems;
    QStringList ignoredColumns; ///< header names that map to nothing (exports carry many)

    bool isValid() const { return problems.isEmpty(); }

    static GroupCsv parse(const QByteArray &data);
    /// Reads @p path; a problem at line 0 when the file cannot be read.
    static GroupCsv read(const QString &path);
    /// The SCIM attribute for a header name (case and spacing ignored), or empty.
    static QString attributeFor(const QString &header);
};

} // namespace engine
