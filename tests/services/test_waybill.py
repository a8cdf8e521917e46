"""The waybill check: a take's label read by OCR, compared with the case's number, stored with a crop."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from waybillkit import label_image, label_take_clip

from evidenceapp.media import ocr
from evidenceapp.services import cases as cases_svc
from evidenceapp.services import playbook as playbook_svc
from evidenceapp.services import recording as rec
from evidenceapp.services import waybill
from evidenceapp.services.exporting import export_case
from evidenceapp.services.importing import add_paths
from evidenceapp.store import items_repo, journal_repo

pytestmark = pytest.mark.skipif(not ocr.available(), reason="OCR engine not installed")
NUMBER = "SF1234567890123"


def _take(app, case, tmp_path, number, **label):
    """A real take: the generated clip played through the recorder as its camera (overlay burned in)."""
    src = label_take_clip(tmp_path / "label.mp4", number, **label)
    s = rec.RecordingSession(app, case.id, f"file:{src}", size=(640, 420), fps=10, audio=None)
    s.start()
    s.wait(30)
    return s.stop()


@pytest.fixture
def sf_case(app, case):
    return cases_svc.edit_case(app, case.id, waybill_no=NUMBER)


def test_the_label_in_a_take_matches_the_case(app, sf_case, tmp_path) -> None:
    item = _take(app, sf_case, tmp_path, NUMBER, rotate=12, blur=0.8)
    out = waybill.check(app, sf_case.id, item.id)
    assert out["found"] and out["matches_case"] and out["text"] == NUMBER
    assert 0.9 <= out["at"] <= 4.2  # when the label is on screen
    crop = items_repo.get(app.db.con, out["crop_item_id"])
    assert crop.source == "waybill" and crop.kind == "photo" and crop.metadata["waybill_of"]["item_id"] == item.id
    # The crop is evidence like any other: stored, hashed, journalled; the check is journalled with it.
    actions = [e.action for e in journal_repo.entries(app.db.con, sf_case.id)]
    assert "waybill_checked" in actions and actions.count("item_added") >= 2
    stored = items_repo.get(app.db.con, item.id).metadata["waybill_check"]
    assert stored == out
    # The Overview has nothing to warn about; the dossier says it in one line, the crop as an exhibit.
    guidance = playbook_svc.case_guidance(app, sf_case.id, "zh_CN")
    assert not [w for w in guidance.warnings if w.key.startswith("waybill")]
    res = export_case(app, sf_case.id, "platform", "zh_CN", tmp_path / "out", sign=False)
    text = " ".join(subprocess.run(["pdftotext", str(res.pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert f"运单号 {NUMBER} 于开箱视频 00:0" in text and "与本订单物流单号一致" in text


def test_another_parcels_label_is_a_mismatch_never_a_match(app, sf_case, tmp_path) -> None:
    item = _take(app, sf_case, tmp_path, "SF1234567890128", rotate=-10)
    out = waybill.check(app, sf_case.id, item.id)
    assert out["found"] and not out["matches_case"] and out["text"] == "SF1234567890128"
    warned = [w for w in playbook_svc.case_guidance(app, sf_case.id, "en").warnings if w.key == "waybill_mismatch"]
    assert warned and "SF1234567890128" in warned[0].text and NUMBER in warned[0].text


def test_no_label_filmed(app, sf_case, tmp_path) -> None:
    item = _take(app, sf_case, tmp_path, None)
    out = waybill.check(app, sf_case.id, item.id)
    assert out == {"found": False, "text": "", "at": None, "matches_case": False, "crop_item_id": "",
                   "carrier": "", "target": ""}
    keys = [w.key for w in playbook_svc.case_guidance(app, sf_case.id, "fr").warnings]
    assert "waybill_unread" in keys


def test_a_photo_of_the_label_and_the_cli(app, sf_case, tmp_path, home) -> None:
    photo = tmp_path / "label.jpg"
    label_image(NUMBER, carrier="SF Express", rotate=-15, cover=True).save(photo, "JPEG", quality=90)
    item = add_paths(app, sf_case.id, [photo]).added[0]
    proc = subprocess.run([sys.executable, "-m", "evidenceapp", "waybill", sf_case.id, item.id, "--json"],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert set(out) == {"found", "text", "at", "matches_case", "crop_item_id"}
    assert out["found"] and out["matches_case"] and out["text"] == NUMBER and out["at"] is None


def test_background_pass_checks_new_photos_until_the_label_is_found(app, sf_case, tmp_path) -> None:
    from waybillkit import plain_box

    plain = tmp_path / "box.jpg"
    plain_box(seed=3).save(plain, "JPEG")
    label = tmp_path / "label.jpg"
    label_image(NUMBER, rotate=5).save(label, "JPEG", quality=90)
    items = add_paths(app, sf_case.id, [plain, label]).added
    done = waybill.check_pending(app)
    assert done == [i.id for i in items]
    assert waybill.check_pending(app) == []  # nothing left: each item is read once
    best = waybill.latest(app, sf_case.id)
    assert best["matches_case"] and best["item_id"] == items[1].id
    # A photo without a label is not a warning: only takes say "film the label".
    keys = [w.key for w in playbook_svc.case_guidance(app, sf_case.id, "en").warnings]
    assert not [k for k in keys if k.startswith("waybill")]
