#!/usr/bin/env bash
# Fails if any C++ source of the project is not clang-format clean.
#   check-format.sh SOURCE_DIR
set -euo pipefail
cd "$1"
mapfile -t files < <(find src tests bench tools -type f \( -name '*.cpp' -o -name '*.h' \) -not -path '*/node_modules/*' | sort)
[ "${#files[@]}" -gt 0 ] || { echo "check-format.sh: no sources found" >&2; exit 1; }
clang-format --dry-run --Werror "${files[@]}"
echo "clang-format: ${#files[@]} files clean"
