"""`add` over a folder of phone media: items with capture times, thumbnails, keyframes; duplicates; share copies."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from helpers import cli, cli_json
from PIL import Image

from evidenceapp.core.hashing import sha256_file
from evidenceapp.media import samples
from evidenceapp.services import media as media_svc
from evidenceapp.services.importing import add_paths
from evidenceapp.services.verifying import verify_case
from evidenceapp.store import items_repo, journal_repo


@pytest.fixture(scope="module")
def phone(tmp_path_factory) -> dict[str, Path]:
    return samples.phone_folder(tmp_path_factory.mktemp("phone"))


def test_mixed_phone_folder(app, case, phone: dict[str, Path]) -> None:
    report = add_paths(app, case.id, [phone["photo"].parent])
    assert report.errors == [] and len(report.added) == 6
    items = {i.original_name: i for i in items_repo.for_case(app.db.con, case.id)}
    photo = items["IMG_20261120_101530.jpg"]
    assert (photo.kind, photo.captured_at, photo.captured_at_source) == (
        "photo", "2026-11-20T10:15:30+08:00", "exif")
    assert photo.gps_lat == pytest.approx(22.5431, abs=1e-3) and photo.camera_make == "Xiaomi"
    heic = items["IMG_0042.HEIC"]
    assert (heic.mime, heic.camera_model, heic.captured_at_source) == ("image/heic", "iPhone 15", "exif")
    shot = items["Screenshot_20261121-093000.png"]
    assert shot.kind == "screenshot" and shot.captured_at_source == "file_mtime"
    webp = items["parcel.webp"]
    assert webp.kind == "photo" and "stripped_or_reencoded" in webp.flags
    video = items["VID_20261120_102000.mp4"]
    assert (video.kind, video.captured_at, video.captured_at_source) == ("video", "2026-11-20T02:20:00Z", "container")
    assert video.duration == pytest.approx(3.0, abs=0.1)
    assert [k["t"] for k in video.metadata["keyframes"]] == [0.0]  # a 3 s clip: one keyframe every 10 s
    pdf = items["invoice.pdf"]
    assert pdf.kind == "document" and pdf.metadata["pages"] == 1
    for item in items.values():  # pictures, the video's poster frame, the PDF's first page
        assert item.metadata["derived"]["thumb"] == "thumb-256.jpg", item.original_name
        thumb = media_svc.thumbnail_path(app, item)
        with Image.open(thumb) as t:
            assert max(t.size) == 256 or item.mime == "video/mp4"  # the 320x240 video's poster is smaller
    assert verify_case(app, case.id).ok


def test_reimport_adds_nothing_and_says_so(home: Path, phone: dict[str, Path]) -> None:
    _, new = cli_json("case", "new", "--title", "t", "--platform", "jd", "--order-no", "JD-9", home=home)
    folder = str(phone["photo"].parent)
    _, first = cli_json("add", "JD-9", folder, home=home)
    assert len(first["added"]) == 6
    _, again = cli_json("add", "JD-9", folder, home=home)
    assert again["added"] == [] and len(again["duplicates"]) == 6
    text = cli("add", "JD-9", folder, home=home).stdout
    assert "added 0, duplicates 6" in text and "is already item" in text
    _, show = cli_json("case", "show", "JD-9", home=home)
    assert len(show["items"]) == 6
    human = cli("case", "show", "JD-9", home=home).stdout
    assert "2026-11-20 10:15:30 UTC+08:00 (exif)" in human and "camera Xiaomi 23013RK75C" in human
    assert "thumbnail" in human
    shot = next(i for i in show["items"] if i["kind"] == "screenshot")
    _, edited = cli_json("item", "edit", "JD-9", shot["id"][:10], "--kind", "photo", "--proves", "seller's promise",
                         home=home)
    assert (edited["kind"], edited["proves"]) == ("photo", "seller's promise")  # the classification is the user's


def test_near_duplicates_are_flagged(app, case, tmp_path: Path) -> None:
    original = samples.phone_jpeg(tmp_path / "in" / "IMG_1.jpg", size=(1600, 1200), seed=3)
    with Image.open(original) as im:  # what a chat app sends: resized, re-compressed, metadata gone
        im.resize((800, 600)).save(tmp_path / "in" / "mmexport1732100000000.jpg", quality=60)
    samples.phone_jpeg(tmp_path / "in" / "IMG_2.jpg", size=(1600, 1200), seed=11)  # another shot
    report = add_paths(app, case.id, [tmp_path / "in"])
    items = {i.original_name: items_repo.get(app.db.con, i.id) for i in report.added}
    copy = items["mmexport1732100000000.jpg"]
    assert {"near_duplicate", "messaging_app_copy", "stripped_or_reencoded"} <= set(copy.flags)
    assert copy.metadata["near_duplicates"][0]["item_id"] == items["IMG_1.jpg"].id
    assert "near_duplicate" in items["IMG_1.jpg"].flags
    assert "near_duplicate" not in items["IMG_2.jpg"].flags


def test_thumbnails_are_rebuilt_when_missing(app, case, tmp_path: Path) -> None:
    p = samples.phone_jpeg(tmp_path / "a.jpg", size=(800, 600))
    item = add_paths(app, case.id, [p]).added[0]
    thumb = app.objects.derived(item.sha256) / "thumb-256.jpg"
    stamp = thumb.stat().st_mtime_ns
    assert media_svc.thumbnail_path(app, item) == thumb and thumb.stat().st_mtime_ns == stamp  # generated once
    thumb.unlink()
    assert media_svc.rebuild_derived(app, case.id) == {"rebuilt": 1, "without_picture": 0}
    assert thumb.is_file()
    preview = media_svc.preview_path(app, item)
    with Image.open(preview) as im:
        assert im.size == (800, 600)


def test_video_keyframes_every_n_seconds(app, case, tmp_path: Path) -> None:
    p = samples.mp4(tmp_path / "v.mp4", seconds=6.0, fps=10, size=(160, 120))
    item = add_paths(app, case.id, [p]).added[0]
    frames = media_svc.keyframes(app, item, every_s=2.0)
    assert [f["t"] for f in frames] == [0.0, 2.0, 4.0, 6.0] or [f["t"] for f in frames] == [0.0, 2.0, 4.0]
    for f in frames:
        with Image.open(f["path"]) as im:
            assert im.size == (160, 120)


def _exiftool(path: Path) -> dict:
    out = subprocess.run(["exiftool", "-json", "-a", "-G", str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)[0]


def test_share_copy_strips_identifying_metadata(app, case, tmp_path: Path) -> None:
    p = samples.phone_jpeg(tmp_path / "IMG_9.jpg", size=(640, 480))
    item = add_paths(app, case.id, [p]).added[0]
    before = sha256_file(app.objects.path_for(item.sha256))
    copy = media_svc.share_copy(app, case.id, item, strip=True, out_dir=tmp_path / "out")
    assert sha256_file(app.objects.path_for(item.sha256)) == before  # original untouched
    tags = _exiftool(copy.exported_to)
    text = json.dumps(tags)
    for gone in ("GPS", "SerialNumber", "MakerNote", "OwnerName", "Artist", "Li Wei", "SN-4C2A9F01"):
        assert gone not in text, gone
    assert tags["EXIF:DateTimeOriginal"] == "2026:11:20 10:15:30" and tags["EXIF:OffsetTimeOriginal"] == "+08:00"
    assert tags["EXIF:Make"] == "Xiaomi"
    with Image.open(p) as a, Image.open(copy.exported_to) as b:  # lossless: the same pixels
        assert a.tobytes() == b.tobytes()
    entry = journal_repo.entries(app.db.con, case.id)[-1]
    assert entry.action == "share_copy_made"
    assert (entry.payload["source_sha256"], entry.payload["copy_sha256"]) == (item.sha256, copy.sha256)
    assert copy.sha256 == sha256_file(copy.exported_to)
    assert verify_case(app, case.id).ok


def test_share_cli_for_video_and_heic(home: Path, tmp_path: Path) -> None:
    cli_json("case", "new", "--title", "t", "--platform", "pdd", "--order-no", "PDD-1", home=home)
    v = samples.mp4(tmp_path / "in" / "v.mp4", seconds=1.0, fps=5, size=(64, 48))
    h = samples.heic(tmp_path / "in" / "h.heic", size=(320, 240))
    _, added = cli_json("add", "PDD-1", str(tmp_path / "in"), home=home)
    ids = {a["name"]: a["item_id"] for a in added["added"]}
    _, vcopy = cli_json("share", "PDD-1", ids["v.mp4"][:8], "--strip", "--out", str(tmp_path / "out"), home=home)
    assert "location" not in json.dumps(_exiftool(Path(vcopy["exported_to"]))).lower()
    assert "22.5431" not in json.dumps(_exiftool(Path(vcopy["exported_to"])))
    _, hcopy = cli_json("share", "PDD-1", ids["h.heic"][:8], "--strip", "--out", str(tmp_path / "out"), home=home)
    assert hcopy["re_encoded"] is True
    htags = json.dumps(_exiftool(Path(hcopy["exported_to"])))
    assert "GPS" not in htags and "Apple" in htags
    assert v.exists() and h.exists()
    proc = cli("share", "PDD-1", ids["v.mp4"][:8], home=home)
    assert proc.returncode == 2  # --strip is required: never a silent copy with metadata


def test_same_bytes_twice_in_one_batch_make_one_item(app, case, tmp_path: Path) -> None:
    """The pipeline stores several files before inserting any: a copy in the same folder is still a duplicate."""
    a = samples.phone_jpeg(tmp_path / "in" / "a.jpg", size=(320, 240))
    for n in range(3):
        (tmp_path / "in" / f"copy{n}.jpg").write_bytes(a.read_bytes())
    report = add_paths(app, case.id, [tmp_path / "in"])
    assert [i.original_name for i in report.added] == ["a.jpg"]
    assert [d["name"] for d in report.duplicates] == ["a.jpg"] * 3
    assert len(items_repo.for_case(app.db.con, case.id)) == 1
    assert verify_case(app, case.id).ok


def test_cancel_during_a_pipelined_import_leaves_whole_items_only(app, case, tmp_path: Path) -> None:
    from evidenceapp.core.progress import CancelToken

    for n in range(12):
        samples.plain_jpeg(tmp_path / "in" / f"p{n:02d}.jpg", size=(160, 120), seed=n)
    token = CancelToken()

    def progress(p) -> None:
        if p.done == 5:
            token.cancel()

    report = add_paths(app, case.id, [tmp_path / "in"], progress=progress, cancel=token)
    # Files still being copied when the token was set are dropped whole; the ones already stored are finished.
    assert report.cancelled and len(report.added) <= 5
    names = [i.original_name for i in report.added]
    assert names == sorted(names)  # inserted in listing order
    assert len(items_repo.for_case(app.db.con, case.id)) == len(report.added)
    assert verify_case(app, case.id).ok
