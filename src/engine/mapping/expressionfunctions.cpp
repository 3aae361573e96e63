#include "engine/mapping/expressionfunctions_p.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace engine::expression {

std::optional<QString> arg(const Args &args, size_t i)
{
    return i < args.size() ? args[i].value : std::nullopt;
}

QString text(const Args &args, size_t i)
{
    return arg(args, i).value_or(QString());
}

ExpressionValue yield(std::optional<QString> value)
{
    ExpressionValue result;
    result.value = std::move(value);
    return result;
}

QString truth(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

ExpressionValue boolean(bool value)
{
    return yield(truth(value));
}

bool isTrue(const std::optional<QString> &value)
{
    return value && value->trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

std::optional<int> integer(const Args &args, size_t i)
{
    bool ok = false;
    const int number = text(args, i).trimmed().toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

/// A sample value standing in for what @p function would have yielded.
ExpressionValue sampleOf(const QString &function, const QString &why)
{
    return {QStringLiteral("sample-") + function.toLower(), {}, true, why};
}

/// @p result also becomes a sample when @p from, which it was computed from, is one.
void inherit(ExpressionValue *result, const ExpressionValue &from)
{
    if (!from.sample || result->sample)
        return;
    result->sample = true;
    result->note = from.note;
}

ExpressionValue notANumber(const char *function, const QString &value)
{
    return sampleOf(QLatin1String(function),
                    //: %1 is the name of a mapping function, e.g. Left, %2 the value given
                    QCoreApplication::translate("engine", "%1 needs a whole number, not “%2”")
                        .arg(QLatin1String(function), value));
}

/// Applies @p f to the source (the first argument); a missing source yields nothing.
template<typename F>
ExpressionValue onSource(const Args &a, F f)
{
    return arg(a, 0) ? yield(f(text(a, 0))) : ExpressionValue {};
}

// The functions, with Entra's documented semantics. A missing source yields nothing, as Entra
// then sends nothing.

ExpressionValue fnCoalesce(const Args &a)
{
    for (const ExpressionValue &value : a) {
        if (value.value && !value.value->isEmpty())
            return value;
    }
    return {};
}

ExpressionValue fnIif(const Args &a)
{
    ExpressionValue result = isTrue(a[0].value) ? a[1] : a[2];
    inherit(&result, a[0]);
    return result;
}

/// Join(separator, source1, source2, …): the values that are there (all of a multi-valued one).
ExpressionValue fnJoin(const Args &a)
{
    QStringList parts;
    for (size_t i = 1; i < a.size(); ++i) {
        if (!a[i].values.isEmpty())
            parts += a[i].values;
        else if (a[i].value && !a[i].value->isEmpty())
            parts.append(*a[i].value);
    }
    return parts.isEmpty() ? ExpressionValue {} : yield(parts.join(text(a, 0)));
}

ExpressionValue fnLeft(const Args &a)
{
    const std::optional<int> count = integer(a, 1);
    if (!arg(a, 0))
        return {};
    if (!count)
        return notANumber("Left", text(a, 1));
    return yield(*count < 0 ? text(a, 0) : text(a, 0).left(*count));
}

/// Mid(source, start, length), start counting from 1.
ExpressionValue fnMid(const Args &a)
{
    const std::optional<int> start = integer(a, 1);
    const std::optional<int> length = integer(a, 2);
    if (!arg(a, 0))
        return {};
    if (!start || *start < 1)
        return notANumber("Mid", text(a, 1));
    if (!length || *length < 0)
        return notANumber("Mid", text(a, 2));
    return yield(text(a, 0).mid(*start - 1, *length));
}

QString withoutDiacritics(const QString &source)
{
    // Letters that do not decompose into a base letter and a mark.
    static const struct
    {
        char16_t letter;
        const char *plain;
    } letters[] = {{u'\u00c6', "AE"}, {u'\u00e6', "ae"}, {u'\u00d8', "O"},  {u'\u00f8', "o"},
                   {u'\u0152', "OE"}, {u'\u0153', "oe"}, {u'\u00df', "ss"}, {u'\u0141', "L"},
                   {u'\u0142', "l"},  {u'\u0110', "D"},  {u'\u0111', "d"},  {u'\u00d0', "D"},
                   {u'\u00f0', "d"},  {u'\u00de', "TH"}, {u'\u00fe', "th"}, {u'\u0131', "i"}};
    QString plain;
    for (const QChar c : source.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const auto *found = std::find_if(std::begin(letters), std::end(letters),
                                         [c](const auto &entry) { return entry.letter == c.unicode(); });
        if (found != std::end(letters))
            plain += QLatin1String(found->plain);
        else
            plain += c;
    }
    return plain;
}

/// .NET's $1, ${name} and $$ in a replacement, filled from @p match.
QString expandGroups(const QString &replacement, const QRegularExpressionMatch &match)
{
    static const QRegularExpression reference(QStringLiteral("\\$(?:\\{(\\w+)\\}|(\\d{1,2})|\\$)"));
    QString expanded;
    qsizetype last = 0;
    for (auto it = reference.globalMatch(replacement); it.hasNext();) {
        const QRegularExpressionMatch ref = it.next();
        expanded += QStringView(replacement).mid(last, ref.capturedStart() - last);
        if (ref.hasCaptured(1))
            expanded += match.captured(ref.captured(1));
        else if (ref.hasCaptured(2))
            expanded += match.captured(ref.captured(2).toInt());
        else
            expanded += QLatin1Char('$');
        last = ref.capturedEnd();
    }
    expanded += QStringView(replacement).mid(last);
    return expanded;
}

/// Each match of @p regex in @p source, or only its group @p group, replaced by @p replacement.
QString replaceMatches(const QString &source, const QRegularExpression &regex, const QString &group,
                       const QString &replacement)
{
    QString replaced;
    qsizetype last = 0;
    for (auto it = regex.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = group.isEmpty() ? match.capturedStart() : match.capturedStart(group);
        if (start < last)
            continue;
        replaced += QStringView(source).mid(last, start - last);
        replaced += group.isEmpty() ? expandGroups(replacement, match) : replacement;
        last = group.isEmpty() ? match.capturedEnd() : match.capturedEnd(group);
    }
    replaced += QStringView(source).mid(last);
    return replaced;
}

/// Replace(source, oldValue, regexPattern, regexGroupName, replacementValue,
/// replacementAttributeName, template), in each of its documented forms.
ExpressionValue fnReplace(const Args &a)
{
    const std::optional<QString> source = arg(a, 0);
    const QString oldValue = text(a, 1);
    const QString group = text(a, 3);
    if (text(a, 2).isEmpty()) {
        if (!oldValue.isEmpty() && arg(a, 6))
            return yield(text(a, 6).replace(oldValue, source.value_or(QString())));
        if (!source || oldValue.isEmpty())
            return yield(source);
        return yield(QString(*source).replace(oldValue, text(a, 4)));
    }
    const QRegularExpression regex(text(a, 2));
    if (!regex.isValid()) {
        return sampleOf(QStringLiteral("Replace"),
                        //: %1 is the regular expression given to Replace, %2 why it is invalid
                        QCoreApplication::translate("engine", "“%1” is not a regular expression: %2")
                            .arg(text(a, 2), regex.errorString()));
    }
    if (!group.isEmpty() && !arg(a, 4)) {
        if (source && !source->isEmpty())
            return yield(source);
        const QRegularExpressionMatch match = regex.match(text(a, 5));
        return match.hasMatch() ? yield(match.captured(group)) : ExpressionValue {};
    }
    return source ? yield(replaceMatches(*source, regex, group, text(a, 4))) : ExpressionValue {};
}

ExpressionValue fnSingleAppRoleAssignment(const Args &a)
{
    if (!text(a, 0).isEmpty())
        return a[0];
    return sampleOf(
        QStringLiteral("SingleAppRoleAssignment"),
        QCoreApplication::translate("engine", "the person has no app role; a sample role is sent"));
}

ExpressionValue fnSplit(const Args &a)
{
    if (!arg(a, 0))
        return {};
    ExpressionValue result;
    result.values = text(a, 1).isEmpty() ? QStringList {text(a, 0)} : text(a, 0).split(text(a, 1));
    result.value = result.values.constFirst();
    return result;
}

/// Switch(source, defaultValue, key1, value1, key2, value2, …).
ExpressionValue fnSwitch(const Args &a)
{
    ExpressionValue result = a[1];
    for (size_t i = 2; i + 1 < a.size(); i += 2) {
        if (a[0].value && a[i].value == a[0].value) {
            result = a[i + 1];
            break;
        }
    }
    inherit(&result, a[0]);
    return result;
}

/// Word(source, wordNumber, delimiters): the wordNumber-th word (from 1), or an empty text.
ExpressionValue fnWord(const Args &a)
{
    const std::optional<int> number = integer(a, 1);
    if (!arg(a, 0))
        return {};
    if (!number)
        return notANumber("Word", text(a, 1));
    const QString delimiters = text(a, 2);
    QStringList words {QString()};
    for (const QChar c : text(a, 0)) {
        if (!delimiters.contains(c))
            words.last() += c;
        else if (!words.last().isEmpty())
            words.append(QString());
    }
    words.removeAll(QString());
    return yield(*number >= 1 && *number <= words.size() ? words.at(*number - 1) : QString());
}

/// A function entry (a factory, so that the short lambdas stay on one line).
constexpr Function entry(const char *name, int minArgs, int maxArgs, bool selects,
                         ExpressionValue (*apply)(const Args &))
{
    return {name, minArgs, maxArgs, selects, apply};
}

QString lower(const Args &a, const QString &s)
{
    return text(a, 1).isEmpty() ? s.toLower() : QLocale(text(a, 1)).toLower(s);
}

QString upper(const Args &a, const QString &s)
{
    return text(a, 1).isEmpty() ? s.toUpper() : QLocale(text(a, 1)).toUpper(s);
}

const Function functions[] = {
    entry("append", 2, 2, false,
          [](const Args &a) {
              return onSource(a, [&a](const QString &s) -> QString { return s + text(a, 1); });
          }),
    entry("coalesce", 1, -1, true, fnCoalesce),
    entry("iif", 3, 3, true, fnIif),
    entry("isnull", 1, 1, false, [](const Args &a) { return boolean(!arg(a, 0)); }),
    entry("isnullorempty", 1, 1, false, [](const Args &a) { return boolean(text(a, 0).isEmpty()); }),
    entry("ispresent", 1, 1, false, [](const Args &a) { return boolean(!text(a, 0).isEmpty()); }),
    entry("isstring", 1, 1, false, [](const Args &a) { return boolean(arg(a, 0).has_value()); }),
    entry("join", 1, -1, false, fnJoin),
    entry("left", 2, 2, false, fnLeft),
    entry("mid", 3, 3, false, fnMid),
    entry("normalizediacritics", 1, 1, false, [](const Args &a) { return onSource(a, withoutDiacritics); }),
    entry("not", 1, 1, false,
          [](const Args &a) { return onSource(a, [](const QString &s) { return truth(!isTrue(s)); }); }),
    entry("replace", 2, 7, false, fnReplace),
    entry("singleapproleassignment", 1, 1, true, fnSingleAppRoleAssignment),
    entry("split", 2, 2, false, fnSplit),
    entry("stripspaces", 1, 1, false,
          [](const Args &a) { return onSource(a, [](QString s) { return s.remove(QLatin1Char(' ')); }); }),
    entry("switch", 2, -1, true, fnSwitch),
    entry("tolower", 1, 2, false,
          [](const Args &a) { return onSource(a, [&a](const QString &s) { return lower(a, s); }); }),
    entry("toupper", 1, 2, false,
          [](const Args &a) { return onSource(a, [&a](const QString &s) { return upper(a, s); }); }),
    entry("trim", 1, 1, false,
          [](const Args &a) { return onSource(a, [](const QString &s) { return s.trimmed(); }); }),
    entry("word", 3, 3, false, fnWord),
};

const Function *findFunction(const QString &name)
{
    for (const Function &function : functions) {
        if (name.compare(QLatin1String(function.name), Qt::CaseInsensitive) == 0)
            return &function;
    }
    return nullptr;
}
} // namespace engine::expression
