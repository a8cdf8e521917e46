#!/usr/bin/env bash
# Installs a built dist/ into ~/.local (no root): binary folder, launcher link, desktop entry, icons, metainfo.
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=${PREFIX:-$HOME/.local}
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share"
rm -rf "$PREFIX/lib/evidenceapp" && cp -r dist/evidenceapp "$PREFIX/lib/evidenceapp"
ln -sf "$PREFIX/lib/evidenceapp/evidenceapp" "$PREFIX/bin/evidenceapp"
cp -r dist/share/. "$PREFIX/share/"
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
echo "installed: $PREFIX/bin/evidenceapp"
