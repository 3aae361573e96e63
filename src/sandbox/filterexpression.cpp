#include "filterexpression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

namespace sandbox {

struct FilterExpression::Node
{
    enum class Kind { And, Or, Compare, Present, ValuePath };
    Kind kind = Kind::Compare;
    std::unique_ptr<Node> left;
    std::unique_ptr<Node> right;
    AttrPath path;
    QString op;
    QJsonValue value;
    std::unique_ptr<Node> inner; ///< ValuePath: the filter inside the brackets
    QString tailSubAttribute; ///< ValuePath: `.value` after the brackets
    QString tailOp; ///< ValuePath: the comparison on the tail (empty: none)
    QJsonValue tailValue;
};

namespace {

using Node = FilterExpression::Node;

[[noreturn]] void invalid(const QString &detail)
{
    throw ScimFault {400, QStringLiteral("invalidFilter"), detail};
}

struct Token
{
    enum class Type { Word, String, Number, LParen, RParen, LBracket, RBracket, End };
    Type type = Type::End;
    QString text;
};

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char(':') || c == QLatin1Char('.')
            || c == QLatin1Char('$') || c == QLatin1Char('-');
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('[')
                   || c == QLatin1Char(']')) {
            static const QString symbols = QStringLiteral("()[]");
            static const Token::Type types[]
                = {Token::Type::LParen, Token::Type::RParen, Token::Type::LBracket, Token::Type::RBracket};
            tokens.append({types[symbols.indexOf(c)], QString(c)});
            ++i;
        } else if (c == QLatin1Char('"')) {
            // A JSON string: decode it with a JSON parser of its own so escapes mean what they say.
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            if (end >= text.size())
                invalid(QCoreApplication::translate("sandbox", "A string in the filter is not closed."));
            const QString literal = text.mid(i, end - i + 1);
            const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[" + literal.toUtf8() + "]"));
            if (!document.isArray())
                //: %1 is the quoted string from the SCIM filter
                invalid(QCoreApplication::translate("sandbox", "The filter string %1 has an invalid escape.")
                            .arg(literal));
            tokens.append({Token::Type::String, document.array().at(0).toString()});
            i = end + 1;
        } else if (isWordChar(c)) {
            qsizetype end = i;
            while (end < text.size() && isWordChar(text.at(end)))
                ++end;
            const QString word = text.mid(i, end - i);
            bool number = false;
            word.toDouble(&number);
            tokens.append({number ? Token::Type::Number : Token::Type::Word, word});
            i = end;
        } else {
            invalid(
                //: %1 is the unexpected character in the SCIM filter
                QCoreApplication::translate("sandbox", "Unexpected character “%1” in the filter.").arg(c));
        }
    }
    tokens.append({Token::Type::End, {}});
    return tokens;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    { }

    std::unique_ptr<Node> parseAll()
    {
        auto node = parseOr();
        if (peek().type != Token::Type::End)
            invalid(
                //: %1 is the unexpected word or symbol in the SCIM filter
                QCoreApplication::translate("sandbox", "Unexpected “%1” in the filter.").arg(peek().text));
        return node;
    }

