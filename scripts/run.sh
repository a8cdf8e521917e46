#!/usr/bin/env bash
# Installs evidenceapp (system libraries, a venv, translations) and starts the desktop app.
# Afterwards the CLI is .venv/bin/evidenceapp. Extra arguments go to evidenceapp.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
bash scripts/venv.sh
[ -f scripts/build-translations.sh ] && bash scripts/build-translations.sh
exec .venv/bin/evidenceapp "$@"
