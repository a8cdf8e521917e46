"""Two imports of the same bytes at once (two files in one batch, or the GUI and the phone receiver): when the one
that stored the object fails, the other must not end up with an item pointing to a removed object."""

from __future__ import annotations

import io

import pytest
from foundation_checks import assert_store_consistent

from evidenceapp.core.errors import StoreWriteFailed
from evidenceapp.services.importing import _drop_unreferenced, finish_staged, stage_stream
from evidenceapp.services.verifying import verify_case


def test_failed_first_import_never_leaves_the_second_dangling(app, case) -> None:
    first = stage_stream(app, case.id, io.BytesIO(b"same bytes"), "a.txt", "import")
    second = stage_stream(app, case.id, io.BytesIO(b"same bytes"), "b.txt", "import")
    assert first.created and not second.created and first.sha == second.sha
    _drop_unreferenced(app, first)  # what finish_staged does when the first one fails (disk full, cancel …)
    assert not app.objects.has(first.sha)
    with pytest.raises(StoreWriteFailed) as info:
        finish_staged(app, case.id, second)
    assert info.value.code == "E_STORE_WRITE"
    info_ = assert_store_consistent(app.home)
    assert info_["items"] == 0 and info_["objects"] == set()
    assert verify_case(app, case.id).ok


def test_object_kept_when_another_item_already_references_it(app, case) -> None:
    first = stage_stream(app, case.id, io.BytesIO(b"shared"), "a.txt", "import")
    second = stage_stream(app, case.id, io.BytesIO(b"shared"), "b.txt", "import")
    item, dup = finish_staged(app, case.id, second)  # the second finishes first
    assert dup is None
    _drop_unreferenced(app, first)  # the first fails afterwards: the object is referenced, it stays
    assert app.objects.has(item.sha256)
    assert assert_store_consistent(app.home)["items"] == 1 and verify_case(app, case.id).ok
