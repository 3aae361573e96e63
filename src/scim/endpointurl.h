#pragma once

#include <QString>
#include <QUrl>

namespace scim {

/// A SCIM base URL as the admin pasted it, checked and normalised: whitespace trimmed, https (or
/// http to a loopback host only), no user info, no fragment. The base query (Entra's
/// `?aadOptscim062020`) is kept and re-applied to every request URL.
class EndpointUrl
{
public:
    enum class Problem {
        None,
        Empty,
        Malformed,
        UnsupportedScheme,
        PlainHttpToRemoteHost,
        UserInfo,
        Fragment,
        SecretInQuery, ///< e.g. ?access_token=…: the secret would be in every URL and log line
        PathChangedOnTheWay, ///< the network stack would send another path ("/a/../b", "/.x/y")
    };

    EndpointUrl() = default;

    /// Parses @p text; check problem() / message() before use.
    static EndpointUrl parse(const QString &text);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    /// A sentence naming what is wrong, for the admin (empty when valid).
    QString message() const;

    /// What a valid URL still gets wrong as identity providers use it: a resource at the end
    /// (/Users, /Groups: a problem) or a path without "scim" (a warning).
    struct Advice
    {
        enum class Level { None, Warning, Problem };
        Level level = Level::None;
        QString message;
        QString fix;
    };
    Advice advice() const;

    /// The normalised base, e.g. https://host/scim/v2?aadOptscim062020.
    QUrl url() const { return m_url; }
    QString toString() const { return m_url.toString(QUrl::FullyEncoded); }
    bool isLoopback() const;

    /// Joins @p relativePath ("Users", "/Users/abc") under the base path and re-applies the base
    /// query before @p encodedQuery (already percent-encoded, without '?').
    QUrl resolve(const QString &relativePath, const QString &encodedQuery = {}) const;

    static bool isLoopbackHost(const QString &host);
    /// The path of @p url as the network stack puts it on the request line (dot segments
    /// resolved as Qt resolves them), percent-encoded.
    static QString sentPath(const QUrl &url);

private:
    QUrl m_url;
    Problem m_problem = Problem::Empty;
    QString m_input;
    QString m_secretKey; ///< the query key that looked like a secret
    QString m_sentPath; ///< PathChangedOnTheWay: what would be sent instead
};

} // namespace scim
