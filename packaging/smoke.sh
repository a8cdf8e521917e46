#!/usr/bin/env bash
# Smoke test of a built dist/evidenceapp on a clean environment (no venv, no PYTHONPATH, empty HOME):
# --version, doctor, a case with an imported photo, a PDF export, and the GUI's main window under Xvfb.
# Usage: packaging/smoke.sh [dist/evidenceapp/evidenceapp]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-dist/evidenceapp/evidenceapp}")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
run() { env -i HOME="$WORK/home" PATH=/usr/bin:/bin EVIDENCEAPP_HOME="$WORK/data" LANG=C.UTF-8 "$BIN" "$@"; }

run --version
run doctor || true
python3 - "$WORK/photo.jpg" <<'PY' 2>/dev/null || convert -size 640x480 xc:orange "$WORK/photo.jpg"
import sys
from PIL import Image
Image.new("RGB", (640, 480), (200, 120, 40)).save(sys.argv[1])
PY
CASE=$(run case new --title "smoke test" --platform taobao --order-no SMOKE-1)
run add "$CASE" "$WORK/photo.jpg"
run verify "$CASE"
if run export --help >/dev/null 2>&1; then
  run export "$CASE" --template platform --lang zh_CN -o "$WORK/out"
  PDF=$(ls "$WORK"/out/*.pdf | head -1)
  pdfinfo "$PDF" | grep -E "^Pages:"
  echo "exported $PDF"
fi
# The GUI: start it on a virtual screen, wait for its main window, take a screenshot, close it.
export WORK BIN
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" \
      EVIDENCEAPP_HOME="$WORK/data" LANG=C.UTF-8 "$BIN" & pid=$!
  for i in $(seq 1 60); do
    if xwininfo -root -tree 2>/dev/null | grep -qi "evidenceapp"; then found=1; break; fi
    sleep 0.5
  done
  if [ -n "${found:-}" ]; then
    sleep 6  # let it paint its first frame
    import -window root "$WORK/gui.png" && cp "$WORK/gui.png" /tmp/evidenceapp-smoke-gui.png
    # A black screen means a window that never painted.
    mean=$(convert "$WORK/gui.png" -format "%[fx:mean]" info:)
    awk -v m="$mean" "BEGIN{exit !(m > 0.05)}" || { echo "screen is blank (mean $mean)" >&2; found=""; }
  fi
  kill $pid 2>/dev/null; wait $pid 2>/dev/null
  [ -n "${found:-}" ] || { echo "main window did not appear" >&2; exit 1; }
'
echo "smoke test passed (screenshot: /tmp/evidenceapp-smoke-gui.png)"
