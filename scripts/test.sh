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
# fail) and the media workers' memory guarded by the psutil watchdog instead of RLIMIT_AS. The whole suite twice
# would not fit CI's 20-minute budget, so the second pass runs the tests that start processes: the media worker
# pool and everything importing through it, crash/kill and fault tests, the recorder, the receiver, the CLI
# (subprocesses) and the portability checks. EVIDENCEAPP_TEST_PASSES=all runs the whole suite twice;
# EVIDENCEAPP_TEST_PASSES=linux the first pass only (for a quick local run; CI runs both).
SPAWN_TESTS="tests/media tests/platform tests/store tests/capture tests/cli tests/services/test_kill9.py
tests/services/test_media_import.py tests/services/test_media_workers.py tests/services/test_media_bad_input.py
tests/services/test_import_bad_input.py tests/services/test_import_races.py tests/services/test_disk_full.py
tests/services/test_recording.py tests/services/test_recording_faults.py
tests/services/test_call_recordings.py tests/services/test_startup_cleanup.py tests/services/test_receiving.py
tests/services/test_nothing_lost.py"
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
  targets=$SPAWN_TESTS
  [ "${EVIDENCEAPP_TEST_PASSES:-both}" = "all" ] && targets=""
  # shellcheck disable=SC2086 # the list is meant to split into paths
  # No hypothesis test is in this pass: its plugin would import hypothesis only at the summary, through pytest's
  # assertion rewriter, where CPython 3.11.7 can fail with "AST constructor recursion depth mismatch".
  EVIDENCEAPP_START_METHOD=spawn EVIDENCEAPP_MEM_GUARD=watch run_pass python -m pytest -p no:cacheprovider \
    -p no:hypothesispytest $targets "$@"
fi
# The wheel, installed into a clean venv outside the checkout, runs doctor, demo, an export and verify (~2-4 min).
bash scripts/test-wheel.sh
