#include "resourcepath.h"

#include "endpointurl.h"

#include <QCoreApplication>
#include <QStringList>

namespace scim {

namespace {

constexpr qsizetype MaxIdLength = 1024;

/// The segments of an encoded path, each percent-decoded, empty ones kept except the leading one.
QStringList decodedSegments(const QString &encodedPath)
{
    QStringList segments = encodedPath.split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.constFirst().isEmpty())
        segments.removeFirst();
    for (QString &segment : segments)
        segment = QString::fromUtf8(QByteArray::fromPercentEncoding(segment.toUtf8()));
    return segments;
}

} // namespace

IdProblem checkId(const QString &id)
{
    if (id.isEmpty())
        return IdProblem::Empty;
    if (id == QLatin1String(".") || id == QLatin1String(".."))
        return IdProblem::DotSegment;
    if (id.size() > MaxIdLength)
        return IdProblem::TooLong;
    for (const QChar c : id) {
        if (c.category() == QChar::Other_Control)
            return IdProblem::ControlCharacter;
    }
    return IdProblem::None;
}

QString describeIdProblem(IdProblem problem, const QString &id)
{
    switch (problem) {
    case IdProblem::None:
        return {};
    case IdProblem::Empty:
        return QCoreApplication::translate("scim", "the id is empty");
    case IdProblem::DotSegment:
        //: %1 is "." or ".."
        return QCoreApplication::translate("scim", "the id “%1” is a path step, not a name").arg(id);
    case IdProblem::ControlCharacter:
        return QCoreApplication::translate("scim", "the id contains an invisible control character");
    case IdProblem::TooLong:
        //: %1 is the number of characters in the id the service returned
        return QCoreApplication::translate("scim", "the id is %1 characters long").arg(id.size());
    }
    return {};
}

QString encodeSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString resourcePath(const QString &collection, const QString &id)
{
    return collection + QLatin1Char('/') + encodeSegment(id);
}

bool addressesExactly(const QUrl &url, const QUrl &base, const QString &relativePath)
{
    if (!url.isValid() || url.scheme() != base.scheme() || url.host() != base.host()
        || url.port() != base.port())
        return false;
    QStringList expected = decodedSegments(base.path(QUrl::FullyEncoded));
    QString relative = relativePath;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    if (!relative.isEmpty())
        expected += decodedSegments(QLatin1Char('/') + relative);
    return decodedSegments(EndpointUrl::sentPath(url)) == expected;
}

} // namespace scim
