"""services.playbook on a real store: guidance, events and deadlines journalled, readiness from real imports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import make_jpeg

from evidenceapp.core.errors import InvalidInput
from evidenceapp.core.journal import verify_chain
from evidenceapp.services import cases as cases_svc
from evidenceapp.services import playbook as svc
from evidenceapp.services.importing import add_bytes, add_paths

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_guidance_for_a_new_case_in_three_languages(app, case) -> None:
    for lang, word in (("zh_CN", "协商"), ("en", "Negotiate"), ("fr", "Négocier")):
        g = svc.case_guidance(app, case.id, lang, now=NOW)
        assert g.next_step is not None and word in g.next_step.title
        assert g.readiness == 0 and g.missing_evidence and not g.present_evidence
        assert len(g.steps) == 4 and g.steps[0].status == "current"
        assert g.warnings and g.refusal_answers and g.refusal is None and g.scam_hits == []
        assert all(e.label and e.hint for e in g.missing_evidence)
    d = g.to_dict()
    assert d["next_step"]["key"] == "negotiate" and isinstance(d["missing_evidence"], list)


def test_readiness_changes_when_a_photo_of_the_problem_is_added(app, case, tmp_path: Path) -> None:
    before = svc.case_guidance(app, case.id, now=NOW)
    assert "problem_proof" in {e.key for e in before.missing_evidence}
    add_paths(app, case.id, [make_jpeg(tmp_path / "crack.jpg")])
    after = svc.case_guidance(app, case.id, now=NOW)
    assert after.readiness > before.readiness
    assert "problem_proof" in {e.key for e in after.present_evidence}
    # Pasted chat text is an item too and counts as chat records.
    add_bytes(app, case.id, "亲，已签收不退\n".encode(), "chat.txt", kind="chat_text")
    assert svc.case_guidance(app, case.id, now=NOW).readiness > after.readiness


def test_tagging_an_item_satisfies_the_evidence_and_is_journalled(app, case, tmp_path: Path) -> None:
    report = add_paths(app, case.id, [make_jpeg(tmp_path / "a.jpg")])
    item = report.added[0]
    svc.tag_item(app, case.id, item.id, "order")
    g = svc.case_guidance(app, case.id, now=NOW)
    assert "order_proof" in {e.key for e in g.present_evidence}
    assert svc.item_tags(app, case.id) == {item.id: {"order"}}
    with pytest.raises(InvalidInput):
        svc.tag_item(app, case.id, item.id, "nonsense")
    assert cases_svc.journal(app, case.id)[-1].action == "item_tagged"


def test_events_are_journalled_move_the_status_and_add_anchored_deadlines(app, case) -> None:
    svc.add_event(app, case.id, "contacted_seller", at="2026-11-21 10:00")
    assert cases_svc.get_case(app, case.id).status == "open"  # the values the case list knows
    ev = svc.add_event(app, case.id, "seller_refused", at="2026-11-22 10:00", detail={"reason": "商品已签收，不退"})
    assert ev["detail"] == {"text": "商品已签收，不退", "reason": "signed_for"}
    g = svc.case_guidance(app, case.id, "en", now=NOW)
    assert g.next_step.key == "intervention" and g.steps[0].status == "done"
    assert g.refusal is not None and g.refusal.key == "signed_for" and "video" in g.refusal.answer
    assert cases_svc.get_case(app, case.id).status == "escalated"
    svc.add_event(app, case.id, "complaint_filed", at="2026-11-27 10:00")
    kinds = {d.kind: d for d in svc.list_deadlines(app, case.id, now=NOW)}
    assert "complaint_12315_acceptance" in kinds  # 7 working days after filing, added by itself
    actions = [e.action for e in cases_svc.journal(app, case.id)]
    assert actions.count("event_added") == 3 and "deadline_added" in actions
    assert verify_chain(cases_svc.journal(app, case.id)) is None
    with pytest.raises(InvalidInput):
        svc.add_event(app, case.id, "made_up")
    svc.add_event(app, case.id, "platform_decision", detail={"outcome": "buyer"})
    assert "favour" in svc.case_guidance(app, case.id, now=NOW).status_text
    svc.add_event(app, case.id, "refund_received")
    g = svc.case_guidance(app, case.id, now=NOW)
    assert g.resolved and g.next_step is None and g.readiness == 100
    assert cases_svc.get_case(app, case.id).status == "resolved"


def test_a_deadline_30_hours_away_is_a_warning(app, case) -> None:
    d = svc.add_deadline(app, case.id, "return_shipping", NOW + timedelta(hours=30))
    views = svc.list_deadlines(app, case.id, now=NOW)
    assert [(v.id, v.status) for v in views] == [(d.id, "warning")]
    assert views[0].remaining == "1 d 6 h"
    svc.edit_deadline(app, d.id, due_at=NOW + timedelta(hours=10))
    assert svc.list_deadlines(app, case.id, now=NOW)[0].status == "urgent"
    svc.edit_deadline(app, d.id, due_at=NOW - timedelta(hours=1))
    assert svc.list_deadlines(app, case.id, now=NOW)[0].status == "passed"
    assert [(cid, v.id) for cid, v in svc.alerts(app, now=NOW)] == [(case.id, d.id)]
    cases_svc.edit_case(app, case.id, status="closed")
    assert svc.alerts(app, now=NOW) == []
    cases_svc.edit_case(app, case.id, status="open")
    svc.edit_deadline(app, d.id, done=True)
    assert svc.list_deadlines(app, case.id, now=NOW)[0].status == "done"
    assert svc.alerts(app, now=NOW) == [] and svc.next_deadline(app, case.id, now=NOW) is None
    svc.delete_deadline(app, d.id)
    assert svc.list_deadlines(app, case.id, now=NOW) == []
    actions = [e.action for e in cases_svc.journal(app, case.id)]
    assert actions.count("deadline_edited") == 3 and actions[-1] == "deadline_removed"


def test_deadline_dates_come_from_the_playbook_when_not_given(app) -> None:
    c = cases_svc.create_case(app, "t", "aliexpress", "AE-1", dispute="logistics")
    with pytest.raises(InvalidInput):
        svc.add_deadline(app, c.id, "aliexpress_seller_answer")  # the dispute is not open yet
    d = svc.add_deadline(app, c.id, "aliexpress_mediator_wait", now=NOW)
    assert d.due_at == "2026-12-05T12:00:00Z"
    d2 = svc.add_deadline(app, c.id, "buyer_protection_end", "2026-12-20")
    assert d2.due_at.startswith("2026-12-2")
    with pytest.raises(InvalidInput):
        svc.add_deadline(app, c.id, "buyer_protection_end", "someday")
    cases_svc.edit_case(app, c.id, order_date="2026-11-01")
    g = svc.case_guidance(app, c.id, now=NOW)
    assert "chargeback_window" in {s["kind"] for s in g.suggested_deadlines}
    assert any("Never" in w.text for w in g.warnings)
