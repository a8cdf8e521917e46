"""Source specs and the camera-less machine: a clear coded error that lists what can be recorded from."""

from __future__ import annotations

import pytest

from evidenceapp.capture.sources import (
    CameraSource,
    FileSource,
    SyntheticSource,
    available_sources,
    fit,
    open_source,
    parse_size,
)
from evidenceapp.core.errors import CameraUnavailable, SourceInvalid


def test_specs() -> None:
    assert isinstance(open_source("synthetic", (320, 240), 15), SyntheticSource)
    assert isinstance(open_source("camera:0", (320, 240), 15), CameraSource)
    f = open_source("file:/tmp/x y.mp4", (320, 240), 15)
    assert isinstance(f, FileSource) and str(f.path) == "/tmp/x y.mp4"
    for bad in ("camera:x", "webcam", "file:", "synthetic:3"):
        with pytest.raises(SourceInvalid) as e:
            open_source(bad, (320, 240), 15)
        assert e.value.code == "E_SOURCE_INVALID"


def test_sizes() -> None:
    assert parse_size("1280x720") == (1280, 720)
    for bad in ("1280", "1281x720", "axb", "8x8"):
        with pytest.raises(SourceInvalid):
            parse_size(bad)


def test_missing_camera_lists_sources(tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = CameraSource(63, (320, 240), 15)
    with pytest.raises(CameraUnavailable) as e:
        src.open()
    assert e.value.code == "E_CAMERA_UNAVAILABLE"
    assert "synthetic" in e.value.message and "file:PATH" in e.value.message
    assert available_sources()[-2:] == ["file:PATH", "synthetic"]


def test_missing_or_bad_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SourceInvalid):
        FileSource(tmp_path / "none.mp4").open()
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"not a video" * 100)
    with pytest.raises(SourceInvalid):
        FileSource(junk).open()


def test_fit_letterboxes() -> None:
    import numpy as np

    out = fit(np.full((100, 100, 3), 255, np.uint8), (320, 240))
    assert out.shape == (240, 320, 3)
    assert out[:, :30].max() == 0 and out[120, 160].min() == 255
