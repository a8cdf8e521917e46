"""Call recordings from phones are audio items with duration, codec, capture time and the other party."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from audiokit import amr_silence, tone_file

from evidenceapp.media.sniff import sniff_file
from evidenceapp.services.importing import add_paths
from evidenceapp.store import journal_repo

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


@pytest.mark.parametrize("lang", ["zh_CN", "en", "fr"])
def test_dossier_prints_the_call_with_masked_number_duration_and_transcript(app, case, tmp_path: Path,
                                                                          lang: str) -> None:
    from evidenceapp.services.exporting import export_case
    from evidenceapp.services.ocr import set_transcript

    path = tone_file(tmp_path / "张三(13812345678)_20261120103000.m4a", "ipod", "aac", seconds=3.0)
    item = add_paths(app, case.id, [path]).added[0]
    said = "客服承认杯子出厂时就有裂纹，答应全额退款。" if lang == "zh_CN" else \
        "The agent admitted the mug was cracked before shipping and promised a full refund."
    out = set_transcript(app, case.id, item.id, said)
    assert out["chars"] == len(said)
    res = export_case(app, case.id, "platform", lang, tmp_path / "out", sign=False)
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(res.pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "13812345678" not in text  # never the full number in a document sent to someone else
    assert "张三" in text and "0:03" in text
    assert said[:20] in text
    assert "item_text_added" in [e.action for e in journal_repo.entries(app.db.con, case.id)]


def test_transcript_only_for_recordings_and_not_empty(app, case, tmp_path: Path) -> None:
    from helpers import make_jpeg

    from evidenceapp.core.errors import InvalidInput
    from evidenceapp.services.ocr import search, set_transcript

    photo = add_paths(app, case.id, [make_jpeg(tmp_path / "p.jpg")]).added[0]
    with pytest.raises(InvalidInput):
        set_transcript(app, case.id, photo.id, "text")
    rec = add_paths(app, case.id, [amr_silence(tmp_path / "通话录音 客服 20261122_153000.amr")]).added[0]
    with pytest.raises(InvalidInput):
        set_transcript(app, case.id, rec.id, "   ")
    set_transcript(app, case.id, rec.id, "seller said: cancel the dispute first and I refund you on WeChat")
    assert [r["item_id"] for r in search(app, case.id, "WeChat")] == [rec.id]  # searchable like OCR text


def test_waveform_follows_the_sound_and_is_kept(app, case, tmp_path: Path) -> None:
    from evidenceapp.services.media import WAVEFORM_NAME, waveform

    item = add_paths(app, case.id, [tone_file(tmp_path / "通话录音 客服 20261122_153000.m4a", "ipod", "aac",
                                               seconds=4.0)]).added[0]
    wave = waveform(app, item)
    assert wave is not None and wave["duration"] == pytest.approx(4.0, abs=0.1)
    peaks = wave["peaks"]
    assert len(peaks) == 600 and max(peaks) == 1.0
    # The tone fades in: the last quarter is louder than the first.
    assert sum(peaks[-150:]) > 2 * sum(peaks[:150])
    assert (app.objects.derived(item.sha256) / WAVEFORM_NAME).is_file()
    assert waveform(app, item) == wave  # from derived/, no second decode
    amr = add_paths(app, case.id, [amr_silence(tmp_path / "a.amr")]).added[0]
    silent = waveform(app, amr)
    assert silent is not None and max(silent["peaks"]) == 0.0
