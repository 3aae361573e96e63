#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sandbox {

class FilterExpression;

/// One configured attribute path (RFC 7644 §3.10): `title`, `name.formatted`, `addresses`,
/// `addresses.locality`, `addresses[type eq "work"].locality`, or an extension's attribute after
/// its URN, `urn:…:enterprise:2.0:User:department`. Names compare case-insensitively.
struct AttributeRule
{
    QString text; ///< as configured: error details quote it
    QString schema; ///< an extension's URN, or empty for the core schema
    QString attribute;
    QString subAttribute;
    std::shared_ptr<const FilterExpression> filter; ///< `[…]`, selecting elements; null: all

    /// Parses @p text; nullopt if it cannot be an attribute path.
    static std::optional<AttributeRule> parse(const QString &text);
};

/// The User attributes a service does not keep, as services with a narrower schema than
/// RFC 7643's behave: some are dropped silently, some refused with 400 invalidValue.
class AttributeFilter
{
public:
    AttributeFilter() = default;
    /// Paths that do not parse (see isValidPath()) are ignored, here and in the setters.
    AttributeFilter(const QStringList &drop, const QStringList &reject);

    /// Whether @p text can be an attribute path.
    static bool isValidPath(const QString &text) { return AttributeRule::parse(text).has_value(); }

    void setDropped(const QStringList &paths);
    void setRejected(const QStringList &paths);
    /// A refusal's detail names no attribute, as some services answer: the client must find out.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    const QStringList &dropped() const { return m_droppedTexts; }
    const QStringList &rejected() const { return m_rejectedTexts; }
    bool isQuiet() const { return m_quiet; }
    bool isEmpty() const { return m_drop.isEmpty() && m_reject.isEmpty(); }

    /// Throws ScimFault (400 invalidValue) if @p resource holds a value — not null, not an empty
    /// string, array or object — at a rejected path; otherwise returns it without the dropped
    /// attributes, and without what they leave empty (a `name` object, an extension and its URN
    /// in `schemas`). Refusing comes first: a path both dropped and rejected is refused.
    QJsonObject apply(QJsonObject resource) const;

private:
    QList<AttributeRule> m_drop;
    QList<AttributeRule> m_reject;
    QStringList m_droppedTexts;
    QStringList m_rejectedTexts;
    bool m_quiet = false;
};

} // namespace sandbox
