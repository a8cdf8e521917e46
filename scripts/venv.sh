#!/usr/bin/env bash
# Creates .venv (if needed) and installs the project into it. Usage: scripts/venv.sh [extras]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# Quiet pip, minus its "WARNING: Location" noise, without hiding a failure: piping pip into grep (then `|| true`
# for grep's own exit status) would let a broken install pass unnoticed until some later step.
pip_quiet() {
  local log rc=0
  log=$(mktemp)
  .venv/bin/python -m pip "$@" >"$log" 2>&1 || rc=$?
  grep -v "^WARNING: Location" "$log" >&2 || true
  rm -f "$log"
  return $rc
}
pip_quiet install -q --upgrade pip || echo "warning: could not upgrade pip; going on with the one in .venv" >&2
pip_quiet install -q -e ".${1:+[$1]}"
.venv/bin/python -c "import evidenceapp" # fail loudly if the install did not work
