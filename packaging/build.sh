#!/usr/bin/env bash
# Builds the one-folder desktop app into dist/evidenceapp/ with PyInstaller, plus a Linux install tree.
# Usage: packaging/build.sh            (uses .venv, creating it if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}  # VENV=/path/to/venv reuses an existing environment
[ -x "$VENV/bin/python" ] || bash scripts/venv.sh
"$VENV/bin/python" -m pip install -q "pyinstaller>=6.10,<7" 2>&1 | grep -v "^WARNING: Location" || true
"$VENV/bin/python" packaging/make_icons.py resources/icons/app
[ -f scripts/build-translations.sh ] && bash scripts/build-translations.sh
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/evidenceapp.spec
# Freedesktop integration files next to the binary folder (install with packaging/install-linux.sh).
mkdir -p dist/share/applications dist/share/metainfo
cp packaging/io.github.evidenceapp.desktop dist/share/applications/
cp packaging/io.github.evidenceapp.metainfo.xml dist/share/metainfo/
cp -r resources/icons/app/hicolor dist/share/icons 2>/dev/null || { mkdir -p dist/share/icons; cp -r resources/icons/app/hicolor dist/share/icons/; }
du -sh dist/evidenceapp | awk '{print "build size: " $1 " (dist/evidenceapp)"}'
