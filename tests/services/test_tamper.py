"""Tampering is caught: an altered or missing object is named (item title and original name), and a journal row
edited, deleted, reordered or truncated directly in SQLite is reported as the first broken entry.
The property test: over random sequences of add/edit/tamper, verify is ok exactly when nothing was tampered."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

import pytest
from helpers import cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case, edit_case
from evidenceapp.services.importing import add_bytes, add_paths
from evidenceapp.services.items import edit_item
from evidenceapp.services.verifying import verify_case


def _raw(app: App) -> sqlite3.Connection:
    """A separate connection, as a tamperer with an SQLite browser would use."""
    con = sqlite3.connect(app.home / "evidence.sqlite", isolation_level=None)
    return con


def _flip_byte(path: Path, offset: int = 0) -> None:
    path.chmod(0o644)  # objects are 0444; a tamperer just changes that (root would not even need to)
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def filled(app, case, tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    for i, name in enumerate(["开箱.mp4", "receipt.pdf", "chat.txt"]):
        (d / name).write_bytes(f"evidence {i} ".encode() * 100)
    report = add_paths(app, case.id, [d])
    items = {i.original_name: i for i in report.added}
    edit_item(app, items["receipt.pdf"].id, title="发票 Invoice")
    edit_case(app, case.id, seller="黑心店")
    return app, case, items


def _journal_problem(report) -> dict:
    journal = [p for p in report.problems if p["kind"] == "journal"]
    assert len(journal) == 1, report.problems
    return journal[0]


def test_intact_case_verifies_and_journals_the_run(filled) -> None:
    app, case, _ = filled
    r = verify_case(app, case.id)
    assert r.ok and r.objects_checked == 3 and r.problems == []
    assert r.journal_entries == 6  # created, 3 added, item edited, case edited
    r2 = verify_case(app, case.id)
    assert r2.ok and r2.journal_entries == 7  # the first verify_run is itself in the chain


def test_one_flipped_byte_names_exactly_that_object(filled, home: Path) -> None:
    app, case, items = filled
    target = items["receipt.pdf"]
    _flip_byte(app.objects.path_for(target.sha256), 150)
    r = verify_case(app, case.id)
    assert not r.ok
    assert r.problems == [{
        "kind": "altered", "item_id": target.id, "path": str(app.objects.path_for(target.sha256)),
        "title": "发票 Invoice", "name": "receipt.pdf",
        "detail": r.problems[0]["detail"],
    }]
    assert target.sha256 in r.problems[0]["detail"]
    proc = cli("verify", case.order_no, home=home)
    assert proc.returncode == 1
    assert "altered" in proc.stdout and "发票 Invoice" in proc.stdout and "receipt.pdf" in proc.stdout
    assert "开箱.mp4" not in proc.stdout and "chat.txt" not in proc.stdout
    out = json.loads(cli("verify", case.order_no, "--json", home=home).stdout)
    assert out["ok"] is False and [p["item_id"] for p in out["problems"]] == [target.id]


def test_missing_object_is_named(filled) -> None:
    app, case, items = filled
    target = items["开箱.mp4"]
    app.objects.path_for(target.sha256).unlink()
    r = verify_case(app, case.id)
    assert [(p["kind"], p["item_id"], p["name"]) for p in r.problems] == [("missing", target.id, "开箱.mp4")]


def test_object_replaced_by_a_folder_is_reported_not_a_crash(filled) -> None:
    app, case, items = filled
    p = app.objects.path_for(items["chat.txt"].sha256)
    p.unlink()
    p.mkdir()
    r = verify_case(app, case.id)
    assert [(x["kind"], x["name"]) for x in r.problems] == [("missing", "chat.txt")]
    assert "cannot be read" in r.problems[0]["detail"]


TAMPERS = {
    "edit payload": ("UPDATE journal SET payload=replace(payload, '黑心店', '好店') WHERE case_id=? AND seq=6", 6),
    "edit ts": ("UPDATE journal SET ts_utc='2020-01-01T00:00:00.000000Z' WHERE case_id=? AND seq=3", 3),
    "edit action": ("UPDATE journal SET action='item_hidden' WHERE case_id=? AND seq=2", 2),
    "edit hash": ("UPDATE journal SET hash=replace(hash, substr(hash, 1, 1), 'x') WHERE case_id=? AND seq=4", 4),
    "delete row": ("DELETE FROM journal WHERE case_id=? AND seq=3", 3),
    "delete first": ("DELETE FROM journal WHERE case_id=? AND seq=1", 1),
    "truncate tail": ("DELETE FROM journal WHERE case_id=? AND seq>=5", 5),
    "truncate last": ("DELETE FROM journal WHERE case_id=? AND seq=6", 6),
    "truncate all": ("DELETE FROM journal WHERE case_id=?", 1),
}


@pytest.mark.parametrize("name", list(TAMPERS))
def test_journal_tampering_reports_the_first_broken_entry(filled, name: str, home: Path) -> None:
    app, case, _ = filled
    sql, first_broken = TAMPERS[name]
    con = _raw(app)
    assert con.execute(sql, (case.id,)).rowcount >= 1
    con.close()
    rows_before = app.db.con.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    r = verify_case(app, case.id)
    assert not r.ok and _journal_problem(r)["seq"] == first_broken, r.problems
    # A broken chain is never papered over by a verify_run entry.
    assert app.db.con.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == rows_before
    proc = cli("verify", case.id[:10], home=home)
    assert proc.returncode == 1 and f"first broken entry {first_broken}" in proc.stdout


@pytest.mark.parametrize("how", ["swap seq numbers", "swap contents"])
def test_reordered_journal_rows_are_caught(filled, how: str) -> None:
    app, case, _ = filled
    con = _raw(app)
    con.execute("BEGIN")
    if how == "swap seq numbers":
        con.execute("UPDATE journal SET seq=-1 WHERE case_id=? AND seq=3", (case.id,))
        con.execute("UPDATE journal SET seq=3 WHERE case_id=? AND seq=4", (case.id,))
        con.execute("UPDATE journal SET seq=4 WHERE case_id=? AND seq=-1", (case.id,))
    else:  # keep seq, swap everything else: same rows, other order
        a, b = (con.execute("SELECT ts_utc, actor, action, payload, prev_hash, hash FROM journal"
                            " WHERE case_id=? AND seq=?", (case.id, s)).fetchone() for s in (3, 4))
        for seq, vals in ((3, b), (4, a)):
            con.execute("UPDATE journal SET ts_utc=?, actor=?, action=?, payload=?, prev_hash=?, hash=?"
                        " WHERE case_id=? AND seq=?", (*vals, case.id, seq))
    con.execute("COMMIT")
    con.close()
    r = verify_case(app, case.id)
    assert _journal_problem(r)["seq"] == 3


def test_truncation_is_not_laundered_by_a_later_append(filled) -> None:
    """Cut the tail, then use the app normally: the cut must stay visible (appends link to the anchor)."""
    app, case, _ = filled
    con = _raw(app)
    con.execute("DELETE FROM journal WHERE case_id=? AND seq>=5", (case.id,))
    con.close()
    add_bytes(app, case.id, b"a later, honest addition", "later.txt")
    edit_case(app, case.id, title="still the same case")
    r = verify_case(app, case.id)
    assert _journal_problem(r)["seq"] == 5


def test_anchor_tampering_is_caught(filled) -> None:
    app, case, _ = filled
    con = _raw(app)
    con.execute("UPDATE cases SET journal_len=journal_len-1 WHERE id=?", (case.id,))
    con.close()
    assert _journal_problem(verify_case(app, case.id))["reason"] == "head_mismatch"


# --- property test -------------------------------------------------------------------------------------------

OPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.binary(min_size=1, max_size=64)),
        st.tuples(st.just("edit_item"), st.integers(0, 50), st.text(max_size=12)),
        st.tuples(st.just("hide"), st.integers(0, 50)),
        st.tuples(st.just("edit_case"), st.text(min_size=1, max_size=12).filter(str.strip)),
        st.tuples(st.just("verify")),
        st.tuples(st.sampled_from(["flip", "delete_object"]), st.integers(0, 50), st.integers(0, 10_000)),
        st.tuples(st.sampled_from(["edit_row", "delete_row", "swap_rows", "truncate", "edit_anchor"]),
                  st.integers(0, 50), st.integers(1, 50)),
    ),
    max_size=14,
)


def _apply(app: App, case_id: str, op: tuple, state: dict) -> bool:
    """Run one operation; return True when it tampered with something (and so must be caught)."""
    kind = op[0]
    items = app.db.con.execute("SELECT id, sha256 FROM items WHERE case_id=? ORDER BY id", (case_id,)).fetchall()
    if kind == "add":
        state["n"] += 1  # a counter keeps every added content unique: re-adding would restore a tampered object
        add_bytes(app, case_id, b"%d:" % state["n"] + op[1], f"f{state['n']}.bin")
    elif kind == "edit_item" and items:
        edit_item(app, items[op[1] % len(items)]["id"], title=op[2], note=f"note {state['n']}")
    elif kind == "hide" and items:
        edit_item(app, items[op[1] % len(items)]["id"], hidden=True)
    elif kind == "edit_case":
        edit_case(app, case_id, title=op[1])
    elif kind == "verify":
        verify_case(app, case_id)
    elif kind in ("flip", "delete_object"):
        fresh = [i for i in items if i["sha256"] not in state["touched"]]  # two flips of one byte would undo
        if not fresh:
            return False
        sha = fresh[op[1] % len(fresh)]["sha256"]
        state["touched"].add(sha)
        if kind == "flip":
            _flip_byte(app.objects.path_for(sha), op[2])
        else:
            app.objects.path_for(sha).unlink()
        return True
    else:
        con = _raw(app)
        try:
            seqs = [r[0] for r in con.execute("SELECT seq FROM journal WHERE case_id=? ORDER BY seq", (case_id,))]
            if kind == "edit_row" and seqs:
                seq = seqs[op[1] % len(seqs)]
                con.execute("UPDATE journal SET payload=json_set(payload, '$.tampered', ?) WHERE case_id=? AND seq=?",
                            (state["n"], case_id, seq))
            elif kind == "delete_row" and seqs:
                con.execute("DELETE FROM journal WHERE case_id=? AND seq=?", (case_id, seqs[op[1] % len(seqs)]))
            elif kind == "swap_rows" and len(seqs) >= 2 and not state["swapped"]:
                state["swapped"] = True  # swapping the same pair twice would restore the order
                a = seqs[op[1] % len(seqs)]
                b = seqs[(op[1] + op[2] % (len(seqs) - 1) + 1) % len(seqs)]
                con.execute("BEGIN")
                con.execute("UPDATE journal SET seq=-1 WHERE case_id=? AND seq=?", (case_id, a))
                con.execute("UPDATE journal SET seq=? WHERE case_id=? AND seq=?", (a, case_id, b))
                con.execute("UPDATE journal SET seq=? WHERE case_id=? AND seq=-1", (b, case_id))
                con.execute("COMMIT")
            elif kind == "truncate" and seqs:
                k = 1 + op[2] % len(seqs)
                con.execute("DELETE FROM journal WHERE case_id=? AND seq>?", (case_id, seqs[-1] - k))
            elif kind == "edit_anchor":
                con.execute("UPDATE cases SET journal_len=journal_len+? WHERE id=?", (op[2], case_id))
            else:
                return False
            return True
        finally:
            con.close()
    return False


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS)
def test_verify_is_ok_iff_nothing_was_tampered(ops: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as d, App(Path(d) / "home") as app:
        case = create_case(app, "property", "pdd", "PDD-1")
        state = {"n": 0, "touched": set(), "swapped": False}
        tampered = False
        for op in ops:
            tampered |= _apply(app, case.id, op, state)
        report = verify_case(app, case.id)
        assert report.ok == (not tampered), (ops, report.problems)


# --- rows against the journal (issue 15 point 5) -------------------------------------------------------------

def test_item_row_pointed_at_another_object_is_named(filled, home: Path) -> None:
    """Edit an item's sha256 and size in SQLite to point at another (intact) object: the object re-hashes fine,
    only the journal's item_added entry can tell."""
    app, case, items = filled
    victim, other = items["receipt.pdf"], items["chat.txt"]
    con = _raw(app)
    con.execute("UPDATE items SET sha256=?, size=? WHERE id=?", (other.sha256, other.size, victim.id))
    con.close()
    r = verify_case(app, case.id)
    assert not r.ok
    assert [(p["kind"], p["item_id"]) for p in r.problems] == [("row_mismatch", victim.id)]
    assert victim.sha256 in r.problems[0]["detail"] and other.sha256 in r.problems[0]["detail"]
    assert r.problems[0]["name"] == "receipt.pdf"
    proc = cli("verify", case.order_no, home=home)
    assert proc.returncode == 1 and "row_mismatch" in proc.stdout and "receipt.pdf" in proc.stdout


