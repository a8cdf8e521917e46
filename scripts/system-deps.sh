#!/usr/bin/env bash
# System libraries Qt (offscreen and xcb), PyAV/ffmpeg tests, PDF checks, the local TSA and the real-window tests
# (Xvfb + xdotool) need.
# Installs them with apt-get when run as root on Debian/Ubuntu; otherwise prints what is missing.
set -euo pipefail
PKGS="libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libglib2.0-0 libxcb-cursor0 libxcb-icccm4
libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 xvfb xauth libpulse0
poppler-utils qpdf openssl ffmpeg imagemagick chromium chromium-driver xdotool x11-utils
libimage-exiftool-perl"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install these system packages with your package manager:$missing" >&2; exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Please install these system packages (as root: apt-get install$missing)" >&2; exit 0
  fi
  SUDO="sudo"
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
