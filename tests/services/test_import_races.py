"""Two imports of the same bytes at once (two files in one batch, or the GUI and the phone receiver): when the one
that stored the object fails, its bytes stay (never removed before an item references them) and the other import
still lands on a whole object."""

from __future__ import annotations

import io

import pytest
from foundation_checks import assert_store_consistent

from evidenceapp.core import faults
from evidenceapp.core.errors import StoreBusy
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case
from evidenceapp.services.importing import finish_staged, stage_stream
from evidenceapp.services.verifying import verify_case


def test_failed_first_import_keeps_the_bytes_for_the_second(app, case) -> None:
    first = stage_stream(app, case.id, io.BytesIO(b"same bytes"), "a.txt", "import")
    second = stage_stream(app, case.id, io.BytesIO(b"same bytes"), "b.txt", "import")
    assert first.created and not second.created and first.sha == second.sha
    with faults.plan("import.commit", at=1, action="busy"), pytest.raises(StoreBusy):
        finish_staged(app, case.id, first)  # the first one's commit fails (database locked)
    assert app.objects.has(first.sha)  # not removed: it may be the only copy
    item, dup = finish_staged(app, case.id, second)
    assert dup is None and item.original_name == "b.txt"
    info = assert_store_consistent(app.home)
    assert info["items"] == 1 and info["objects"] == {first.sha}
    assert verify_case(app, case.id).ok


def test_failed_import_alone_is_kept_for_the_next_start(home) -> None:
    with App.open(home) as app:
        case = create_case(app, "paste", "jd", "JD-P")
        staged = stage_stream(app, case.id, io.BytesIO(b"pasted, nowhere else"), "paste.png", "paste")
        with faults.plan("import.commit", at=2, action="enospc"), pytest.raises(OSError):
            finish_staged(app, case.id, staged)
        assert app.objects.has(staged.sha) and assert_store_consistent(home)["items"] == 0
    with App.open(home) as app:  # the next start finds it and keeps it aside, in quarantine/
        assert app.cleanup_report["orphans"] == [staged.sha]
        assert (home / "quarantine" / staged.sha).read_bytes() == b"pasted, nowhere else"
