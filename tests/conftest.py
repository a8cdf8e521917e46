"""Shared fixtures: a fresh EVIDENCEAPP_HOME per test, an open App, a case, and media generated on the fly."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).parent))

if os.environ.get("EVIDENCEAPP_START_METHOD") == "spawn":
    # The Windows/macOS pass of scripts/test.sh: processes start the way they do there (spawn), and any code path
    # that still forks fails loudly instead of passing on Linux only. The app itself starts its children with
    # subprocess (exec), never fork; this proves it for everything the tests drive.
    import multiprocessing

    multiprocessing.set_start_method("spawn", force=True)

    def _no_fork() -> int:
        raise AssertionError("os.fork() called: Windows has no fork and macOS forbids it after threads start")

    os.fork = _no_fork  # type: ignore[assignment]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("EVIDENCEAPP_HOME", str(h))
    return h


@pytest.fixture
def app_log(home: Path):
    """The app's own rotating file log in ``home`` (what the GUI and the CLI set up at start), undone afterwards:
    the "evidenceapp" logger is global to the test run. Yields the log file's path."""
    import logging

    from evidenceapp.services.installation import setup_logging

    root = logging.getLogger("evidenceapp")
    before = (list(root.handlers), root.level, root.propagate)
    for h in before[0]:  # an earlier test's start logs into its own data folder
        root.removeHandler(h)
    yield setup_logging(home)
    for h in list(root.handlers):
        root.removeHandler(h)
        h.close()
    for h in before[0]:
        root.addHandler(h)
    root.setLevel(before[1])
    root.propagate = before[2]


@pytest.fixture
def app(home: Path):
    from evidenceapp.services.app import App

    a = App.open(home)
    yield a
    a.close()


@pytest.fixture
def case(app):
    from evidenceapp.services.cases import create_case

    return create_case(app, "破损的杯子 Broken mug", "taobao", "TB-20261120-001", seller="好物旗舰店",
                       amount="199.00", currency="CNY", dispute="quality")
