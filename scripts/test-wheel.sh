#!/usr/bin/env bash
# The installed package works on its own: builds the wheel from the tracked files (plus the compiled translations),
# installs it with its dependencies into a clean venv outside the checkout, and from there runs `doctor`, `demo`, one
# export and `verify` of the exported bundle. Catches resources that stay behind in the checkout (issue 16, point 8).
# Run by scripts/test.sh; alone: bash scripts/test-wheel.sh. Prints the wheel size and the install time.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
BUILDER=.venv/bin/python
[ -x "$BUILDER" ] || BUILDER=$PY
WORK=$(mktemp -d "${TMPDIR:-/tmp}/evidenceapp-wheel.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
source scripts/quiet.sh  # quiet CMD…: pip without its 'WARNING: Location' noise, failures kept

bash scripts/build-translations.sh  # the .qm files are build outputs the wheel must carry
# Build from a copy of what git knows (tracked and new, not ignored) plus the .qm files: setuptools' in-tree build/
# folder would otherwise carry modules deleted since the last build into the wheel.
mkdir "$WORK/src"
{ git ls-files --cached --others --exclude-standard; ls resources/i18n/*.qm; } | sort -u |
  while read -r f; do [ -f "$f" ] && printf '%s\0' "$f"; done | xargs -0 cp --parents -t "$WORK/src"
quiet "$BUILDER" -m pip wheel -q --no-deps "$WORK/src" -w "$WORK/dist"
WHEEL=$(ls "$WORK"/dist/evidenceapp-*.whl)
"$BUILDER" - "$WHEEL" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
need = ["evidenceapp/resources/playbooks/common.toml", "evidenceapp/resources/channels.toml",
        "evidenceapp/resources/fonts/wqy-microhei.ttc", "evidenceapp/resources/i18n/evidenceapp_zh_CN.qm",
        "evidenceapp/resources/icons/app/evidenceapp.png", "evidenceapp/export/verify_script.py"]
missing = [n for n in need if n not in names]
stray = [n for n in names if n.endswith((".ts", ".pyc")) or n.startswith(("resources/", "tests/"))]
assert not missing and not stray, f"wheel: missing {missing}, stray {stray}"
PY
echo "wheel: $(basename "$WHEEL") $(du -k "$WHEEL" | cut -f1) KiB"

# Nothing of the checkout on the path from here on (a PYTHONPATH with the checkout would even make pip think the
# project is already installed).
unset PYTHONPATH
t0=$(date +%s)
"$PY" -m venv "$WORK/venv"
quiet "$WORK/venv/bin/python" -m pip install -q --no-compile "$WHEEL"
echo "clean venv install: $(( $(date +%s) - t0 )) s"

# Outside the checkout.
cd "$WORK"
export EVIDENCEAPP_HOME="$WORK/home" QT_QPA_PLATFORM=offscreen
APP="$WORK/venv/bin/evidenceapp"
"$WORK/venv/bin/python" -c "
import evidenceapp, evidenceapp.config as c, sys
assert '/site-packages/' in evidenceapp.__file__, evidenceapp.__file__
assert '/site-packages/evidenceapp/resources' in str(c.resources_dir()), c.resources_dir()"
"$APP" doctor --json > doctor.json
"$APP" demo --json > demo.json
CASE=$("$WORK/venv/bin/python" -c "import json; print(json.load(open('demo.json'))['id'])")
"$APP" export "$CASE" --template platform --lang zh_CN -o "$WORK/out" --json > export.json
# Output names are the exporter's business: take them from its JSON answer.
BUNDLE=$("$WORK/venv/bin/python" -c "import json; print(json.load(open('export.json'))['bundle']['path'])")
"$APP" verify "$BUNDLE" --json > verify.json
"$WORK/venv/bin/python" - <<'PY'
import json, pathlib
doctor = {c["name"]: c for c in json.load(open("doctor.json"))["checks"]}
assert doctor["resources"]["ok"] and doctor["fonts"]["ok"] and doctor["translations"]["ok"], doctor
assert json.load(open("verify.json"))["ok"]
pdf = pathlib.Path(json.load(open("export.json"))["pdf"]["path"])
assert pdf.read_bytes().startswith(b"%PDF"), pdf
PY
echo "installed wheel: doctor, demo, export and verify pass"
