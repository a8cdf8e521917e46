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
set +e
python -m pytest "$@"
rc=$?
set -e
if [ $rc -eq 5 ]; then echo "pytest collected no tests: that is a failure of the project" >&2; exit 1; fi
[ $rc -eq 0 ] || exit $rc
# The wheel, installed into a clean venv outside the checkout, runs doctor, demo, an export and verify (~2-4 min).
bash scripts/test-wheel.sh
