#!/usr/bin/env bash
# QLatin1String / QLatin1Char take Latin-1, but our sources are UTF-8: a literal with a non-ASCII
# character (—, →, …) inside them comes out garbled. Use QStringLiteral / QChar for those.
set -euo pipefail
root=$1
if hits=$(grep -rnP 'QLatin1(String|StringView|Char)\((["'"'"'])[^"'"'"']*[^\x00-\x7F]' \
        "$root/src" "$root/tools" --include='*.cpp' --include='*.h'); then
    printf 'non-ASCII text inside a QLatin1 literal (use QStringLiteral):\n%s\n' "$hits" >&2
    exit 1
fi
