#include "engine/mapping/expression.h"

#include "engine/mapping/expressionfunctions_p.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <vector>

namespace engine {

namespace {

using namespace expression;

struct Node
{
    enum class Kind { Empty, Literal, Attribute, Call, Equals };
    Kind kind = Kind::Empty;
    QString text; ///< the literal's value, the attribute's or the function's name
    qsizetype position = 0;
    std::vector<Node> args;
};

/// Entra's expression syntax, by recursive descent; the depth is capped before the stack can be.
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    std::optional<Node> parse()
    {
        Node root;
        if (m_text.size() > MaxExpressionLength) {
            fail(MaxExpressionLength,
                 //: %1 is the maximum length of a mapping expression, in characters
                 QCoreApplication::translate("engine", "the expression is longer than %1 characters")
                     .arg(MaxExpressionLength));
            return std::nullopt;
        }
        skipSpace();
        if (atEnd())
            fail(0, QCoreApplication::translate("engine", "the expression is empty"));
        else if (argument(&root, 0) && (skipSpace(), !atEnd()))
            fail(m_pos,
                 //: %1 is the unexpected character in the attribute mapping expression
                 QCoreApplication::translate("engine", "unexpected “%1” after the end of the expression")
                     .arg(m_text.at(m_pos)));
        return m_error ? std::nullopt : std::optional<Node>(std::move(root));
    }

    ExpressionError error() const { return m_error.value_or(ExpressionError {}); }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    bool fail(qsizetype position, const QString &message)
    {
        if (!m_error)
            m_error = ExpressionError {position, message};
        return false;
    }

    /// A value, or a comparison of two: [country]="USA".
    bool argument(Node *out, int depth)
    {
        if (!primary(out, depth))
            return false;
        skipSpace();
        if (peek() != QLatin1Char('='))
            return true;
        Node comparison {Node::Kind::Equals, {}, m_pos, {}};
        ++m_pos;
        skipSpace();
        Node right;
        if (!primary(&right, depth))
            return false;
        comparison.args.push_back(std::move(*out));
        comparison.args.push_back(std::move(right));
        *out = std::move(comparison);
        return true;
    }

    bool primary(Node *out, int depth)
    {
        out->position = m_pos;
        const QChar c = peek();
        if (c == QLatin1Char('"'))
            return literal(out);
        if (c == QLatin1Char('['))
            return attribute(out);
        if (c.isDigit() || c == QLatin1Char('-'))
            return number(out);
        if (c.isLetter() || c == QLatin1Char('_'))
            return call(out, depth);
        if (atEnd())
            return fail(m_pos, QCoreApplication::translate("engine", "a value is missing at the end"));
        return fail(m_pos,
                    //: %1 is the unexpected character in the attribute mapping expression
                    QCoreApplication::translate(
                        "engine", "expected a function, an [attribute] or a \"string\", not “%1”")
                        .arg(c));
    }

    /// "text", where \" is a quote and \\ a backslash.
    bool literal(Node *out)
    {
        out->kind = Node::Kind::Literal;
        for (++m_pos; !atEnd(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"')) {
                ++m_pos;
                return true;
            }
            const QChar next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
            if (c == QLatin1Char('\\') && (next == QLatin1Char('"') || next == QLatin1Char('\\')))
                out->text += m_text.at(++m_pos);
            else
                out->text += c;
        }
        return fail(out->position,
                    QCoreApplication::translate("engine", "this string is never closed with \""));
    }

    bool attribute(Node *out)
    {
        out->kind = Node::Kind::Attribute;
        const qsizetype close = m_text.indexOf(QLatin1Char(']'), m_pos);
        if (close < 0)
            return fail(m_pos, QCoreApplication::translate("engine", "this [ is never closed with ]"));
        out->text = m_text.mid(m_pos + 1, close - m_pos - 1).trimmed();
        if (out->text.isEmpty())
            return fail(m_pos, QCoreApplication::translate("engine", "an attribute name is missing in []"));
        m_pos = close + 1;
        return true;
    }

    bool number(Node *out)
    {
        out->kind = Node::Kind::Literal;
        const qsizetype start = m_pos++;
        while (!atEnd() && (peek().isDigit() || peek() == QLatin1Char('.')))
            ++m_pos;
        out->text = m_text.mid(start, m_pos - start);
        if (out->text == QLatin1String("-"))
            return fail(start, QCoreApplication::translate("engine", "a number is missing after -"));
        return true;
    }

