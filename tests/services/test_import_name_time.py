"""Issue 17.2: a screenshot's time read from its file name is preferred over the file date when the two agree
(then the zone is known too); when they disagree the file date stays, and the dossier says it is less reliable."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from helpers import make_png

from evidenceapp.core import times
from evidenceapp.services.importing import add_paths


def _at(path: Path, when: datetime) -> Path:
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def test_name_time_that_agrees_with_the_file_date_wins(app, case, tmp_path: Path) -> None:
    agree = _at(make_png(tmp_path / "Screenshot_20261121-093000.png", text="one"), datetime(2026, 11, 21, 1, 30, 40, tzinfo=UTC))
    other = _at(make_png(tmp_path / "Screenshot_20261101-120000.png", text="two"), datetime(2026, 11, 21, 1, 30, 40, tzinfo=UTC))
    plain = _at(make_png(tmp_path / "chat.png", text="three"), datetime(2026, 11, 21, 1, 30, 40, tzinfo=UTC))
    items = {i.original_name: i for i in add_paths(app, case.id, [agree, other, plain]).added}
    a = items["Screenshot_20261121-093000.png"]
    assert a.captured_at_source == "filename" and a.captured_at == "2026-11-21T09:30:00+08:00"
    assert times.parse(a.captured_at) == datetime(2026, 11, 21, 1, 30, tzinfo=UTC)
    assert items["Screenshot_20261101-120000.png"].captured_at_source == "file_mtime"  # they disagree
    assert items["chat.png"].captured_at_source == "file_mtime"


def test_name_patterns_of_phones_and_desktops() -> None:
    for name in ("Screenshot_20261121-093000.png", "IMG_20261121_093000.jpg", "微信图片_20261121093000.jpg",
                 "Screenshot 2026-11-21 at 09.30.00.png"):
        assert times.name_time(name) == datetime(2026, 11, 21, 9, 30), name
    assert times.name_time("IMG_1234.jpg") is None and times.name_time("20261399_999999.png") is None
