"""Window painted after launch: ``evidenceapp`` (the real entry point, on a fresh data folder) against a bare PySide6
QMainWindow script, in the same run (issue 19, goal: <= 1.5x).

Each launch is a new interpreter; the time runs from just before the process is started to the first Paint event of
the top-level window (the child prints a line then, and quits). Both sides run REPEAT times alternately and the
median counts. The Qt platform is the caller's (offscreen by default, or an X display: set QT_QPA_PLATFORM=xcb).
Usage: python benchmarks/startup.py [REPEAT]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Prints PAINTED on the first paint of a QMainWindow, then closes everything so the process exits.
_HOOK = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, ev):
        if not self.done and ev.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.done = True
            print("PAINTED", flush=True)
            QTimer.singleShot(0, lambda: [w.close() for w in QApplication.topLevelWidgets()])
            QTimer.singleShot(0, QApplication.quit)
        return False
"""

OURS = _HOOK + """
from evidenceapp.ui.app import create_application
from evidenceapp.__main__ import main
app = create_application([])
hook = FirstPaint(app)
app.installEventFilter(hook)
main([])
"""

BARE = _HOOK + """
app = QApplication(sys.argv)
hook = FirstPaint(app)
app.installEventFilter(hook)
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(1000, 700)
w.show()
app.exec()
"""


def launch(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("PAINTED"):
            elapsed = time.perf_counter() - start
            break
    else:
        proc.wait()
        raise SystemExit(f"the window was never painted (exit {proc.returncode})")
    proc.wait(timeout=120)
    return elapsed


def main() -> int:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory(prefix="ev-startup-") as tmp:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "EVIDENCEAPP_HOME": str(Path(tmp) / "home"),
               "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        launch(OURS, env)  # the first start creates the data folder and warms the disk cache: not counted
        launch(BARE, env)
        ours, bare = [], []
        for _ in range(repeat):
            ours.append(launch(OURS, env))
            bare.append(launch(BARE, env))
    o, b = statistics.median(ours), statistics.median(bare)
    print(f"window painted after launch: evidenceapp {o:.2f} s, bare QMainWindow {b:.2f} s (median of {repeat},"
          f" platform {env['QT_QPA_PLATFORM']})")
    print(f"ratio {o / b:.2f}x (goal <= 1.5: {'met' if o / b <= 1.5 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