    bool call(Node *out, int depth)
    {
        if (depth >= MaxExpressionDepth) {
            return fail(m_pos,
                        //: %1 is the maximum nesting depth of functions
                        QCoreApplication::translate("engine", "functions are nested more than %1 deep")
                            .arg(MaxExpressionDepth));
        }
        out->kind = Node::Kind::Call;
        const qsizetype start = m_pos;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == QLatin1Char('_')))
            ++m_pos;
        out->text = m_text.mid(start, m_pos - start);
        skipSpace();
        if (peek() != QLatin1Char('('))
            //: %1 is the name of a mapping function, e.g. Join
            return fail(m_pos, QCoreApplication::translate("engine", "expected “(” after %1").arg(out->text));
        const qsizetype open = m_pos++;
        skipSpace();
        if (peek() == QLatin1Char(')')) {
            ++m_pos;
            return checkArity(*out);
        }
        for (;;) {
            Node value;
            value.position = m_pos;
            skipSpace();
            if (!atEnd() && peek() != QLatin1Char(',') && peek() != QLatin1Char(')')) {
                if (!argument(&value, depth + 1))
                    return false;
                skipSpace();
            }
            out->args.push_back(std::move(value));
            if (atEnd()) {
                return fail(
                    open,
                    //: %1 is the name of a mapping function, e.g. Join
                    QCoreApplication::translate("engine", "this “(” of %1 is never closed").arg(out->text));
            }
            const QChar next = m_text.at(m_pos++);
            if (next == QLatin1Char(')'))
                return checkArity(*out);
            if (next != QLatin1Char(',')) {
                return fail(m_pos - 1,
                            //: %1 is the name of a mapping function, e.g. Join, %2 the unexpected character
                            QCoreApplication::translate("engine", "expected “,” or “)” in %1, not “%2”")
                                .arg(out->text, next));
            }
        }
    }

    bool checkArity(const Node &call)
    {
        const Function *function = findFunction(call.text);
        const int count = int(call.args.size());
        if (!function
            || (count >= function->minArgs && (function->maxArgs < 0 || count <= function->maxArgs)))
            return true;
        QString takes = QString::number(function->minArgs);
        if (function->maxArgs < 0)
            //: %1 is the minimum number of arguments a mapping function takes
            takes = QCoreApplication::translate("engine", "at least %1").arg(function->minArgs);
        else if (function->maxArgs != function->minArgs)
            //: %1 is the minimum, %2 the maximum number of arguments a mapping function takes
            takes = QCoreApplication::translate("engine", "%1 to %2")
                        .arg(function->minArgs)
                        .arg(function->maxArgs);
        //: %1 a function's name, %2 how many arguments it takes (a number, "at least 2", "1 to 2")
        return fail(call.position,
                    QCoreApplication::translate("engine", "%1 takes %2, not %n argument(s)", nullptr, count)
                        .arg(call.text, takes));
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    std::optional<ExpressionError> m_error;
};

ExpressionValue evaluate(const Node &node, const SourceLookup &lookup)
{
    switch (node.kind) {
    case Node::Kind::Empty:
        return {};
    case Node::Kind::Literal:
        return yield(node.text);
    case Node::Kind::Attribute:
        return yield(lookup ? lookup(node.text) : std::nullopt);
    case Node::Kind::Equals: {
        const ExpressionValue left = evaluate(node.args[0], lookup);
        const ExpressionValue right = evaluate(node.args[1], lookup);
        ExpressionValue result = boolean(left.value.value_or(QString()) == right.value.value_or(QString()));
        inherit(&result, left);
        inherit(&result, right);
        return result;
    }
    case Node::Kind::Call:
        break;
    }
    Args args;
    args.reserve(node.args.size());
    for (const Node &value : node.args)
        args.push_back(evaluate(value, lookup));
    const Function *function = findFunction(node.text);
    if (!function) {
        return sampleOf(node.text,
                        //: %1 is the name of a mapping function the console does not evaluate
                        QCoreApplication::translate("engine", "%1 is not evaluated; a sample value stands in")
                            .arg(node.text));
    }
    ExpressionValue result = function->apply(args);
    if (!function->selects) {
        for (const ExpressionValue &value : args)
            inherit(&result, value);
    }
    return result;
}

void collectAttributes(const Node &node, QStringList *names)
{
    if (node.kind == Node::Kind::Attribute && !names->contains(node.text))
        names->append(node.text);
    for (const Node &value : node.args)
        collectAttributes(value, names);
}

} // namespace

std::variant<ExpressionValue, ExpressionError> evaluateExpression(const QString &expression,
                                                                  const SourceLookup &lookup)
{
    Parser parser(expression);
    const std::optional<Node> root = parser.parse();
    if (!root)
        return parser.error();
    ExpressionValue result = evaluate(*root, lookup);
    if (result.value && result.value->isEmpty())
        result.value.reset();
    return result;
}

std::optional<ExpressionError> checkExpression(const QString &expression)
{
    Parser parser(expression);
    if (parser.parse())
        return std::nullopt;
    return parser.error();
}

QStringList expressionAttributes(const QString &expression)
{
    QStringList names;
    if (const std::optional<Node> root = Parser(expression).parse())
        collectAttributes(*root, &names);
    return names;
}

} // namespace engine
