"""Issue 17.10/17.11, read off the rendered pages: screenshots on as few pages as stay legible with no blank
continuation page (pdftoppm renders checked for ink), upload/ by importance, keyframes large enough to read the
burned-in clock (pdfimages) with captions that give the marker table's times (pdftotext)."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dossier_kit import make_tall_chat, make_video, pdftotext  # noqa: E402

from evidenceapp.services.cases import create_case
from evidenceapp.services.exporting import export_case
from evidenceapp.services.importing import add_paths, import_stream
from evidenceapp.services.playbook import tag_item
from evidenceapp.store import items_repo

WHEN = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


def _phone_chat(path: Path, height: int, content_to: int | None = None) -> Path:
    """A 1080-wide chat screenshot: bubbles with text down to ``content_to`` (default: all the way), then empty."""
    from PIL import Image, ImageDraw, ImageFont

    from evidenceapp import config

    font = ImageFont.truetype(str(config.cjk_font_path()), 40)
    im = Image.new("RGB", (1080, height), (237, 237, 237))
    d = ImageDraw.Draw(im)
    for k, y in enumerate(range(40, (content_to or height) - 120, 130)):
        d.rectangle([40, y, 900, y + 90], fill=(255, 255, 255) if k % 2 else (149, 236, 105))
        d.text((60, y + 20), f"消息 {k:02d} message", font=font, fill=(0, 0, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "PNG")
    return path


def _inked(png: Path) -> float:
    """Share of the page body (between running header and footer) that is not white."""
    from PIL import Image

    with Image.open(png) as im:
        g = im.convert("L")
        w, h = g.size
        body = g.crop((0, int(h * 0.07), w, int(h * 0.92)))
        hist = body.histogram()
        return 1 - sum(hist[245:]) / (body.width * body.height)


def _pages_of(text: str, marker: str) -> list[int]:
    return [n for n, page in enumerate(text.split("\f"), start=1) if marker in page]


def test_screenshots_fit_when_legible_and_leave_no_blank_page(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = create_case(app, "t", "pdd", "PDD-1", dispute="quality")
    media = tmp_path / "m"
    add_paths(app, case.id, [_phone_chat(media / "phone.png", 2340),
                             _phone_chat(media / "tail.png", 5200, content_to=1800),
                             make_tall_chat(media / "long.png")])
    res = export_case(app, case.id, "platform", "en", tmp_path / "out", created=WHEN, sign=False)
    text = pdftotext(res.pdf)
    # a phone screenshot and one with an empty tail: one page each, no "continued" part
    for n in (1, 2):
        assert not re.search(rf"Exhibit {n} \(continued", text)
    # the 6000-px chat needs several pages, at a legible size (fewer than at full width: was 5)
    parts = re.findall(r"Exhibit 3 \(continued, part (\d+) of (\d+)", text)
    assert parts and 2 <= int(parts[0][1]) <= 4
    # every page has something on it
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(res.pdf), str(tmp_path / "pg")], check=True)
    pngs = sorted(tmp_path.glob("pg-*.png"))
    assert len(pngs) == res.pages
    blank = [p.name for p in pngs if _inked(p) < 0.01]
    assert not blank, blank


def test_upload_takes_the_most_important_exhibits_first(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = create_case(app, "t", "jd", "JD-1", dispute="quality")
    from helpers import make_jpeg

    media = tmp_path / "m"
    add_paths(app, case.id, [make_jpeg(media / "a-box.jpg", seed=1), _phone_chat(media / "b-chat.png", 1600),
                             make_jpeg(media / "c-crack.jpg", seed=2), make_jpeg(media / "d-label.jpg", seed=3)])
    ids = {i.original_name: i.id for i in items_repo.for_case(app.db.con, case.id)}
    tag_item(app, case.id, ids["c-crack.jpg"], "defect")
    tag_item(app, case.id, ids["b-chat.png"], "refusal")
    tag_item(app, case.id, ids["d-label.jpg"], "tracking")
    res = export_case(app, case.id, "platform", "en", tmp_path / "out", created=WHEN, sign=False)
    images = [f.name for f in res.upload.files if f.kind == "image"]
    order = [next(k for k in ("crack", "chat", "label", "box") if k in n) for n in images]
    assert order == ["crack", "chat", "label"]  # JD takes 3 files: the untagged box is left out
    res = export_case(app, case.id, "platform", "en", tmp_path / "out2", created=WHEN, sign=False,
                      upload_items=[ids["a-box.jpg"], ids["c-crack.jpg"]])
    assert [next(k for k in ("crack", "box", "chat", "label") if k in f.name) for f in res.upload.files
            if f.kind == "image"] == ["crack", "box"]


def test_keyframes_are_legible_and_captions_match_the_markers(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = create_case(app, "t", "taobao", "TB-9", dispute="quality")
    mp4 = make_video(tmp_path / "m" / "take.mp4", seconds=3.0, size=(1280, 720))
    with open(mp4, "rb") as f:
        item, _ = import_stream(app, case.id, f, "take.mp4", "import", kind="unboxing")
    marks = ((0.9, "面单 label"), (2.0, "défaut close-up"))
    with app.db.tx() as con:
        for off, label in marks:
            items_repo.add_marker(con, item.id, off, label, f"2026-11-20T10:00:0{int(off)}Z")
    res = export_case(app, case.id, "platform", "en", tmp_path / "out", created=WHEN, sign=False)
    listing = subprocess.run(["pdfimages", "-list", str(res.pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    widths = [int(line.split()[3]) for line in listing]
    assert sum(w >= 900 for w in widths) >= len(marks) + 2  # start, each marker, end
    text = pdftotext(res.pdf)
    table = text[text.index("Markers"):text.index("keyframes at the markers")]
    frames = text[text.index("keyframes at the markers"):]
    for off, label in marks:
        clock = f"00:0{int(off)}"
        assert re.search(clock + r"\s+" + re.escape(label.split()[0]), frames)  # the frame's caption
        assert clock in table and label.split()[0] in table


def test_how_to_verify_gives_windows_macos_and_linux_commands_that_work(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """17.15: HOW-TO-VERIFY.txt and the PDF's appendix give the commands for each system, in the dossier's
    language; the Linux and macOS ones are run here on the unzipped bundle."""
    import zipfile

    from helpers import make_jpeg

    case = create_case(app, "t", "taobao", "TB-5", dispute="quality")
    add_paths(app, case.id, [make_jpeg(tmp_path / "m" / "裂纹.jpg")])
    words = {"zh_CN": "逐一核对", "en": "Check every file", "fr": "Vérifiez chaque fichier"}
    for lang in ("zh_CN", "en", "fr"):
        res = export_case(app, case.id, "platform", lang, tmp_path / lang, created=WHEN, sign=False)
        folder = tmp_path / f"u-{lang}"
        with zipfile.ZipFile(res.bundle) as z:
            z.extractall(folder)
        how = (folder / "HOW-TO-VERIFY.txt").read_text(encoding="utf-8")
        pdf = re.sub(r"\s+", " ", pdftotext(res.pdf))
        for needle in ("certutil -hashfile", "Get-FileHash -Algorithm SHA256", "shasum -a 256 -c --strict SHA256SUMS",
                       "sha256sum -c --strict SHA256SUMS", "python3 verify.py", words[lang]):
            assert needle in how, (lang, needle)
            assert needle in pdf, (lang, needle)
        for cmd in (["sha256sum", "-c", "--strict", "SHA256SUMS"], ["shasum", "-a", "256", "-c", "--strict",
                                                                     "SHA256SUMS"]):
            assert subprocess.run(cmd, cwd=folder, capture_output=True).returncode == 0, cmd
        # what --strict is said to do is what it does: a malformed line fails the check
        sums = folder / "SHA256SUMS"
        sums.write_text(sums.read_text(encoding="utf-8") + "not a checksum line\n", encoding="utf-8")
        assert subprocess.run(["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=folder,
                              capture_output=True).returncode != 0
