#!/usr/bin/env bash
# Renders the application icon (scim-console.svg) into the committed files the packages use: the
# hicolor PNG sizes (Linux, and the window icon's Qt resource), scim-console.ico (Windows: PNG
# entries, read by Vista and later) and scim-console.icns (macOS: PNG entries). Run it after
# changing the SVG; it needs rsvg-convert (Debian's librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")"
source ../../scripts/lib/common.sh
ensure_packages librsvg2-bin python3

id=io.github.scim_console.ScimConsole
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" scim-console.svg --output "$work/$size.png"
done
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    cp "$work/$size.png" "hicolor/${size}x${size}/apps/$id.png"
done

python3 - "$work" <<'PY'
import struct, sys
work = sys.argv[1]
def png(size):
    with open(f"{work}/{size}.png", "rb") as f:
        return f.read()
# ICO: a directory of PNG-compressed entries (a width or height of 256 is written as 0).
sizes = [16, 24, 32, 48, 64, 128, 256]
entries, blobs, offset = b"", b"", 6 + 16 * len(sizes)
for s in sizes:
    data = png(s)
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    blobs += data
    offset += len(data)
with open("scim-console.ico", "wb") as f:
    f.write(struct.pack("<HHH", 0, 1, len(sizes)) + entries + blobs)
# ICNS: PNG entries by type code (icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024).
types = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]
body = b"".join(t + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
with open("scim-console.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "Icons written to $(pwd)"
