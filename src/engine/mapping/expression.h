#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace engine {

/// The value of one source attribute of the person, or nullopt when the person has none.
using SourceLookup = std::function<std::optional<QString>(const QString &attribute)>;

/// What a Microsoft Entra mapping expression yields for one person.
struct ExpressionValue
{
    /// nullopt: the expression yields nothing, and Entra sends nothing (an empty text neither, so
    /// evaluateExpression() returns nullopt for it).
    std::optional<QString> value;
    /// For multi-valued results (Split); value is then the first of them. Empty for most functions.
    QStringList values;
    bool sample = false; ///< the console could not evaluate it exactly and sent a sample value instead
    QString note; ///< why it is a sample (e.g. "AppRoleAssignmentsComplex is not evaluated…")
};

/// An expression that does not parse.
struct ExpressionError
{
    qsizetype position = 0; ///< where in the expression's text, 0-based
    QString message; ///< what is wrong there, in words
};

/// Entra's own cap on an expression's length, in characters.
inline constexpr qsizetype MaxExpressionLength = 10000;
/// How deep functions may be nested in one another.
inline constexpr int MaxExpressionDepth = 64;

/// Parses and evaluates @p expression for one person: Entra's syntax (functions, [attribute]
/// references, "string" constants with \" and \\ escapes, empty arguments, [a]="b" comparisons).
/// Functions the console does not evaluate yield a sample value ("sample-<name>"), never an error.
std::variant<ExpressionValue, ExpressionError> evaluateExpression(const QString &expression,
                                                                  const SourceLookup &lookup);
/// The syntax check of evaluateExpression() alone: nullopt when @p expression parses.
std::optional<ExpressionError> checkExpression(const QString &expression);
/// The source attributes an expression reads ([name] references), each once, in the order they
/// first appear; empty when it does not parse.
QStringList expressionAttributes(const QString &expression);

} // namespace engine
