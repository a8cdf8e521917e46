"""Call recordings from phones are audio items with duration, codec, capture time and the other party."""

from __future__ import annotations

from pathlib import Path

import pytest
from audiokit import amr_silence, tone_file

from evidenceapp.media.sniff import sniff_file
from evidenceapp.services.importing import add_paths

FORMATS = [  # (file name as the phone writes it, container, codec)
    ("通话录音 138xxxx 20261120_103000.m4a", "ipod", "aac"),
    ("Call recording Name_201120_103000.m4a", "ipod", "aac"),
    ("张三(13812345678)_20261120103000.mp3", "mp3", "libmp3lame"),
    ("record_13812345678_20261120-103000.3ga", "3gp", "aac"),
    ("Call with 4008123123 2026-11-21 14-05-33.opus", "ogg", "libopus"),
    ("通话录音 客服_20261121_140533.wav", "wav", "pcm_s16le"),
    ("voice note.aac", "adts", "aac"),
    ("memo.flac", "flac", "flac"),
]


@pytest.mark.parametrize(("name", "fmt", "codec"), FORMATS)
def test_phone_audio_is_an_audio_item_with_duration_and_codec(app, case, tmp_path: Path, name: str, fmt: str,
                                                             codec: str) -> None:
    rate = 48000 if codec == "libopus" else 16000
    path = tone_file(tmp_path / "in" / name, fmt, codec, seconds=2.0, rate=rate)
    assert sniff_file(path).kind in ("audio", "video")  # 3GP is decided by its streams
    report = add_paths(app, case.id, [path])
    assert not report.errors, report.errors
    item = report.added[0]
    assert item.kind == "audio", (name, item.kind, item.mime)
    assert item.duration == pytest.approx(2.0, abs=0.15)
    assert item.metadata["audio"]["codec"] in (codec.removeprefix("lib").replace("mp3lame", "mp3"), "opus",
                                               "mp3", "aac", "pcm_s16le", "flac")
    assert "type_mismatch" not in item.flags


def test_call_party_and_time_come_from_the_name_when_the_container_has_none(app, case, tmp_path: Path) -> None:
    path = tone_file(tmp_path / "张三(13812345678)_20261120103000.mp3", "mp3", "libmp3lame")
    item = add_paths(app, case.id, [path]).added[0]
    assert item.metadata["call"] == {"number": "13812345678", "contact": "张三", "started": "2026-11-20T10:30:00"}
    assert (item.captured_at, item.captured_at_source) == ("2026-11-20T10:30:00", "file_name")


def test_the_containers_time_wins_over_the_name(app, case, tmp_path: Path) -> None:
    path = tone_file(tmp_path / "通话录音 138xxxx 20261120_103000.m4a", "ipod", "aac",
                     creation_time="2026-11-20T02:30:05Z")
    item = add_paths(app, case.id, [path]).added[0]
    assert item.captured_at_source == "container" and item.captured_at == "2026-11-20T02:30:05Z"
    assert item.metadata["call"]["number"] == "138xxxx"


def test_amr_recording_without_any_time_inside(app, case, tmp_path: Path) -> None:
    path = amr_silence(tmp_path / "13812345678 20261122153000.amr", seconds=3.0)
    item = add_paths(app, case.id, [path]).added[0]
    assert item.kind == "audio" and item.mime == "audio/amr"
    assert item.duration == pytest.approx(3.0, abs=0.1)
    assert item.captured_at == "2026-11-22T15:30:00" and item.metadata["call"]["number"] == "13812345678"


def test_a_3gp_with_a_picture_stays_a_video(app, case, tmp_path: Path) -> None:
    import av
    import numpy as np

    path = tmp_path / "clip.3gp"
    with av.open(str(path), "w", format="3gp") as out:
        st = out.add_stream("mpeg4", rate=10)
        st.width, st.height, st.pix_fmt = 176, 144, "yuv420p"
        for i in range(10):
            frame = av.VideoFrame.from_ndarray(np.full((144, 176, 3), i * 20, np.uint8), format="rgb24")
            for p in st.encode(frame):
                out.mux(p)
        for p in st.encode(None):
            out.mux(p)
    item = add_paths(app, case.id, [path]).added[0]
    assert item.kind == "video"
