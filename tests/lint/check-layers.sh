#!/usr/bin/env bash
# The layer rule of docs/ARCHITECTURE.md, checked on every #include "folder/…" under src/:
# a library includes only its own headers and those of the libraries below it, and inside the
# engine the scenarios (verify, pilot, group) stand on the frame (run) and the IdP model (idp) —
# the pilot also on the attribute mapping (mapping, itself on idp) — but never on each other. The front ends never build the HTTP client nor open the keychain: they ask
# the engine for a target. The build enforces the library part too (each library exposes only
# its own folder); this names the offending line. Usage: check-layers.sh SOURCE_ROOT
set -euo pipefail
root=$1

# What each library may include besides itself.
declare -A allowed=(
    [common]=""
    [scim]="common"
    [credentials]="common"
    [request]="common"
    [sandbox]="common"
    [shell]="common"
    [engine]="common scim credentials"
    [reports]="common scim engine"
    [app]="common scim credentials request engine reports sandbox shell"
    [cli]="common scim credentials request engine reports sandbox"
)
# Inside the engine: what each folder may include besides itself.
declare -A engine_allowed=(
    [idp]=""
    [mapping]="idp"
    [run]="idp"
    [verify]="run idp"
    [pilot]="run idp mapping"
    [group]="run idp"
)
# Headers only the engine (and credentials) may use.
front_end_forbidden='^(scim/scimclient\.h|credentials/tokenvault\.h)$'

problems=()
while IFS= read -r -d '' file; do
    rel=${file#"$root/src/"}
    library=${rel%%/*}
    [[ $rel == */* ]] || continue # src/main.cpp and src/coreplugin.cpp wire everything together
    if [[ -z ${allowed[$library]+set} ]]; then
        problems+=("$rel: src/$library/ is not a library the layer rule knows; add it to check-layers.sh")
        continue
    fi
    folder=""
    if [[ $library == engine ]]; then
        folder=${rel#engine/}
        folder=${folder%%/*}
    fi
    line_number=0
    while IFS= read -r line; do
        line_number=$((line_number + 1))
        [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]+\"([a-z]+)/([^\"]+)\" ]] || continue
        target=${BASH_REMATCH[1]}
        path="$target/${BASH_REMATCH[2]}"
        where="$rel:$line_number: #include \"$path\""
        if [[ $target != "$library" && " ${allowed[$library]} " != *" $target "* ]]; then
            problems+=("$where — $library may include only: ${allowed[$library]:-nothing else}")
            continue
        fi
        if [[ -n $folder && $target == engine ]]; then
            inner=${path#engine/}
            inner=${inner%%/*}
            if [[ -z ${engine_allowed[$folder]+set} ]]; then
                problems+=("$where — engine/$folder/ is not a folder the layer rule knows")
            elif [[ $inner != "$folder" && " ${engine_allowed[$folder]} " != *" $inner "* ]]; then
                problems+=("$where — engine/$folder may include only engine/{${engine_allowed[$folder]:-}}")
            fi
        fi
        if [[ ($library == app || $library == cli) && $path =~ $front_end_forbidden ]]; then
            problems+=("$where — the front ends get a target from the engine, never a client or the keychain")
        fi
    done <"$file"
done < <(find "$root/src" -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)

if ((${#problems[@]})); then
    printf 'include breaks the layer rule (docs/ARCHITECTURE.md, "Layers"):\n' >&2
    printf '  %s\n' "${problems[@]}" >&2
    exit 1
fi