def test_kind_edited_in_sqlite_is_caught_but_a_journalled_kind_change_is_not(filled) -> None:
    app, case, items = filled
    edit_item(app, items["chat.txt"].id, kind="chat_text")  # journalled as item_edited: legitimate
    con = _raw(app)
    con.execute("UPDATE items SET kind='document' WHERE id=?", (items["开箱.mp4"].id,))
    con.close()
    r = verify_case(app, case.id)
    assert [(p["kind"], p["item_id"]) for p in r.problems] == [("row_mismatch", items["开箱.mp4"].id)]
    assert "kind" in r.problems[0]["detail"]


def test_item_row_inserted_outside_the_app_is_named(filled) -> None:
    app, case, items = filled
    con = _raw(app)
    cols = [r[1] for r in con.execute("PRAGMA table_info(items)")]
    row = con.execute("SELECT * FROM items WHERE id=?", (items["chat.txt"].id,)).fetchone()
    vals = dict(zip(cols, row, strict=True))
    vals["id"] = "f" * 32
    con.execute(f"INSERT INTO items({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                [vals[c] for c in cols])
    con.close()
    r = verify_case(app, case.id)
    assert [(p["kind"], p["item_id"]) for p in r.problems] == [("row_mismatch", "f" * 32)]
    assert "no item_added" in r.problems[0]["detail"]
