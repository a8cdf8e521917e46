#!/usr/bin/env bash
# Compiles the GUI translations resources/i18n/evidenceapp_{en,zh_CN,fr}.ts into .qm files next to them
# (pyside6-lrelease); the app loads them from there. The .qm files are build outputs (gitignored).
#   --update   first refresh the .ts files from the sources (pyside6-lupdate), keeping existing translations;
#              new strings arrive as "unfinished" and tests/ui/test_i18n.py fails until they are translated.
set -euo pipefail
cd "$(dirname "$0")/.."
# The PySide6 tools sit next to the Python that has PySide6: the project's .venv, $PYTHON's, or on PATH.
tool() {
  for cand in ".venv/bin/$1" "$(dirname "${PYTHON:-/nonexistent/python}")/$1" "$(command -v "$1" || true)"; do
    [ -n "$cand" ] && [ -x "$cand" ] && { echo "$cand"; return 0; }
  done
  echo "$1 not found: install PySide6 (bash scripts/venv.sh) or set PYTHON" >&2
  return 1
}
LUPDATE=""; LRELEASE=$(tool pyside6-lrelease)
TS="resources/i18n/evidenceapp_en.ts resources/i18n/evidenceapp_zh_CN.ts resources/i18n/evidenceapp_fr.ts"
if [ "${1:-}" = "--update" ]; then
  # -locations none: no line numbers in the .ts, so editing code does not churn the translation files.
  LUPDATE=$(tool pyside6-lupdate)
  "$LUPDATE" $(find evidenceapp/ui -name '*.py' | sort) -source-language en -no-obsolete \
    -locations none -ts $TS
fi
for ts in $TS; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
