#!/usr/bin/env bash
# Runs COMMAND under a private virtual X server (screenshots, layout tests).
#   with-xvfb.sh COMMAND [ARGS...]      SCIM_XVFB_SCREEN=WIDTHxHEIGHT (default 1280x900)
set -euo pipefail
command -v xvfb-run >/dev/null || { echo "with-xvfb.sh: xvfb-run is required (scripts/test installs xvfb)" >&2; exit 2; }
unset QT_QPA_PLATFORM WAYLAND_DISPLAY
exec xvfb-run --auto-servernum --server-args="-screen 0 ${SCIM_XVFB_SCREEN:-1280x900}x24 -nolisten tcp" "$@"
