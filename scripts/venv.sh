#!/usr/bin/env bash
# Creates .venv (if needed) and installs the project into it. Usage: scripts/venv.sh [extras]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install -q -e ".${1:+[$1]}" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import evidenceapp" # fail loudly if the install did not work
