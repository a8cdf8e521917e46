"""Errors keep stable, unique codes and serialise for --json; progress and cancel are plain objects."""

from __future__ import annotations

import json
import threading

import pytest

from evidenceapp.core import errors
from evidenceapp.core.errors import Cancelled, DiskFull, EvidenceError, ImportMissing
from evidenceapp.core.progress import CancelToken, Progress


def _error_classes() -> list[type[EvidenceError]]:
    return [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, EvidenceError)]


def test_codes_are_unique_and_well_formed() -> None:
    codes = [c.code for c in _error_classes()]
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)
    assert all(c.startswith("E_") and c.upper() == c for c in codes)


def test_foundation_codes_are_stable() -> None:
    """Scripts match on these strings: renaming one is a breaking change."""
    expected = {
        "NotFound": "E_NOT_FOUND", "Ambiguous": "E_AMBIGUOUS", "InvalidInput": "E_INVALID_INPUT",
        "ImportMissing": "E_IMPORT_MISSING", "ImportUnreadable": "E_IMPORT_UNREADABLE",
        "ImportNotRegular": "E_IMPORT_NOT_REGULAR", "ImportSymlinkLoop": "E_IMPORT_SYMLINK_LOOP",
        "DiskFull": "E_DISK_FULL", "StoreWriteFailed": "E_STORE_WRITE", "StoreTooNew": "E_STORE_TOO_NEW",
        "StoreCorrupt": "E_STORE_CORRUPT", "Cancelled": "E_CANCELLED",
    }
    assert {name: getattr(errors, name).code for name in expected} == expected


def test_every_template_renders_without_params() -> None:
    """A missing parameter never raises while reporting another error."""
    for cls in _error_classes():
        exc = cls("some detail")
        assert exc.message and json.loads(json.dumps(exc.to_dict()))["code"] == cls.code


def test_to_dict_shape_and_non_json_params() -> None:
    exc = DiskFull("No space left on device", path="视频.mp4", extra=object())
    d = exc.to_dict()
    assert set(d) == {"code", "message", "params"}
    assert d["message"] == "not enough space to store 视频.mp4: No space left on device"
    assert isinstance(d["params"]["extra"], str)
    json.dumps(d)
    assert ImportMissing(path="x").message == "no such file or folder: x"


def test_progress_and_cancel() -> None:
    assert Progress(1, 4).fraction == 0.25 and Progress(0, 0).fraction == 0.0
    token = CancelToken()
    token.check()
    t = threading.Thread(target=token.cancel)  # the GUI thread cancels, the worker's service notices
    t.start()
    t.join()
    assert token.cancelled
    with pytest.raises(Cancelled) as info:
        token.check()
    assert info.value.code == "E_CANCELLED"
