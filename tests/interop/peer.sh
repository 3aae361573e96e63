#!/usr/bin/env bash
# Starts or stops the independent SCIM peer (SCIMMY) for the interop tests: a ctest fixture.
#   peer.sh start|stop SOURCE_DIR STATE_DIR
# start writes STATE_DIR/endpoint.json ({"endpoint", "token"}) once the peer listens; the peer logs
# every request to STATE_DIR/requests.log.
set -euo pipefail
action=$1
source_dir=$2
state=$3

case "$action" in
start)
    command -v node >/dev/null || { echo "peer.sh: Node.js is missing (scripts/test installs it)" >&2; exit 1; }
    [ -d "$source_dir/node_modules/scimmy" ] || { echo "peer.sh: run 'npm ci' in $source_dir (scripts/test does)" >&2; exit 1; }
    mkdir -p "$state"
    rm -f "$state/endpoint.json"
    : >"$state/requests.log"
    SCIM_INTEROP_LOG="$state/requests.log" node "$source_dir/server.mjs" 0 >"$state/endpoint.json" 2>"$state/peer.log" &
    echo $! >"$state/pid"
    for _ in $(seq 1 200); do
        if grep -q endpoint "$state/endpoint.json" 2>/dev/null; then
            cat "$state/endpoint.json"
            exit 0
        fi
        kill -0 "$(cat "$state/pid")" 2>/dev/null || { echo "peer.sh: the peer exited:" >&2; cat "$state/peer.log" >&2; exit 1; }
        sleep 0.1
    done
    echo "peer.sh: the peer did not start within 20 s" >&2
    exit 1
    ;;
stop)
    [ -f "$state/pid" ] && kill "$(cat "$state/pid")" 2>/dev/null || true
    rm -f "$state/pid"
    ;;
*)
    echo "usage: peer.sh start|stop SOURCE_DIR STATE_DIR" >&2
    exit 2
    ;;
esac
