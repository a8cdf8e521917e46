"""kill -9 a recording subprocess at 20 random moments (the test suite runs 5): each time the file left behind
must decode to within 2 s of the kill, the store must verify, and the next start must add the partial take as an
``interrupted`` item with its real hash. Prints the seconds lost per trial.

    /work/venv/bin/python benchmarks/record_kill9.py [TRIALS]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
trials = sys.argv[1] if len(sys.argv) > 1 else "20"
env = {**os.environ, "EVIDENCEAPP_KILL_TRIALS": trials, "QT_QPA_PLATFORM": "offscreen"}
sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                          "tests/services/test_recording_faults.py::test_kill9_at_random_moments"],
                         cwd=root, env=env))
