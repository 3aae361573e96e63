#!/usr/bin/env bash
# Writes scim-console.1 from the built executable's own help texts, so the man page can never
# drift from the program: the synopsis, options and command list come from the top-level --help,
# and a COMMANDS section from each command's --help (and each profile sub-command's), in English.
#   generate-man.sh EXECUTABLE OUTPUT VERSION RELEASE_DATE(YYYY-MM-DD)
set -euo pipefail
exe=$1 out=$2 version=$3 date=$4
# English whatever the builder's locale; a throw-away HOME so no profile or setting is read.
export LC_ALL=C LANG=C LANGUAGE=
unset SCIM_CONSOLE_TOKEN SCIM_CONSOLE_CLIENT_SECRET SCIM_CONSOLE_PASSWORD
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT

# A help text as roff. Qt's help (and the top level's) puts an option's spec and its text in two
# columns, continued by indentation; "Usage: X" becomes a sub-heading unless it is the synopsis.
to_roff() {
    awk -v heading="${1:-}" '
        function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return s }
        function text(s) { s = esc(s); if (s ~ /^[.\047]/) s = "\\&" s; return s }
        function item(spec, desc) {
            spec = esc(spec); gsub(/<[^>]*>/, "\\fI&\\fB", spec); gsub(/[<>]/, "", spec)
            print ".TP"; print "\\fB" spec "\\fR"
            if (desc != "") print text(desc)
        }
        NR == 1 {
            sub(/^Usage: /, "")
            if (heading == "synopsis") { print ".SH SYNOPSIS"; print text($0); print ".SH DESCRIPTION" }
            else print ".SS \"" esc($0) "\""
            next
        }
        /^Options:$/ { if (heading == "synopsis") print ".SH OPTIONS"; next }
        /^Commands:$/ { print ".SS Commands"; commands = 1; next }
        /^  +[^ ]/ && (inItem || commands) && /^   / && !/^  +-/ {
            line = $0; sub(/^ +/, "", line); print text(line); next
        }
        /^  +[^ ]/ && (commands || /^  +-/) {
            spec = $0; sub(/^ +/, "", spec); desc = ""
            if (match(spec, /  +/)) { desc = substr(spec, RSTART + RLENGTH); spec = substr(spec, 1, RSTART - 1) }
            else if (commands && match(spec, / /)) { desc = substr(spec, RSTART + 1); spec = substr(spec, 1, RSTART - 1) }
            item(spec, desc); inItem = 1; next
        }
        /^$/ { inItem = 0; commands = 0; print ".PP"; next }
        { inItem = 0; line = $0; sub(/^ +/, "", line); print text(line) }
    '
}

page=$(mktemp)
trap 'rm -rf "$HOME" "$page"' EXIT
{
    printf '.TH SCIM-CONSOLE 1 "%s" "scim-console %s" "User Commands"\n' "$(date -u -d "$date" '+%B %Y')" "$version"
    echo '.SH NAME'
    echo 'scim-console \- prepare, verify and pilot SCIM 2.0 provisioning from Entra ID or Okta'
    "$exe" --help | to_roff synopsis
    [ "$("$exe" --version)" = "scim-console $version" ] || { echo "generate-man.sh: $exe is not version $version" >&2; exit 1; }

    echo '.SH COMMANDS'
    mapfile -t commands < <("$exe" --help | awk '/^Commands:$/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
    [ "${#commands[@]}" -gt 0 ] || { echo "generate-man.sh: $exe --help lists no commands" >&2; exit 1; }
    for command in "${commands[@]}"; do
        if [ "$command" = profile ]; then
            # "profile" has sub-commands, each with its own options.
            mapfile -t subs < <("$exe" profile --help | awk '$1 == "scim-console" && $2 == "profile" { print $3 }')
            [ "${#subs[@]}" -gt 0 ] || { echo "generate-man.sh: profile --help lists no sub-commands" >&2; exit 1; }
            for sub in "${subs[@]}"; do "$exe" profile "$sub" --help | to_roff; done
        else
            "$exe" "$command" --help | to_roff
        fi
    done
    cat <<'ROFF'
.SH ENVIRONMENT
.TP
.B SCIM_CONSOLE_TOKEN\fR, \fBSCIM_CONSOLE_PASSWORD\fR, \fBSCIM_CONSOLE_CLIENT_SECRET
The secret for a command that is not given a stored profile.
A secret never goes on the command line; the console removes these variables from its
environment as the first thing it does.
.SH SEE ALSO
The README and docs/ARCHITECTURE.md of the source tree describe every command, its JSON output
and the exit codes.
ROFF
} >"$page"
# Non-ASCII characters (the help's dashes and quotes) as groff's named Unicode escapes.
perl -CSD -pe 's/([^\x00-\x7f])/sprintf("\\[u%04X]", ord $1)/ge' "$page" >"$out"
