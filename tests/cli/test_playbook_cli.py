"""The playbook commands end to end (subprocess, real store): scan-chat from stdin/file/case, case next/show,
events, deadlines, playbook show."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from helpers import cli, cli_json

from evidenceapp import config


def _new_case(home: Path, platform: str = "taobao", dispute: str = "quality") -> str:
    _, data = cli_json("case", "new", "--title", "杯子", "--platform", platform, "--order-no", "O-1",
                       "--dispute", dispute, home=home)
    return data["id"]


def test_scan_chat_reads_stdin_and_prints_hits_as_json(home: Path) -> None:
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home)}
    text = "您好\n亲，麻烦您先关闭纠纷，我们马上给您补发\nI paid with PayPal on the checkout page\n"
    proc = subprocess.run([sys.executable, "-m", "evidenceapp", "scan-chat", "-", "--json"], input=text.encode(),
                          capture_output=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [(h["line"], h["signal"]) for h in data["hits"]] == [(2, "close_dispute")]
    hit = data["hits"][0]
    assert hit["text"] == "亲，麻烦您先关闭纠纷，我们马上给您补发" and "close" in hit["advice"]


def test_scan_chat_file_in_french_and_usage_error(home: Path, tmp_path: Path) -> None:
    f = tmp_path / "chat.txt"
    f.write_text("Bonjour\nJe vous rembourse par PayPal, annulez d'abord le litige\n", "utf-8")
    _, data = cli_json("scan-chat", str(f), "--lang", "fr", "--platform", "aliexpress", home=home)
    assert {h["signal"] for h in data["hits"]} == {"refund_outside", "close_dispute"}
    assert all(h["line"] == 2 for h in data["hits"]) and "litige" in data["hits"][0]["advice"]
    # Without a platform, the general advice: AliExpress's "cancel, never close" is not everyone's rule.
    _, general = cli_json("scan-chat", str(f), "--lang", "fr", home=home)
    assert not any("*annuler*" in h["advice"] for h in general["hits"])
    proc = cli("scan-chat", "--json", home=home)
    assert proc.returncode == 1 and json.loads(proc.stdout)["error"]["code"] == "E_INVALID_INPUT"


def test_case_next_events_deadlines_and_show(home: Path, tmp_path: Path) -> None:
    cid = _new_case(home)
    _, nxt = cli_json("case", "next", cid, home=home)
    assert nxt["next_step"]["key"] == "negotiate" and nxt["readiness"] == 0 and nxt["missing_evidence"]
    cli_json("event", "add", cid, "seller_refused", "--reason", "商品已签收，不予退款", "--at", "2026-11-20", home=home)
    due = (datetime.now() + timedelta(hours=30)).strftime("%Y-%m-%d %H:%M")
    _, added = cli_json("deadline", "add", cid, "return_shipping", "--due", due, home=home)
    assert added["deadline"]["status"] == "warning"
    _, listed = cli_json("deadline", "list", cid, home=home)
    assert [d["status"] for d in listed["deadlines"]] == ["warning"]
    _, status = cli_json("case", "status", cid, "--lang", "fr", home=home)
    assert status["next_step"]["key"] == "intervention" and status["refusal"]["key"] == "signed_for"
    assert "vidéo" in status["refusal"]["answer"]
    show = cli("case", "show", cid, home=home, check=True).stdout
    assert "next step: Ask Taobao to intervene" in show and "warning" in show and "Ship the item back by" in show
    _, shown = cli_json("case", "show", cid, home=home)
    assert shown["guidance"]["next_step"]["key"] == "intervention"
    assert shown["guidance"]["deadlines"][0]["status"] == "warning"
    chat = tmp_path / "c.txt"
    chat.write_text("Please remove the negative feedback and we will refund you\n", "utf-8")
    _, pasted = cli_json("paste", cid, str(chat), home=home)
    assert pasted["scam_hits"] == 1
    _, found = cli_json("scan-chat", "--case", cid, "--no-ocr", home=home)
    assert [(h["signal"], h["item_id"]) for h in found["hits"]] == [("review_pressure", pasted["item_id"])]
    _, res = cli_json("search", cid, "feedback", home=home)
    assert res["results"][0]["item_id"] == pasted["item_id"]


def test_playbook_show_and_kinds(home: Path) -> None:
    _, data = cli_json("playbook", "show", "--platform", "douyin", "--dispute", "advance_refund_refused",
                       "--lang", "zh_CN", home=home)
    assert [s["key"] for s in data["steps"]][:3] == ["negotiate", "douyin_support", "intervention"]
    assert "客服与帮助" in data["steps"][2]["menu"] and not data["steps"][2]["menu_to_check"]
    _, kinds = cli_json("deadline", "kinds", "--platform", "aliexpress", home=home)
    assert "buyer_protection_end" in {k["kind"] for k in kinds["kinds"]}
    _, ev = cli_json("event", "kinds", home=home)
    assert "intervention_requested" in ev["kinds"]


def test_scan_chat_reads_a_screenshot_directly(home: Path, tmp_path: Path) -> None:
    from chatshot import render_chat

    from evidenceapp.media import ocr

    if not ocr.available():
        import pytest

        pytest.skip("OCR extra not installed")
    png = render_chat(tmp_path / "shot.png")
    _, data = cli_json("scan-chat", str(png), home=home)
    signals = {(h["signal"], h["text"]) for h in data["hits"]}
    assert ("close_dispute", "亲，麻烦您先关闭纠纷，我们马上给您补发") in signals
    assert "refund_outside" in {s for s, _ in signals}
    assert not any("你让我" in t for _, t in signals)  # the buyer's own bubble


def test_case_next_prints_every_warning_grouped_with_headings_in_the_chosen_language(home: Path) -> None:
    from evidenceapp.core import playbook as pb

    cid = _new_case(home, "aliexpress", "logistics")
    book = pb.load(config.playbooks_dir())
    expected = book.warning_groups("aliexpress", "logistics")
    for lang, heading in (("fr", "prochaine étape"), ("zh_CN", "下一步"), ("en", "next step")):
        out = cli("case", "next", cid, "--lang", lang, home=home, check=True).stdout
        assert heading in out
        for group, warnings in expected:
            assert pb.t(book.ui[f"group_{group}"], lang) + {"fr": "\u202f:", "zh_CN": "："}.get(lang, ":") in out
            for w in warnings:  # none cut
                assert pb.t(w.text, lang) in out, (lang, w.key)
    out = cli("case", "next", cid, "--lang", "fr", home=home, check=True).stdout
    assert "next step" not in out and "missing evidence" not in out and "warnings (" not in out
    _, data = cli_json("case", "next", cid, home=home)
    assert len(data["warnings"]) == sum(len(ws) for _, ws in expected)
    assert [g["key"] for g in data["warning_groups"]] == [g for g, _ in expected]


def test_clocks_on_the_command_line_are_asked_not_assumed(home: Path) -> None:
    cid = _new_case(home, "aliexpress", "logistics")
    _, nxt = cli_json("case", "next", cid, home=home)
    assert {s["kind"]: s["due_at"] for s in nxt["suggested_deadlines"]}["buyer_protection_end"] == ""
    proc = cli("deadline", "add", cid, "buyer_protection_end", "--json", home=home)
    err = json.loads(proc.stdout)["error"]
    assert proc.returncode == 1 and err["code"] == "E_DATE_NEEDED" and "order details" in err["message"]
    _, added = cli_json("deadline", "add", cid, "buyer_protection_end", "--days-left", "20", home=home)
    assert added["deadline"]["source_status"] == "user" and added["deadline"]["status"] == "ok"
    cli_json("event", "add", cid, "dispute_escalated", "--at", "2026-11-20", home=home)
    proc = cli("event", "add", cid, "mediators_asked_to_wait", "--json", home=home)
    assert json.loads(proc.stdout)["error"]["code"] == "E_DATE_NEEDED"
    cli_json("event", "add", cid, "mediators_asked_to_wait", "--days", "10", "--at", "2026-11-21 10:00", home=home)
    _, listed = cli_json("deadline", "list", cid, home=home)
    wait = {d["kind"]: d for d in listed["deadlines"]}["aliexpress_mediator_wait"]
    assert wait["due_at"].startswith("2026-12-01") and wait["source_status"] == "seed"
    text = cli("deadline", "list", cid, "--lang", "fr", home=home, check=True).stdout
    assert "guide source · seed:002" in text and "date que vous avez donnée" in text
    _, kinds = cli_json("deadline", "kinds", "--platform", "taobao", home=home)
    sr = {k["kind"]: k for k in kinds["kinds"]}["seller_response"]
    assert sr["variants"] == {"not_shipped": {"days": 0, "hours": 48, "working_days": 0},
                              "shipped": {"days": 5, "hours": 0, "working_days": 0}}


def test_case_next_prints_the_actions_in_the_chosen_language(home: Path) -> None:
    cid = _new_case(home, "douyin", "logistics")
    out = cli("case", "next", cid, "--lang", "zh_CN", home=home, check=True).stdout
    assert "现在可以做的：" in out and "申请“未收到货”仅退款" in out and "超过48小时未揽收" in out
    _, data = cli_json("case", "next", cid, home=home)
    assert [a["key"] for a in data["actions"]] == ["douyin_not_received_refund", "douyin_pickup_48h"]


def test_playbook_show_and_scan_chat_speak_the_chosen_language(home: Path, tmp_path: Path) -> None:
    out = cli("playbook", "show", "--platform", "douyin", "--dispute", "logistics", "--lang", "fr", home=home,
              check=True).stdout
    assert "preuves :" in out and "refus à anticiper :" in out and "mises en garde (" in out
    assert "ce que vous pouvez faire maintenant :" in out and "未收到货仅退款" in out
    for english in ("evidence:", "warnings:", "refusals and answers:", "where:"):
        assert english not in out
    f = tmp_path / "c.txt"
    f.write_text("Bonjour\nMerci de fermer le litige\n", "utf-8")
    assert "ligne 2 :" in cli("scan-chat", str(f), "--lang", "fr", home=home, check=True).stdout
    f.write_text("Bonjour\n", "utf-8")
    assert cli("scan-chat", str(f), "--lang", "zh_CN", home=home, check=True).stdout.strip() == "没有发现风险信号"
