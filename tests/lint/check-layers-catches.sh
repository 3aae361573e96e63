#!/usr/bin/env bash
# The layer lint can fail: on a fixture tree with three forbidden includes (upward, sideways
# inside the engine, a front end building the client) it must fail and name exactly those three.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
output=$("$here/check-layers.sh" "$here/fixtures/layers" 2>&1)
status=$?
if ((status == 0)); then
    echo "check-layers.sh passed a tree with forbidden includes" >&2
    exit 1
fi
for expected in 'engine/run/upward.cpp:2: #include "app/setupwizard.h"' \
                'engine/pilot/sideways.cpp:2: #include "engine/group/grouprun.h"' \
                'cli/client.cpp:3: #include "scim/scimclient.h"'; do
    if ! grep -qF "$expected" <<<"$output"; then
        printf 'check-layers.sh did not name %s; it said:\n%s\n' "$expected" "$output" >&2
        exit 1
    fi
done
count=$(grep -c '^  ' <<<"$output")
if ((count != 3)); then
    printf 'check-layers.sh named %d lines instead of 3:\n%s\n' "$count" "$output" >&2
    exit 1
fi
