"""Chat understanding on a real store: OCR of an imported screenshot, full-text search, pasted chat, scam hits
pointing at the item and the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from chatshot import render_chat

from evidenceapp.core.progress import CancelToken
from evidenceapp.media import ocr as ocr_media
from evidenceapp.services import cases as cases_svc
from evidenceapp.services import ocr as ocr_svc
from evidenceapp.services import playbook as pb_svc
from evidenceapp.services.importing import add_paths

needs_ocr = pytest.mark.skipif(not ocr_media.available(), reason="OCR extra not installed")


def test_pasted_chat_is_an_item_searchable_and_scanned(app, case) -> None:
    item = ocr_svc.add_chat_text(app, case.id, "您好\n亲，麻烦您先关闭纠纷，我们马上给您补发\n我要退款\n")
    assert item.kind == "chat_text" and item.source == "paste"
    assert ocr_svc.item_text(app, item.id)["source"] == "paste"
    hits = ocr_svc.search(app, case.id, "纠纷")
    assert hits == [{"item_id": item.id, "source": "paste", "lines": [{"line": 2, "text": "亲，麻烦您先关闭纠纷，我们马上给您补发"}]}]
    assert ocr_svc.search(app, case.id, "退款")[0]["lines"] == [{"line": 3, "text": "我要退款"}]
    assert ocr_svc.search(app, case.id, "paypal") == [] and ocr_svc.search(app, case.id, "  ") == []
    g = pb_svc.case_guidance(app, case.id, "zh_CN")
    assert [(h.item_id, h.line, h.signal) for h in g.scam_hits] == [(item.id, 2, "close_dispute")]
    # A Taobao case gets the general advice; AliExpress's "cancel, never close" is shown on AliExpress only.
    assert "撤销" in g.scam_hits[0].advice and "保护期" not in g.scam_hits[0].advice
    assert "ali_never_close" not in g.scam_hits[0].warnings
    ali = cases_svc.create_case(app, "t", "aliexpress", "AE-1", dispute="logistics")
    ocr_svc.add_chat_text(app, ali.id, "Please close the dispute, my boss will fire me\n")
    hits = pb_svc.case_guidance(app, ali.id, "zh_CN").scam_hits
    assert {h.signal for h in hits} == {"close_dispute", "plea_to_close"}
    assert all("ali_never_close" in h.warnings and "取消" in h.advice for h in hits)
    actions = [e.action for e in cases_svc.journal(app, case.id)]
    assert actions[-2:] == ["item_added", "item_text_added"]


def test_imported_chat_text_file_is_scanned_before_and_after_indexing(app, case, tmp_path: Path) -> None:
    f = tmp_path / "export.txt"
    f.write_text("Hello\nSend me your PayPal email and I will transfer the money\n", "utf-8")
    item = add_paths(app, case.id, [f]).added[0]
    assert item.kind == "chat_text"
    assert [(h.line, h.signal) for h in pb_svc.scan_case(app, case.id)] == [(2, "refund_outside")]
    assert [i.id for i in ocr_svc.pending(app, case.id)] == [item.id]
    cancel = CancelToken()
    cancel.cancel()
    assert ocr_svc.ocr_all_pending(app, cancel=cancel).cancelled
    report = ocr_svc.ocr_all_pending(app)
    assert report.done == [item.id] and not report.errors and ocr_svc.pending(app, case.id) == []
    assert ocr_svc.search(app, case.id, "PayPal")[0]["item_id"] == item.id


@needs_ocr
def test_screenshot_is_read_searched_and_flagged(app, case, tmp_path: Path) -> None:
    png = render_chat(tmp_path / "Screenshot_chat.png")
    item = add_paths(app, case.id, [png]).added[0]
    assert ocr_svc.wants_ocr(item), item.kind
    seen = []
    report = ocr_svc.ocr_case(app, case.id, progress=seen.append)
    assert report.done == [item.id] and not report.errors and report.seconds > 0
    assert seen[-1].done == seen[-1].total == 1
    row = ocr_svc.item_text(app, item.id)
    assert row["source"] == "ocr" and row["engine"].startswith("rapidocr") and row["lines"][0]["box"]
    found = ocr_svc.search(app, case.id, "关闭纠纷")
    assert found and found[0]["item_id"] == item.id and "关闭纠纷" in found[0]["lines"][0]["text"]
    hits = pb_svc.case_guidance(app, case.id, "en").scam_hits
    assert {h.signal for h in hits} >= {"close_dispute", "refund_outside"}
    assert all(h.item_id == item.id and h.line >= 1 for h in hits)
    # The buyer's own bubble (right side) repeats "关闭纠纷" but is not flagged; the seller's (left) are.
    sides = {x["text"]: x["side"] for x in row["lines"]}
    assert sides.get("你让我关闭纠纷？") == "right" and sides.get("亲，麻烦您先关闭纠纷，我们马上给您补发") != "right"
    assert not any("你让我" in h.text for h in hits)
    # The OCR result is cached with the object: a second case with the same screenshot is not read again.
    c2 = cases_svc.create_case(app, "again", "aliexpress", "AE-2")
    item2 = add_paths(app, c2.id, [png]).added[0]
    assert (app.objects.derived(item.sha256) / ocr_svc.OCR_CACHE).is_file()
    ocr_svc.ocr_case(app, c2.id)
    assert ocr_svc.item_text(app, item2.id)["text"] == row["text"]
