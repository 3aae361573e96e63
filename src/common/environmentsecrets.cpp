#include "environmentsecrets.h"

#include <cstdlib>
#include <cstring>
#include <string>

namespace common {

namespace {

constexpr std::size_t Count = std::size(SecretVariables);
TakenSecrets g_taken;

void wipe(char *bytes, std::size_t size)
{
    // Through a volatile pointer, so the compiler cannot drop the stores as dead.
    volatile char *p = bytes;
    for (std::size_t i = 0; i < size; ++i)
        p[i] = 0;
}

void wipe(std::string &text)
{
    wipe(text.data(), text.size());
    text.clear();
}

} // namespace

void takeSecretsFromEnvironment()
{
    for (std::size_t i = 0; i < Count; ++i) {
        char *value = std::getenv(SecretVariables[i]);
        if (!value)
            continue;
        g_taken[i].assign(value);
        wipe(value, std::strlen(value));
        ::unsetenv(SecretVariables[i]);
    }
}

Secret takeEnvironmentSecret(const char *name)
{
    for (std::size_t i = 0; i < Count; ++i) {
        if (std::strcmp(SecretVariables[i], name) != 0)
            continue;
        Secret value(QByteArray(g_taken[i].data(), qsizetype(g_taken[i].size())));
        wipe(g_taken[i]);
        return value;
    }
    return {};
}

TakenSecrets &takenEnvironmentSecrets()
{
    return g_taken;
}

void adoptEnvironmentSecrets(TakenSecrets &taken)
{
    if (&taken == &g_taken)
        return;
    for (std::size_t i = 0; i < Count; ++i) {
        if (taken[i].empty())
            continue;
        wipe(g_taken[i]);
        g_taken[i].assign(taken[i]);
        wipe(taken[i]);
    }
}

void discardEnvironmentSecrets()
{
    for (std::string &value : g_taken)
        wipe(value);
}

} // namespace common
