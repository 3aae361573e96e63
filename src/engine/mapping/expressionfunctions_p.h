#pragma once

// Entra's expression functions, for the evaluator in expression.cpp.
#include "engine/mapping/expression.h"

#include <vector>

namespace engine::expression {

using Args = std::vector<ExpressionValue>;

struct Function
{
    const char *name; ///< lower case
    int minArgs;
    int maxArgs; ///< -1: any number
    /// Yields one of its arguments as it is: the arguments it leaves aside do not make it a sample.
    bool selects;
    ExpressionValue (*apply)(const Args &args);
};

/// The function named @p name in any letter case; nullptr when the console does not know it.
const Function *findFunction(const QString &name);
/// A value, or none.
ExpressionValue yield(std::optional<QString> value);
/// "True" or "False".
ExpressionValue boolean(bool value);
/// Makes @p result a sample when @p from is one.
void inherit(ExpressionValue *result, const ExpressionValue &from);
/// The sample value of a function the console does not evaluate, and why.
ExpressionValue sampleOf(const QString &function, const QString &why);

} // namespace engine::expression
