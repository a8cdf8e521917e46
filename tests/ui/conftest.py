"""Qt fixtures (pytest-qt, offscreen): the app's own QApplication, a main window per test over a fresh store,
dialogs recorded instead of shown, and a check that no worker thread outlives its test."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def pytest_collection_modifyitems(items) -> None:
    # The offscreen platform warns once per shown top-level window that it cannot propagate size hints: noise,
    # not a problem of ours. Every other Qt warning still fails the test (qt_log_level_fail = WARNING).
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            # pytest-qt reads the closest qt_log_ignore marker only: keep a module's own patterns in it.
            own = item.get_closest_marker("qt_log_ignore")
            # Qt Multimedia on a machine without a sound server or PipeWire (CI) says so once per process, in
            # whichever test first touches it: an environment fact.
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints", "pa_context_connect", "pipewire",
                                                      *(own.args if own else ())))


def _build_translations() -> None:
    """Compile the .ts files when a .qm is missing or older (scripts/test.sh does it too, before pytest)."""
    stale = [ts for ts in I18N.glob("*.ts")
             if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        for ts in stale:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


@pytest.fixture(scope="session")
def qapp():
    """Overrides pytest-qt's: the application is made by the app's one factory (fonts, names, icon)."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    _build_translations()
    from evidenceapp.ui.app import create_application

    qapp = create_application([])
    qapp.setProperty("evidenceapp_dialog_sink", True)
    yield qapp


@pytest.fixture(autouse=True)
def _ui_guard(qapp):
    """English at the start of each test, dialogs recorded, and no live worker threads at the end (napari)."""
    from evidenceapp.ui import errors
    from evidenceapp.ui.i18n import install_language

    install_language("en")
    errors.SHOWN.clear()
    yield
    install_language("en")
    import shiboken6
    from PySide6.QtCore import QThread, QThreadPool

    from evidenceapp.ui.workers import RUNNERS

    # A deleted runner's pool waited for its threads in its destructor; only live ones can still be busy.
    busy = [r for r in list(RUNNERS) if shiboken6.isValid(r) and shiboken6.isValid(r.pool)
            and (r.pool.activeThreadCount() or r.urgent_pool.activeThreadCount())]
    for r in busy:
        r.shutdown(10000)
    gpool = QThreadPool.globalInstance().activeThreadCount()
    gc.collect()
    running = [t for t in gc.get_objects() if isinstance(t, QThread) and t.isRunning()
               and t is not qapp.thread()]
    assert not busy, f"{len(busy)} task runner(s) still had worker threads running at the end of the test"
    assert not gpool, "the global QThreadPool still has active threads"
    assert not running, f"live QThreads at the end of the test: {running}"


@pytest.fixture
def settings(tmp_path: Path):
    from evidenceapp.ui.settings import Settings

    return Settings(tmp_path / "gui")


@pytest.fixture
def make_window(qtbot, app, settings):
    """Build main windows over the test's store; each is closed (state saved, threads joined) at the end."""
    from evidenceapp.ui.main_window import MainWindow

    made = []

    def make(inline: bool = True, resize: bool = True, background_ocr: bool = False):
        w = MainWindow(app, settings, inline=inline, background_ocr=background_ocr)
        qtbot.addWidget(w)
        if resize:
            w.resize(1366, 768)
        w.show()
        made.append(w)
        return w

    yield make
    for w in made:
        if w.isVisible():
            w.close()
        w.shutdown()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def wait_idle(qtbot):
    """``wait_idle(window)``: wait until the window's background tasks are finished and delivered."""

    def wait(window, timeout: int = 20000) -> None:
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=timeout)

    return wait
