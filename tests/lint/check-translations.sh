#!/usr/bin/env bash
# Fails if lupdate would change a translations/*.ts file, or if a source string uses "..."
# where the typographic ellipsis belongs. With --update, rewrites the .ts files instead.
#   check-translations.sh LUPDATE SOURCE_DIR [--update]
set -euo pipefail
lupdate=$1
root=$2
mode=${3:-check}
cd "$root"

run_lupdate() { # TS_FILES...
    local ts
    for ts in "$@"; do
        # English needs only its plural forms ("%n day(s)" → "1 day", "2 days").
        local extra=()
        case $ts in *_en.ts) extra=(-pluralonly) ;; esac
        "$lupdate" -silent -locations none -no-obsolete "${extra[@]}" -extensions cpp,h,ui src ui -ts "$ts"
    done
}

if [ "$mode" = "--update" ]; then
    run_lupdate translations/*.ts
    exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp translations/*.ts "$scratch/"
run_lupdate "$scratch"/*.ts
status=0
for ts in translations/*.ts; do
    if ! diff -u "$ts" "$scratch/$(basename "$ts")"; then
        echo "check-translations.sh: $ts is out of date; run scripts/update-translations" >&2
        status=1
    fi
done
if grep -n '<source>[^<]*\.\.\.' translations/*.ts; then
    echo "check-translations.sh: use the ellipsis character (…) instead of ... in user-visible text" >&2
    status=1
fi
[ $status -eq 0 ] && echo "translations: up to date, no '...'"
exit $status
