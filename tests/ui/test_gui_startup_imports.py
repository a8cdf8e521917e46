"""Start-up stays light (issue 19): opening the main window imports none of the heavy libraries — OpenCV, PyAV,
reportlab, Pillow, onnxruntime/RapidOCR, pyHanko, aiohttp, numpy. Each is loaded by the first action that needs it.

Run in a fresh interpreter: in the test process, other tests have imported all of them already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HEAVY = ["cv2", "av", "reportlab", "PIL", "onnxruntime", "rapidocr", "rapidocr_onnxruntime", "pyhanko", "aiohttp",
         "numpy"]

# The real entry point (``evidenceapp`` with no command) on a fresh data folder. The modules are read once the
# window has been shown and the event loop has run for a while, so the work started by the views when they open
# (listing cameras on a worker thread, loading the case list) has had its chance to import something.
PROBE = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from evidenceapp.__main__ import main
    from evidenceapp.ui.app import create_application
    from evidenceapp.ui.main_window import MainWindow

    HEAVY = json.loads(sys.argv[1])
    seen = {}

    def look():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["windows"] = len(windows)
        seen["heavy"] = sorted(m for m in HEAVY if m in sys.modules)
        for w in windows:
            w.close()
        QApplication.quit()

    create_application([])  # the same factory main() uses (it reuses this one), so the timer has a loop to run in
    QTimer.singleShot(1500, look)
    rc = main([])
    seen["rc"] = rc
    print("RESULT " + json.dumps(seen))
""")


def test_opening_the_window_imports_no_heavy_module(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "EVIDENCEAPP_HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(HEAVY)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, proc.stdout + proc.stderr
    seen = json.loads(lines[-1].removeprefix("RESULT "))
    assert seen["rc"] == 0 and seen["windows"] == 1
    assert seen["heavy"] == [], f"opening the window imported {seen['heavy']}"