private:
    const Token &peek() const { return m_tokens.at(m_position); }
    Token next() { return m_tokens.at(m_position++); }
    bool peekWord(const char *word) const
    {
        return peek().type == Token::Type::Word
            && peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    void expect(Token::Type type, const char *what)
    {
        if (next().type != type)
            //: %1 is the expected symbol or word, e.g. ) or ]
            invalid(QCoreApplication::translate("sandbox", "Expected “%1” in the filter.")
                        .arg(QLatin1String(what)));
    }

    /// Every node counts: a chain of 100,000 `or`s is as deep to evaluate and destroy as 100,000
    /// parentheses.
    std::unique_ptr<Node> newNode()
    {
        if (++m_nodes > MaxNodes)
            invalid(
                //: %1 is the maximum number of terms in a filter
                QCoreApplication::translate("sandbox", "The filter has more than %1 terms.").arg(MaxNodes));
        return std::make_unique<Node>();
    }

    /// Parentheses and value paths nest; a hostile filter must not exhaust the stack.
    struct Nesting
    {
        explicit Nesting(Parser &parser)
            : m_parser(parser)
        {
            if (++m_parser.m_depth > MaxDepth)
                //: %1 is the maximum nesting depth of a filter
                invalid(QCoreApplication::translate("sandbox", "The filter nests more than %1 levels deep.")
                            .arg(MaxDepth));
        }
        ~Nesting() { --m_parser.m_depth; }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;

    private:
        Parser &m_parser;
    };

    std::unique_ptr<Node> combine(Node::Kind kind, std::unique_ptr<Node> left, std::unique_ptr<Node> right)
    {
        auto node = newNode();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (peekWord("or")) {
            next();
            left = combine(Node::Kind::Or, std::move(left), parseAnd());
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseUnary();
        while (peekWord("and")) {
            next();
            left = combine(Node::Kind::And, std::move(left), parseUnary());
        }
        return left;
    }

    QJsonValue parseValue()
    {
        const Token token = next();
        switch (token.type) {
        case Token::Type::String:
            return token.text;
        case Token::Type::Number:
            return token.text.toDouble();
        case Token::Type::Word:
            if (token.text == QLatin1String("true"))
                return true;
            if (token.text == QLatin1String("false"))
                return false;
            if (token.text == QLatin1String("null"))
                return QJsonValue::Null;
            break;
        default:
            break;
        }
        invalid(
            //: %1 is the word found where a filter value was expected
            QCoreApplication::translate("sandbox", "“%1” is not a filter value; strings need double quotes.")
                .arg(token.text));
    }

    /// Reads a comparison operator and its value into @p op / @p value; returns false for `pr`.
    bool parseComparison(QString &op, QJsonValue &value)
    {
        const Token token = next();
        op = token.text.toLower();
        if (token.type != Token::Type::Word)
            invalid(QCoreApplication::translate("sandbox", "Expected an operator in the filter."));
        if (op == QLatin1String("pr"))
            return false;
        static const QStringList supported {QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("co"),
                                            QStringLiteral("sw")};
        static const QStringList rfcOnly {QStringLiteral("ew"), QStringLiteral("gt"), QStringLiteral("ge"),
                                          QStringLiteral("lt"), QStringLiteral("le")};
        if (rfcOnly.contains(op))
            invalid(
                //: %1 is a SCIM filter operator, e.g. gt
                QCoreApplication::translate("sandbox", "The operator “%1” is not supported here.").arg(op));
        if (!supported.contains(op))
            //: %1 is the word found where a filter operator was expected
            invalid(QCoreApplication::translate("sandbox", "“%1” is not a filter operator.").arg(token.text));
        value = parseValue();
        return true;
    }

    std::unique_ptr<Node> parseUnary()
    {
        if (peek().type == Token::Type::LParen) {
            next();
            const Nesting nesting(*this);
            auto node = parseOr();
            expect(Token::Type::RParen, ")");
            return node;
        }
        const Token word = next();
        if (word.type != Token::Type::Word)
            invalid(QCoreApplication::translate("sandbox", "Expected an attribute name in the filter."));
        if (word.text.compare(QLatin1String("not"), Qt::CaseInsensitive) == 0)
            invalid(QCoreApplication::translate("sandbox", "“not” is not supported here."));
        auto node = newNode();
        node->path = AttrPath::parse(word.text);
        if (peek().type == Token::Type::LBracket) {
            next();
            const Nesting nesting(*this);
            node->kind = Node::Kind::ValuePath;
            node->inner = parseOr();
            expect(Token::Type::RBracket, "]");
            if (peek().type == Token::Type::Word && peek().text.startsWith(QLatin1Char('.'))) {
                node->tailSubAttribute = next().text.mid(1);
                if (!parseComparison(node->tailOp, node->tailValue))
                    node->tailOp = QStringLiteral("pr");
            }
            return node;
        }
        if (parseComparison(node->op, node->value))
            node->kind = Node::Kind::Compare;
        else
            node->kind = Node::Kind::Present;
        return node;
    }

    static constexpr int MaxDepth = 32;
    static constexpr int MaxNodes = 500;

    QList<Token> m_tokens;
    qsizetype m_position = 0;
    int m_depth = 0;
    int m_nodes = 0;
};

QList<QJsonValue> candidates(const QJsonObject &resource, const AttrPath &path)
{
    const QJsonObject container = containerOf(resource, path);
    const QJsonValue value = container.value(keyFor(container, path.attribute));
    QList<QJsonValue> out;
    const auto pick = [&path](const QJsonValue &element) -> QJsonValue {
        if (!element.isObject())
            return path.subAttribute.isEmpty() ? element : QJsonValue();
        const QJsonObject object = element.toObject();
        const QString sub = path.subAttribute.isEmpty() ? QStringLiteral("value") : path.subAttribute;
        return object.value(keyFor(object, sub));
    };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            out.append(pick(element));
    } else if (!value.isUndefined() && !value.isNull()) {
        out.append(value.isObject() || !path.subAttribute.isEmpty() ? pick(value) : value);
    }
    out.removeIf([](const QJsonValue &v) { return v.isUndefined() || v.isNull(); });
    return out;
}

