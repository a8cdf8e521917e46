"""Metadata, classification and derived pictures of generated phone media, through the worker pool."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from evidenceapp.media import samples
from evidenceapp.media.analyze import analyze


def _analyze(p: Path, tmp_path: Path, name: str | None = None) -> dict:
    _, fields = analyze(p, name or p.name, derived_dir=tmp_path / "derived" / p.name)
    return fields


def test_phone_jpeg_fields_and_full_tag_set(tmp_path: Path) -> None:
    f = _analyze(samples.phone_jpeg(tmp_path / "IMG_1.jpg"), tmp_path)
    assert f["kind"] == "photo" and f["mime"] == "image/jpeg"
    assert f["captured_at"] == "2026-11-20T10:15:30+08:00" and f["captured_at_source"] == "exif"
    assert (f["camera_make"], f["camera_model"]) == ("Xiaomi", "23013RK75C")
    assert f["gps_lat"] == pytest.approx(22.543096, abs=1e-5) and f["gps_lon"] == pytest.approx(114.057865, abs=1e-5)
    assert (f["width"], f["height"], f["orientation"]) == (1600, 1200, 1)
    tags = f["metadata"]["exif"]
    assert tags["EXIF BodySerialNumber"] == "SN-4C2A9F01" and "GPS GPSLatitude" in tags
    assert f["flags"] == [] and "metadata_error" not in f
    assert len(f["phash"]) == 16


def test_capture_time_sources(tmp_path: Path) -> None:
    inferred = _analyze(samples.phone_jpeg(tmp_path / "a.jpg", offset=None), tmp_path)
    assert inferred["captured_at"] == "2026-11-20T10:15:30+08:00"
    assert inferred["captured_at_source"] == "exif_gps_offset"  # wall clock minus GPS clock
    local = _analyze(samples.phone_jpeg(tmp_path / "b.jpg", offset=None, gps=None), tmp_path)
    assert (local["captured_at"], local["captured_at_source"]) == ("2026-11-20T10:15:30", "exif_local")
    west = _analyze(samples.phone_jpeg(tmp_path / "c.jpg", offset="-05:00", gps=(40.7, -74.0)), tmp_path)
    assert west["captured_at"] == "2026-11-20T10:15:30-05:00" and west["gps_lon"] < 0


def test_editing_software_is_flagged(tmp_path: Path) -> None:
    f = _analyze(samples.phone_jpeg(tmp_path / "e.jpg", software="Adobe Photoshop 25.0 (Windows)"), tmp_path)
    assert f["software"].startswith("Adobe Photoshop") and "possibly_edited" in f["flags"]
    ok = _analyze(samples.phone_jpeg(tmp_path / "o.jpg", software="MIUI Camera"), tmp_path)
    assert "possibly_edited" not in ok["flags"]


def test_reencoded_and_messaging_copies_are_flagged(tmp_path: Path) -> None:
    plain = _analyze(samples.plain_jpeg(tmp_path / "parcel.jpg"), tmp_path)
    assert plain["kind"] == "photo" and plain["flags"] == ["stripped_or_reencoded"]
    assert plain["metadata"]["jpeg"]["quality_estimate"] == 75
    wechat = _analyze(samples.plain_jpeg(tmp_path / "mmexport1732100000000.jpg"), tmp_path)
    assert set(wechat["flags"]) == {"messaging_app_copy", "stripped_or_reencoded"}


def test_screenshot_classification(tmp_path: Path) -> None:
    by_size = _analyze(samples.chat_screenshot(tmp_path / "chat.png"), tmp_path)
    assert by_size["kind"] == "screenshot" and by_size["flags"] == []
    assert by_size["metadata"]["classification"]["reason"] == "no camera metadata and screen-sized"
    jpeg_shot = _analyze(samples.plain_jpeg(tmp_path / "x.jpg", size=(1170, 2532)), tmp_path)
    assert jpeg_shot["kind"] == "screenshot" and "stripped_or_reencoded" not in jpeg_shot["flags"]
    named = _analyze(samples.plain_jpeg(tmp_path / "Screenshot_2026-11-21.jpg", size=(800, 600)), tmp_path)
    assert named["kind"] == "screenshot"


def test_heic_webp_png_and_pdf(tmp_path: Path) -> None:
    h = _analyze(samples.heic(tmp_path / "IMG_0042.HEIC"), tmp_path)
    assert (h["mime"], h["camera_make"], h["captured_at"]) == ("image/heic", "Apple", "2026-11-20T10:15:30+08:00")
    assert h["metadata"]["derived"] == {"thumb": "thumb-256.jpg"}
    w = _analyze(samples.webp(tmp_path / "p.webp", exif=samples.phone_exif(make="Google", model="Pixel 9")),
                 tmp_path)
    assert (w["mime"], w["camera_model"], w["kind"]) == ("image/webp", "Pixel 9", "photo")
    png = samples.chat_screenshot(tmp_path / "s.png")
    Image.open(png).save(png, pnginfo=_pnginfo({"Software": "Android", "Comment": "chat with seller"}))
    p = _analyze(png, tmp_path)
    assert p["metadata"]["text"] == {"Software": "Android", "Comment": "chat with seller"}
    d = _analyze(samples.pdf(tmp_path / "invoice.pdf"), tmp_path)
    assert d["kind"] == "document" and d["metadata"]["pages"] == 1
    assert d["metadata"]["pdf_info"]["Author"] == "Li Wei" and d["captured_at_source"] == "pdf_created"


def _pnginfo(text: dict[str, str]):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    for k, v in text.items():
        info.add_text(k, v)
    return info


def test_video_container_info_and_poster(tmp_path: Path) -> None:
    f = _analyze(samples.mp4(tmp_path / "VID.mp4", seconds=2.0, size=(320, 240)), tmp_path)
    assert f["kind"] == "video" and f["duration"] == pytest.approx(2.0, abs=0.1)
    assert (f["width"], f["height"]) == (320, 240)
    assert (f["captured_at"], f["captured_at_source"]) == ("2026-11-20T02:20:00Z", "container")
    assert (f["gps_lat"], f["gps_lon"]) == (22.5431, 114.0579)
    assert f["metadata"]["streams"][0]["codec"] == "h264"
    assert f["metadata"]["derived"] == {"poster": "poster.jpg", "thumb": "thumb-256.jpg"}
    with Image.open(tmp_path / "derived" / "VID.mp4" / "poster.jpg") as poster:
        assert poster.size == (320, 240)


def test_thumbnail_applies_exif_orientation(tmp_path: Path) -> None:
    # Stored landscape 800x600 with Orientation 6 (rotate 90° CW to display): the thumbnail must be portrait.
    p = samples.phone_jpeg(tmp_path / "rot.jpg", size=(800, 600), orientation=6)
    f = _analyze(p, tmp_path)
    assert f["orientation"] == 6
    with Image.open(tmp_path / "derived" / "rot.jpg" / "thumb-256.jpg") as thumb:
        assert thumb.size == (192, 256)


def test_portrait_phone_video_is_shown_upright(tmp_path: Path) -> None:
    """A phone stores portrait video as landscape frames plus a display matrix (-90°): poster and size follow it."""
    p = samples.mp4(tmp_path / "portrait.mp4", seconds=1.0, fps=5, size=(160, 120), rotation=-90)
    f = _analyze(p, tmp_path)
    assert (f["width"], f["height"], f["metadata"]["rotation"]) == (120, 160, -90)
    with Image.open(tmp_path / "derived" / "portrait.mp4" / "poster.jpg") as poster:
        assert poster.size == (120, 160)


def test_extract_keyframes_is_reusable_on_any_video(tmp_path: Path) -> None:
    from evidenceapp.media.frames import extract_keyframes

    p = samples.mp4(tmp_path / "take.mp4", seconds=5.0, fps=10, size=(160, 120))
    frames = extract_keyframes(p, tmp_path / "kf", every_s=2.0, at=[3.5])
    assert [k["t"] for k in frames] == [0.0, 2.0, 3.5, 4.0]
    assert [k["frame_time"] for k in frames] == [0.0, 2.0, 3.5, 4.0]
    assert all((tmp_path / "kf" / k["file"]).is_file() for k in frames)
