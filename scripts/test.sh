#!/usr/bin/env bash
# Installs everything the tests need and runs them: lint, import contracts, pytest (Qt offscreen), then the
# installed-wheel check (scripts/test-wheel.sh).
# Extra arguments go to pytest. pytest's "no tests collected" (exit 5) counts as a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
bash scripts/venv.sh dev
[ -f scripts/build-translations.sh ] && bash scripts/build-translations.sh
export PATH="$PWD/.venv/bin:$PATH"
export QT_QPA_PLATFORM=offscreen
ruff check .
lint-imports
# Two passes: as on Linux, then as on Windows/macOS — every process started with "spawn" (os.fork made to
# fail) and the media workers' memory guarded by the psutil watchdog instead of RLIMIT_AS.
# EVIDENCEAPP_TEST_PASSES=linux runs the first pass only (for a quick local run; CI runs both).
run_pass() {
  set +e
  "$@"
  local rc=$?
  set -e
  if [ $rc -eq 5 ]; then echo "pytest collected no tests: that is a failure of the project" >&2; return 1; fi
  return $rc
}
run_pass python -m pytest "$@"
if [ "${EVIDENCEAPP_TEST_PASSES:-both}" != "linux" ]; then
  echo "== second pass: spawn start method, psutil memory watchdog (the Windows/macOS process model) ==" >&2
  EVIDENCEAPP_START_METHOD=spawn EVIDENCEAPP_MEM_GUARD=watch run_pass python -m pytest -p no:cacheprovider "$@"
fi
# The wheel, installed into a clean venv outside the checkout, runs doctor, demo, an export and verify (~2-4 min).
bash scripts/test-wheel.sh
