#!/usr/bin/env bash
# Builds the .deb from a build tree with cpack, checks it with lintian, desktop-file-validate and
# appstreamcli, extracts it with dpkg-deb and runs what it ships: the executable (--version, demo),
# the man page and the bash completion (commands, options, a stored profile's name).
#   check-package.sh BUILD_DIR VERSION APP_ID   (under run-isolated.sh --keyring)
set -euo pipefail
build=$1 version=$2 app_id=$3
scratch=${SCIM_TEST_SCRATCH:?run me through tests/harness/run-isolated.sh}
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli man; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/test installs it)"
done

echo "== cpack -G DEB"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; fail "cpack could not build the package"; }
debs=("$scratch"/out/scim-console_"$version"-*.deb)
[ -f "${debs[0]}" ] || fail "no scim-console_$version-*.deb in $(ls "$scratch/out")"
deb=${debs[0]}
dpkg-deb --field "$deb" Package Version Section Depends Recommends Homepage Maintainer
# CMake turns unescaped quotes or semicolons in the description into list separators.
dpkg-deb --field "$deb" Description | grep -qE ';[^ ]' && fail "the package description was mangled"

echo "== lintian"
# Overridden tags (the package's own lintian-overrides) do not count; information tags are shown.
LC_ALL=C.UTF-8 lintian --fail-on error,warning --display-info "$deb" 2> >(grep -v 'running with root privileges' >&2) \
    || fail "lintian found errors or warnings"

root=$scratch/root
dpkg-deb -x "$deb" "$root"
echo "== desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "the desktop file is not valid"
grep -q "^Icon=$app_id$" "$root/usr/share/applications/$app_id.desktop" || fail "the desktop file names another icon"
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the AppStream metadata is not valid"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the AppStream metadata has no release $version"
for size in 16 22 24 32 48 64 128 256; do
    [ -s "$root/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png" ] || fail "no ${size}px icon"
done

echo "== the packaged executable"
exe=$root/usr/bin/scim-console
[ "$("$exe" --version)" = "scim-console $version" ] || fail "scim-console --version does not say $version"
demo_rc=0
"$exe" demo >"$scratch/demo.out" 2>&1 || demo_rc=$?
cat "$scratch/demo.out"
[ "$demo_rc" -eq 0 ] || fail "scim-console demo exited $demo_rc"
grep -q 'the embedded sandbox tenant is running at http://127.0.0.1:' "$scratch/demo.out" \
    || fail "demo did not start the sandbox"
grep -q '^Verify passed: ' "$scratch/demo.out" || fail "demo's verify did not pass"
grep -q '^Pilot passed: ' "$scratch/demo.out" || fail "demo's pilot did not pass"

echo "== the man page"
page=$root/usr/share/man/man1/scim-console.1.gz
man_text=$(MANWIDTH=100 man -l "$page" 2>/dev/null)
mapfile -t commands < <("$exe" --help | awk '/^Commands:$/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
[ "${#commands[@]}" -ge 5 ] || fail "--help lists only ${#commands[@]} commands"
for command in "${commands[@]}"; do
    grep -qE "^ +scim-console $command( |$)" <<<"$man_text" || fail "the man page has no section for '$command'"
done
grep -q -- '--endpoint URL' <<<"$man_text" || fail "the man page lacks the options"

echo "== the bash completion"
printf 'not-a-real-token-0123456789' \
    | "$exe" profile add "Pilot EU" --endpoint https://acme.surecloud.com/scim/v2 >/dev/null \
    || fail "could not store a profile to complete"
completion=$root/usr/share/bash-completion/completions/scim-console
complete_words() { # complete_words WORD…: what the completion offers for the last word
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _scim_console
             printf "%s\n" "${COMPREPLY[@]}"' complete "$completion" "$exe" "$@"
}
[ "$(complete_words ver)" = verify ] || fail "'ver' does not complete to verify: $(complete_words ver)"
grep -qx -- '--endpoint' <<<"$(complete_words verify --e)" || fail "verify's options do not complete"
grep -qx 'set-token' <<<"$(complete_words profile "")" || fail "profile's sub-commands do not complete"
[ "$(complete_words pilot --profile P)" = 'Pilot\ EU' ] || fail "--profile does not complete the stored name"
[ "$(complete_words profile remove "")" = 'Pilot\ EU' ] || fail "profile remove does not complete the name"
if grep -rq not-a-real-token "$scratch/out" "$scratch/demo.out" <(complete_words pilot --profile ""); then
    fail "the token showed up where it must not"
fi
echo "package-deb: $(basename "$deb") passed every check"
