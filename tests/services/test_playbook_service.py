"""services.playbook on a real store: guidance, events and deadlines journalled, readiness from real imports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import make_jpeg

from evidenceapp.core import deadlines as dl
from evidenceapp.core.errors import DateNeeded, InvalidInput
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
    with pytest.raises(DateNeeded) as exc:
        svc.add_deadline(app, c.id, "aliexpress_seller_answer")  # the dispute is not open yet
    assert exc.value.code == "E_DATE_NEEDED" and "Dispute opened" in exc.value.message
    svc.add_event(app, c.id, "dispute_opened", at="2026-11-20 10:00")
    assert "aliexpress_seller_answer" in {d.kind for d in svc.list_deadlines(app, c.id, now=NOW)}
    d2 = svc.add_deadline(app, c.id, "buyer_protection_end", "2026-12-20")
    assert d2.due_at.startswith("2026-12-2")
    with pytest.raises(InvalidInput):
        svc.add_deadline(app, c.id, "buyer_protection_end", "someday")
    cases_svc.edit_case(app, c.id, order_date="2026-11-01")
    g = svc.case_guidance(app, c.id, now=NOW)
    assert "chargeback_window" in {s["kind"] for s in g.suggested_deadlines}
    assert any("Never" in w.text for w in g.warnings)


def test_aliexpress_buyer_protection_is_suggested_at_creation_and_never_due_now(app) -> None:
    """Issue 23.4: suggested as soon as the case exists, its date read from the order, never "now"."""
    c = cases_svc.create_case(app, "t", "aliexpress", "AE-2", dispute="logistics")
    for lang, word in (("en", "order details"), ("fr", "détail de la commande"), ("zh_CN", "订单详情")):
        sug = {s["kind"]: s for s in svc.case_guidance(app, c.id, lang, now=NOW).suggested_deadlines}
        bp = sug["buyer_protection_end"]
        assert bp["due_at"] == "" and word in bp["ask"] and bp["source"]
    tb = cases_svc.create_case(app, "t", "taobao", "TB-2", dispute="quality")
    assert "buyer_protection_end" not in {s["kind"] for s in svc.case_guidance(app, tb.id, now=NOW).suggested_deadlines}
    for kind in ("buyer_protection_end", "custom", "return_shipping", "aliexpress_mediator_wait"):
        with pytest.raises(DateNeeded):
            svc.add_deadline(app, c.id, kind, now=NOW)
    assert svc.list_deadlines(app, c.id, now=NOW) == []  # nothing was added with "now" as its date
    d = svc.add_deadline(app, c.id, "buyer_protection_end", days_left=12.5, now=NOW)
    assert d.due_at == "2026-12-08T00:00:00Z"
    view = svc.list_deadlines(app, c.id, now=NOW)[0]
    assert view.source_status == "user" and "seed:002" in view.source and view.sureness == "date you gave"
    assert "buyer_protection_end" not in {s["kind"] for s in svc.case_guidance(app, c.id, now=NOW).suggested_deadlines}
    svc.edit_deadline(app, d.id, due_at="2026-12-20")  # the seller extended the protection
    assert svc.list_deadlines(app, c.id, now=NOW)[0].due_at.startswith("2026-12-2")


def test_aliexpress_events_set_their_dependent_clocks(app) -> None:
    c = cases_svc.create_case(app, "t", "aliexpress", "AE-3", dispute="logistics")
    svc.add_event(app, c.id, "dispute_opened", at="2026-11-10 10:00")
    svc.add_event(app, c.id, "dispute_escalated", at="2026-11-18 10:00")
    kinds = {d.kind: d for d in svc.list_deadlines(app, c.id, now=NOW)}
    assert kinds["aliexpress_seller_answer"].done  # escalation answers the seller's 5 days
    with pytest.raises(DateNeeded) as exc:  # how long: the solution's "Temps de réponse", asked, not assumed
        svc.add_event(app, c.id, "mediators_asked_to_wait", at="2026-11-20 10:00")
    assert "Temps de réponse" in exc.value.message
    svc.add_event(app, c.id, "mediators_asked_to_wait", at="2026-11-20 10:00", detail={"days": 10})
    wait = {d.kind: d for d in svc.list_deadlines(app, c.id, "fr", now=NOW)}["aliexpress_mediator_wait"]
    assert wait.due_at == dl.to_utc_text(dl.parse_when("2026-11-30 10:00")) and not wait.done
    assert "Temps de réponse" in wait.note and "ne l'annulez pas" in wait.note and wait.source_status == "seed"
    # A resend: the seller must give a tracking number within 1–2 days, else reopen; it closes when it comes.
    c2 = cases_svc.create_case(app, "t", "aliexpress", "AE-4", dispute="quality")
    svc.add_event(app, c2.id, "dispute_opened", at="2026-11-20 10:00")
    svc.add_event(app, c2.id, "resend_agreed", at="2026-11-24 10:00")
    alarm = {d.kind: d for d in svc.list_deadlines(app, c2.id, now=NOW)}["aliexpress_resend_tracking"]
    assert alarm.status == "urgent" and "reopen" in alarm.note and "tracking site" in alarm.note
    svc.add_event(app, c2.id, "tracking_number_issued", at="2026-11-25 09:00")
    assert {d.kind: d for d in svc.list_deadlines(app, c2.id, now=NOW)}["aliexpress_resend_tracking"].done


def test_deadlines_close_when_the_answering_event_is_recorded(app, case) -> None:
    """Issue 23.5 on a Taobao case: 48 h not shipped, 5 days shipped; seller refused / cancelled / refund close it."""
    svc.add_event(app, case.id, "refund_requested", at="2026-11-20 10:00", detail={"shipped": "no"})
    d = {x.kind: x for x in svc.list_deadlines(app, case.id, now=NOW)}["seller_response"]
    assert d.due_at == dl.to_utc_text(dl.parse_when("2026-11-22 10:00")) and not d.done
    assert d.source_status == "reported" and d.sureness == "reported, to be checked" and "CHANNELS" in d.source
    svc.add_event(app, case.id, "seller_refused", at="2026-11-19 09:00")  # older than the request: not its answer
    assert not svc.list_deadlines(app, case.id, now=NOW)[0].done
    svc.add_event(app, case.id, "seller_refused", at="2026-11-21 09:00", detail={"reason": "已签收"})
    assert svc.list_deadlines(app, case.id, now=NOW)[0].done
    entry = [e for e in cases_svc.journal(app, case.id) if e.action == "deadline_edited"][-1]
    assert entry.payload["closed_by_event"]["kind"] == "seller_refused"
    # Shipped order: 5 days; a refund received closes every open deadline.
    shipped = cases_svc.create_case(app, "t2", "taobao", "TB-9", dispute="quality", waybill_no="SF1")
    svc.add_event(app, shipped.id, "refund_requested", at="2026-11-20 10:00")
    svc.add_deadline(app, shipped.id, "custom", "2026-12-30", note="my own reminder")
    d = {x.kind: x for x in svc.list_deadlines(app, shipped.id, now=NOW)}["seller_response"]
    assert d.due_at == dl.to_utc_text(dl.parse_when("2026-11-25 10:00"))
    svc.add_event(app, shipped.id, "refund_received", at="2026-11-26 10:00")
    assert all(x.done for x in svc.list_deadlines(app, shipped.id, now=NOW))
    assert verify_chain(cases_svc.journal(app, shipped.id)) is None


def test_douyin_pickup_clock_runs_from_the_tracking_numbers_time(app) -> None:
    c = cases_svc.create_case(app, "t", "douyin", "DY-1", dispute="logistics")
    with pytest.raises(DateNeeded) as exc:  # recorded now, the clock would start at the wrong time
        svc.add_event(app, c.id, "tracking_number_issued")
    assert exc.value.code == "E_DATE_NEEDED" and "--at" in exc.value.message
    svc.add_event(app, c.id, "tracking_number_issued", at="2026-11-23 08:00", now=NOW)
    d = {x.kind: x for x in svc.list_deadlines(app, c.id, now=NOW)}["douyin_pickup_48h"]
    assert d.due_at == dl.to_utc_text(dl.parse_when("2026-11-25 08:00"))  # not NOW + 48 h
    assert d.status == "passed" and d.source_status == "seed" and "seed:003" in d.source
    svc.add_event(app, c.id, "parcel_collected", at="2026-11-25 12:00")
    assert svc.list_deadlines(app, c.id, now=NOW)[0].done


def test_guidance_offers_the_actions_open_now(app, case) -> None:
    g = svc.case_guidance(app, case.id, now=NOW)
    assert g.actions == []
    svc.add_event(app, case.id, "platform_decision", at="2026-11-22 10:00", detail={"outcome": "seller"})
    for lang, words in (("zh_CN", ("申请人工复核/申诉", "据报道，待核实")), ("en", ("human review", "reported, to be checked")),
                        ("fr", ("réexamen", "signalé, à vérifier"))):
        a = svc.case_guidance(app, case.id, lang, now=NOW).actions
        assert [x.key for x in a] == ["appeal_human_review"]
        assert words[0] in a[0].title and a[0].sureness == words[1] and a[0].unsure
        assert "116" in a[0].source and a[0].status == "reported"
    svc.add_event(app, case.id, "appeal_filed", at="2026-11-23 10:00")
    assert svc.case_guidance(app, case.id, now=NOW).actions == []
    dy = cases_svc.create_case(app, "t", "douyin", "DY-2", dispute="logistics")
    acts = svc.case_guidance(app, dy.id, "zh_CN", now=NOW).actions
    assert [x.key for x in acts] == ["douyin_not_received_refund", "douyin_pickup_48h"]
    assert all("来源文档" in x.sureness for x in acts)
