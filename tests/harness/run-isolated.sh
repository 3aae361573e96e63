#!/usr/bin/env bash
# Runs one test in a private HOME and XDG tree that is removed afterwards, with no access to the
# developer's session bus or keychain.
#   run-isolated.sh [--keyring] -- COMMAND [ARGS...]
#   --keyring   a private D-Bus session with an unlocked gnome-keyring (a real Secret Service)
# The scratch folder is exported as SCIM_TEST_SCRATCH so a test can search it for leaked secrets.
set -uo pipefail

keyring=0
while [ $# -gt 0 ]; do
    case "$1" in
        --keyring) keyring=1; shift ;;
        --) shift; break ;;
        *) break ;;
    esac
done
[ $# -gt 0 ] || { echo "run-isolated.sh: no command given" >&2; exit 2; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/scim-test.XXXXXX") || exit 2
trap 'rm -rf "$scratch"' EXIT

export SCIM_TEST_SCRATCH="$scratch"
export HOME="$scratch/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_STATE_HOME="$HOME/.local/state" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS SCIM_CONSOLE_TOKEN GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

if [ "$keyring" -eq 1 ]; then
    command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null || {
        echo "run-isolated.sh: dbus-run-session and gnome-keyring-daemon are required (scripts/test installs them)" >&2
        exit 2
    }
    # The password only unlocks the throw-away login keyring in $scratch.
    dbus-run-session -- bash -c '
        printf "%s" scim-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
            || { echo "run-isolated.sh: gnome-keyring-daemon did not start" >&2; exit 2; }
        "$@"' keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
    rc=$?
else
    "$@"
    rc=$?
fi
wait
exit $rc