bool compare(const QJsonValue &candidate, const QString &op, const QJsonValue &value, bool caseExact)
{
    const Qt::CaseSensitivity cs = caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (op == QLatin1String("eq") || op == QLatin1String("ne")) {
        bool equal = false;
        if (candidate.isString() && value.isString())
            equal = candidate.toString().compare(value.toString(), cs) == 0;
        else
            equal = candidate == value;
        return op == QLatin1String("eq") ? equal : !equal;
    }
    if (!candidate.isString() || !value.isString())
        return false;
    if (op == QLatin1String("co"))
        return candidate.toString().contains(value.toString(), cs);
    return candidate.toString().startsWith(value.toString(), cs);
}

bool compareAny(const QList<QJsonValue> &values, const QString &op, const QJsonValue &value, bool caseExact)
{
    if (value.isNull())
        return (op == QLatin1String("eq")) == values.isEmpty();
    if (op == QLatin1String("ne")) {
        for (const QJsonValue &candidate : values) {
            if (!compare(candidate, QStringLiteral("ne"), value, caseExact))
                return false;
        }
        return true;
    }
    for (const QJsonValue &candidate : values) {
        if (compare(candidate, op, value, caseExact))
            return true;
    }
    return false;
}

bool present(const QList<QJsonValue> &values)
{
    for (const QJsonValue &value : values) {
        if (!(value.isString() && value.toString().isEmpty())
            && !(value.isArray() && value.toArray().isEmpty()))
            return true;
    }
    return false;
}

bool evaluate(const Node &node, const QJsonObject &resource, bool caseExactUserName)
{
    switch (node.kind) {
    case Node::Kind::And:
        return evaluate(*node.left, resource, caseExactUserName)
            && evaluate(*node.right, resource, caseExactUserName);
    case Node::Kind::Or:
        return evaluate(*node.left, resource, caseExactUserName)
            || evaluate(*node.right, resource, caseExactUserName);
    case Node::Kind::Present:
        return present(candidates(resource, node.path));
    case Node::Kind::Compare:
        return compareAny(
            candidates(resource, node.path), node.op, node.value,
            isCaseExact(node.path)
                || (caseExactUserName
                    && node.path.attribute.compare(QLatin1String("userName"), Qt::CaseInsensitive) == 0));
    case Node::Kind::ValuePath: {
        const QJsonObject container = containerOf(resource, node.path);
        const QJsonValue attribute = container.value(keyFor(container, node.path.attribute));
        const QJsonArray elements = attribute.isArray() ? attribute.toArray() : QJsonArray {attribute};
        for (const QJsonValue &element : elements) {
            if (!element.isObject() || !evaluate(*node.inner, element.toObject(), caseExactUserName))
                continue;
            if (node.tailOp.isEmpty())
                return true;
            const AttrPath tail {{}, node.tailSubAttribute, {}};
            const QList<QJsonValue> values = candidates(element.toObject(), tail);
            const AttrPath full {node.path.schema, node.path.attribute, node.tailSubAttribute};
            if (node.tailOp == QLatin1String("pr")
                    ? present(values)
                    : compareAny(values, node.tailOp, node.tailValue, isCaseExact(full)))
                return true;
        }
        return false;
    }
    }
    return false;
}

} // namespace

FilterExpression FilterExpression::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        invalid(QCoreApplication::translate("sandbox", "The filter is empty."));
    return FilterExpression(Parser(tokenize(text)).parseAll());
}

FilterExpression::FilterExpression(std::unique_ptr<Node> root)
    : m_root(std::move(root))
{ }

FilterExpression::FilterExpression(FilterExpression &&) noexcept = default;
FilterExpression &FilterExpression::operator=(FilterExpression &&) noexcept = default;
FilterExpression::~FilterExpression() = default;

bool FilterExpression::matches(const QJsonObject &resource) const
{
    return evaluate(*m_root, resource, m_caseExactUserName);
}

bool elementMatches(const FilterExpression &filter, const QJsonValue &element)
{
    return element.isObject() && filter.matches(element.toObject());
}

} // namespace sandbox
