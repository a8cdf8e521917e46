"""Hostile files through the real import: each is stored as an item with a clear metadata error, bytes intact."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "media"))

import badfiles  # noqa: E402

from evidenceapp.core.hashing import sha256_file  # noqa: E402
from evidenceapp.services.importing import add_paths  # noqa: E402
from evidenceapp.services.verifying import verify_case  # noqa: E402

EXPECTED = {
    "truncated.jpg": "E_MEDIA_DAMAGED",
    "empty.jpg": "E_MEDIA_EMPTY",
    "exif-loop.jpg": "E_EXIF_DAMAGED",
    "exif-outside.jpg": "E_EXIF_DAMAGED",
    "bomb.png": "E_MEDIA_TOO_LARGE",
    "random.jpg": "E_MEDIA_UNRECOGNISED",
    "broken-moov.mp4": "E_MEDIA_DAMAGED",
    "locked.pdf": "E_PDF_ENCRYPTED",
}


def test_each_bad_file_becomes_an_item_with_a_clear_error(app, case, tmp_path: Path) -> None:
    files = badfiles.make_all(tmp_path / "bad")
    started = time.monotonic()
    report = add_paths(app, case.id, [tmp_path / "bad"])
    elapsed = time.monotonic() - started
    assert report.errors == [] and len(report.added) == len(EXPECTED)
    assert elapsed < 15  # nothing waited for a timeout (each parser stops by itself on these)
    by_name = {i.original_name: i for i in report.added}
    for name, code in EXPECTED.items():
        item = by_name[name]
        assert item.metadata_error == code, (name, item.metadata)
        message = item.metadata["errors"][0]["message"]
        assert name in message and "Traceback" not in message
        assert sha256_file(app.objects.path_for(item.sha256)) == sha256_file(files[name])  # original bytes kept
    assert "type_mismatch" in by_name["random.jpg"].flags
    assert "exif_damaged" in by_name["exif-loop.jpg"].flags
    assert "loop" in by_name["exif-loop.jpg"].metadata["errors"][0]["message"]
    assert "outside the data" in by_name["exif-outside.jpg"].metadata["errors"][0]["message"]
    assert len(by_name["broken-moov.mp4"].metadata["errors"]) == 1  # one clear error, not one per step
    assert "420000" not in by_name["bomb.png"].metadata["errors"][0]["message"]
    assert "20000x20000" in by_name["bomb.png"].metadata["errors"][0]["message"]
    assert verify_case(app, case.id).ok


def test_a_parser_that_hangs_is_stopped_by_the_timeout(app, case, tmp_path: Path, monkeypatch) -> None:
    """A file that makes the parser loop: the item is stored with E_METADATA_TIMEOUT after ~the timeout."""
    from evidenceapp.media import analyze as media_analyze

    real_submit = media_analyze.submit

    def hanging_submit(path, original_name, derived_dir=None, want=None, pool=None, timeout=5.0):
        job = real_submit(path, original_name, derived_dir, want, pool, timeout)
        if original_name == "hang.jpg":  # the worker really sleeps: the pool must kill it
            from evidenceapp.media.pool import default_pool

            job.probe = default_pool().submit("sleep", {"seconds": 30}, timeout=1.0, label=original_name)
        return job

    monkeypatch.setattr(media_analyze, "submit", hanging_submit)
    (tmp_path / "in").mkdir()
    badfiles.exif_loop_jpeg(tmp_path / "in" / "hang.jpg")
    badfiles.random_bytes(tmp_path / "in" / "other.bin")
    started = time.monotonic()
    report = add_paths(app, case.id, [tmp_path / "in"])
    assert time.monotonic() - started < 6
    items = {i.original_name: i for i in report.added}
    assert items["hang.jpg"].metadata_error == "E_METADATA_TIMEOUT"
    assert "took too long" in items["hang.jpg"].metadata["errors"][0]["message"]
    assert items["other.bin"].metadata_error == "E_MEDIA_UNRECOGNISED"
