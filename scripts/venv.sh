#!/usr/bin/env bash
# Creates .venv (if needed) and installs the project into it. Usage: scripts/venv.sh [extras]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
source scripts/quiet.sh
quiet .venv/bin/python -m pip install -q --upgrade pip || echo "warning: could not upgrade pip; going on with the one in .venv" >&2
quiet .venv/bin/python -m pip install -q -e ".${1:+[$1]}"
.venv/bin/python -c "import evidenceapp" # fail loudly if the install did not work
