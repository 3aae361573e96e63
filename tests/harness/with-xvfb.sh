#!/usr/bin/env bash
# Runs COMMAND under a private virtual X server (screenshots, layout tests).
#   with-xvfb.sh COMMAND [ARGS...]      SCIM_XVFB_SCREEN=WIDTHxHEIGHT (default 1280x900)
set -euo pipefail
command -v xvfb-run >/dev/null || { echo "with-xvfb.sh: xvfb-run is required (scripts/test installs xvfb)" >&2; exit 2; }
unset QT_QPA_PLATFORM WAYLAND_DISPLAY
# libxkbcommon-x11 strndup()s X atom names, which are not NUL-terminated; strict string checks
# read such a string to its end and report an overflow in that library. Everything else stays strict.
if [[ -n "${ASAN_OPTIONS:-}" ]]; then export ASAN_OPTIONS="$ASAN_OPTIONS:strict_string_checks=0"; fi
exec xvfb-run --auto-servernum --server-args="-screen 0 ${SCIM_XVFB_SCREEN:-1280x900}x24 -nolisten tcp" "$@"
