#!/usr/bin/env bash
# Starts or stops the OAuth 2.0 token server (tokenserver.mjs) in front of a running SCIMMY peer, for
# the interop tests: a ctest fixture that requires the peer's.
#   tokenserver.sh start|stop SOURCE_DIR STATE_DIR PEER_STATE_DIR
# start writes STATE_DIR/endpoint.json ({"endpoint", "tokenEndpoint", "clientId", "clientSecret"};
# a new client secret each start) once it listens; it logs every token request and every rejected
# bearer token to STATE_DIR/tokens.log ("grant N …" per token issued). SCIM_INTEROP_OAUTH_LIFETIME
# sets the tokens' lifetime in seconds (default 3600).
set -euo pipefail
action=$1
source_dir=$2
state=$3
peer_state=$4

case "$action" in
start)
    command -v node >/dev/null || { echo "tokenserver.sh: Node.js is missing (scripts/test installs it)" >&2; exit 1; }
    [ -f "$peer_state/endpoint.json" ] || { echo "tokenserver.sh: no peer in $peer_state (peer.sh start)" >&2; exit 1; }
    mkdir -p "$state"
    rm -f "$state/endpoint.json"
    : >"$state/tokens.log"
    SCIM_INTEROP_OAUTH_LOG="$state/tokens.log" node "$source_dir/tokenserver.mjs" "$peer_state/endpoint.json" 0 \
        >"$state/endpoint.json" 2>"$state/tokenserver.log" &
    echo $! >"$state/pid"
    for _ in $(seq 1 200); do
        if grep -q endpoint "$state/endpoint.json" 2>/dev/null; then
            cat "$state/endpoint.json"
            exit 0
        fi
        kill -0 "$(cat "$state/pid")" 2>/dev/null || { echo "tokenserver.sh: the token server exited:" >&2; cat "$state/tokenserver.log" >&2; exit 1; }
        sleep 0.1
    done
    echo "tokenserver.sh: the token server did not start within 20 s" >&2
    exit 1
    ;;
stop)
    [ -f "$state/pid" ] && kill "$(cat "$state/pid")" 2>/dev/null || true
    rm -f "$state/pid"
    ;;
*)
    echo "usage: tokenserver.sh start|stop SOURCE_DIR STATE_DIR PEER_STATE_DIR" >&2
    exit 2
    ;;
esac
