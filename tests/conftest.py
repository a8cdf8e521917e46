"""Shared fixtures: a fresh EVIDENCEAPP_HOME per test, an open App, a case, and media generated on the fly."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("EVIDENCEAPP_HOME", str(h))
    return h


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
