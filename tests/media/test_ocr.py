"""OCR of a chat screenshot rendered here with the bundled CJK font: at least 90 % of the characters come back.

Skipped (with the reason) only when the OCR extra is not installed; CI installs it.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from chatshot import CHAT, render_chat

from evidenceapp.media import ocr

pytestmark = pytest.mark.skipif(not ocr.available(), reason="OCR extra not installed (pip install rapidocr onnxruntime)")


def recovered(expected: str, got: str) -> float:
    a = "".join(expected.split())
    b = "".join(got.split())
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in m.get_matching_blocks()) / len(a)


def test_chat_screenshot_text_is_recovered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = render_chat(tmp_path / "chat.png")
    r = ocr.ocr_image(png)
    expected = "\n".join(t for _, t in CHAT)
    score = recovered(expected, r.text)
    with capsys.disabled():
        print(f"\nOCR: {score:.1%} of characters recovered in {r.seconds:.2f} s ({r.engine}, {r.width}x{r.height})")
    assert score >= 0.9, r.text
    # One message per line, in reading order, with boxes inside the image.
    assert len(r.lines) >= len(CHAT)
    assert r.lines[0].box[1] < r.lines[-1].box[1]
    assert all(0 <= b.box[0] < b.box[2] <= r.width and 0 <= b.box[1] < b.box[3] <= r.height for b in r.lines)
    assert any("关闭纠纷" in line.text for line in r.lines)


def test_tall_screenshots_are_read_in_bands_without_duplicates(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ocr, "TILE_HEIGHT", 450)  # force three bands on a small image, keeps the test quick
    monkeypatch.setattr(ocr, "OVERLAP", 120)
    lines = [("left", f"第{n}条 message {n}") for n in range(8)]
    png = render_chat(tmp_path / "tall.png", lines, width=500)
    r = ocr.ocr_image(png)
    texts = ["".join(x.text.split()) for x in r.lines]
    for n in range(8):
        assert sum(f"第{n}条message{n}" == t for t in texts) == 1, texts


def test_unreadable_file_is_a_coded_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    with pytest.raises(ocr.OcrFailed) as info:
        ocr.ocr_image(bad)
    assert info.value.code == "E_OCR_FAILED"


def test_group_lines_merges_boxes_on_one_row() -> None:
    boxes = [ocr.OcrLine("world", [120, 10, 200, 40], 0.9), ocr.OcrLine("hello", [10, 12, 100, 42], 0.95),
             ocr.OcrLine("next", [10, 80, 90, 110], 0.99)]
    got = ocr.group_lines(boxes)
    assert [(g.text, g.box) for g in got] == [("hello world", [10, 10, 200, 42]), ("next", [10, 80, 90, 110])]
