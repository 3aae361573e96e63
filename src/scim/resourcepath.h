#pragma once

#include <QString>
#include <QUrl>

namespace scim {

/// A server-given id is data, never a path: it goes into a URL as exactly one percent-encoded
/// segment (RFC 3986), and some ids cannot name one resource at all.
enum class IdProblem {
    None,
    Empty,
    DotSegment, ///< "." or "..": a URL normaliser turns them into another resource
    ControlCharacter,
    TooLong,
};

/// What is wrong with @p id as the id of one resource.
IdProblem checkId(const QString &id);
/// A sentence naming the problem, for step details; empty for IdProblem::None.
QString describeIdProblem(IdProblem problem, const QString &id);

/// @p id percent-encoded as one path segment: every character but the unreserved ones
/// (ALPHA DIGIT - . _ ~) is encoded, so `/`, `?`, `#`, `%` and spaces stay inside the segment.
QString encodeSegment(const QString &id);
/// `Users/<id>`, `Groups/<id>`: a path relative to the endpoint with the id as one segment.
QString resourcePath(const QString &collection, const QString &id);
inline QString userPath(const QString &id)
{
    return resourcePath(QStringLiteral("Users"), id);
}
inline QString groupPath(const QString &id)
{
    return resourcePath(QStringLiteral("Groups"), id);
}

/// Whether @p url — as the network stack will send it (EndpointUrl::sentPath) — addresses exactly
/// @p base's path followed by @p relativePath's segments (each compared decoded), nothing else.
bool addressesExactly(const QUrl &url, const QUrl &base, const QString &relativePath);

} // namespace scim
