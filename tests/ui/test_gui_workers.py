"""Task runner: results, progress and errors come back on the GUI thread; cancel is honoured; inline mode;
error sentences by code and the crash dialog for bugs."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from evidenceapp.core.errors import Cancelled, ImportUnreadable
from evidenceapp.core.progress import Progress
from evidenceapp.ui import errors
from evidenceapp.ui.workers import TaskRunner


def test_results_and_progress_arrive_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen: dict = {"progress": [], "threads": set()}

    def work(progress, cancel):
        seen["worker"] = threading.current_thread().name
        for n in range(5):
            progress(Progress(n, 4))
        return 42

    def done(result):
        seen["done"] = (result, QThread.currentThread() is gui)

    runner.submit(work, on_done=done, on_progress=lambda p: seen["progress"].append(QThread.currentThread() is gui))
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert seen["done"] == (42, True)
    assert seen["progress"] and all(seen["progress"])
    assert seen["worker"] != threading.main_thread().name
    runner.shutdown()
    runner.deleteLater()


def test_cancel_is_honoured(qtbot):
    runner = TaskRunner()
    started = threading.Event()
    out: dict = {}

    def work(progress, cancel):
        started.set()
        while True:
            cancel.check()
            time.sleep(0.01)

    handle = runner.submit(work, on_done=lambda r: out.setdefault("done", r), on_error=lambda e: out.setdefault("err", e))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: "err" in out, timeout=5000)
    assert isinstance(out["err"], Cancelled) and "done" not in out
    assert not runner.busy
    runner.deleteLater()


def test_inline_mode_runs_on_the_calling_thread():
    runner = TaskRunner(inline=True)
    out = []
    runner.submit(lambda p, c: threading.current_thread() is threading.main_thread(), on_done=out.append)
    assert out == [True]
    runner.deleteLater()


def test_known_errors_are_sentences_and_bugs_get_the_crash_dialog(qtbot):
    runner = TaskRunner(inline=True)

    def unreadable(p, c):
        raise ImportUnreadable("Permission denied", path="/media/usb/IMG_1.jpg")

    runner.submit(unreadable)
    runner.submit(lambda p, c: 1 / 0)
    runner.submit(lambda p, c: (_ for _ in ()).throw(Cancelled()))  # cancelling is not an error to show
    (k1, text1, details1), (k2, text2, details2) = errors.SHOWN
    assert k1 == "errorBox" and text1 == "This file could not be read: /media/usb/IMG_1.jpg"
    assert "E_IMPORT_UNREADABLE" in details1 and "Permission denied" in details1
    assert k2 == "crashBox" and "Your evidence is safe" in text2 and "ZeroDivisionError" in details2
    runner.deleteLater()


def test_unknown_code_and_missing_parameter_never_leak_raw_text():
    assert errors.error_sentence("E_SOMETHING_NEW", {}) == "Something went wrong (E_SOMETHING_NEW)."
    assert errors.error_sentence("E_IMPORT_MISSING", {}) == "The file or folder no longer exists: …"
