#!/usr/bin/env bash
# Installs everything the tests need and runs them: lint, import contracts, then pytest (Qt offscreen).
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
exit $rc
