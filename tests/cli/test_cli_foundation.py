"""The CLI as scripts see it: --json shapes exactly as README.md documents them, CASE given as id / unique id
prefix / order number, non-zero exits with a coded error (never a traceback).

Most calls run ``evidenceapp.__main__.main`` in-process (a CLI process start costs ~1 s now that every command
module is imported); the exit-code contract is also checked on real subprocesses (``cli_subprocess``).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sqlite3
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from helpers import cli as cli_subprocess
from helpers import make_jpeg

from evidenceapp.__main__ import main
from evidenceapp.core.journal import GENESIS, canonical
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case
from evidenceapp.store.migrations import SCHEMA_VERSION

README = Path(__file__).resolve().parents[2] / "README.md"
VALUE_WORDS = {"altered", "missing", "journal", "row_mismatch", "checkpoint", "E_…"}  # quoted values in the README table, not keys


def cli(*args: str, home: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    """Run the CLI in-process (EVIDENCEAPP_HOME comes from the ``home`` fixture) and capture what it prints."""
    assert args, "no arguments would open the GUI"
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            rc = main(list(args))
        except SystemExit as exc:  # argparse errors
            rc = exc.code if isinstance(exc.code, int) else 1
    proc = subprocess.CompletedProcess(list(args), rc, out.getvalue(), err.getvalue())
    if check and rc != 0:
        raise AssertionError(f"evidenceapp {' '.join(args)} failed ({rc}):\n{proc.stderr}")
    return proc


def cli_json(*args: str, home: Path | None = None, ok_codes: tuple[int, ...] = (0,)) -> tuple[int, dict]:
    proc = cli(*args, "--json", home=home)
    assert proc.returncode in ok_codes, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def _documented(command: str) -> tuple[set[str], set[str]]:
    """(all keys, top-level keys) of a README JSON-table row."""
    lines = README.read_text(encoding="utf-8").splitlines()
    row = next(ln for ln in lines if ln.startswith("| ") and (
        f"`{command}`" in ln.split("|")[1] or ln.split("|")[1].strip() == command))
    shape = row.split("|", 2)[2].replace("\\|", "/")
    keys, top = set(), set()
    for m in re.finditer(r'"([^"]+)"', shape):
        if m.group(1) in VALUE_WORDS:
            continue
        keys.add(m.group(1))
        before = shape[: m.start()]
        if sum(before.count(c) for c in "{[") - sum(before.count(c) for c in "}]") == 1:
            top.add(m.group(1))  # written at brace depth 1: a top-level key
    return keys, top


def _keys(obj: object) -> set[str]:
    """Keys of a dict and of the dicts in its list values (one level down), as the README table shows them."""
    out: set[str] = set()
    if isinstance(obj, dict):
        out |= set(obj)
        for v in obj.values():
            if isinstance(v, list):
                for x in v:
                    if isinstance(x, dict):
                        out |= set(x)
            elif isinstance(v, dict):
                out |= set(v)
    return out


def _assert_matches_readme(command: str, data: dict, exact: bool = True) -> None:
    """Every documented key is there; with ``exact``, no undocumented top-level key either."""
    keys, top = _documented(command)
    assert keys <= _keys(data), f"{command}: documented but missing {keys - _keys(data)}"
    if exact:
        assert set(data) == top, f"{command}: top-level keys {set(data)} != README {top}"


@pytest.fixture
def one_case(home: Path, tmp_path: Path) -> dict:
    rc, new = cli_json("case", "new", "--title", "碎了的杯子", "--platform", "taobao", "--order-no", "TB-777",
                       "--seller", "好物店", "--amount", "199", "--currency", "cny", "--dispute", "quality", home=home)
    d = tmp_path / "in"
    make_jpeg(d / "photo.jpg")
    (d / "chat.txt").write_text("卖家：不退\n", encoding="utf-8")
    return {"id": new["id"], "dir": d}


def test_case_new_prints_the_id(home: Path) -> None:
    rc, data = cli_json("case", "new", "--title", "t", "--platform", "jd", "--order-no", "JD-1", home=home)
    assert set(data) == {"id"} and re.fullmatch(r"[0-9a-f]{32}", data["id"])
    _assert_matches_readme("case new", data)
    proc = cli_subprocess("case", "new", "--title", "t2", "--platform", "pdd", "--order-no", "P-2", home=home)
    assert proc.returncode == 0 and re.fullmatch(r"[0-9a-f]{32}\n", proc.stdout)
    proc = cli_subprocess("case", "show", "NOPE", "--json", home=home)
    assert proc.returncode == 1 and json.loads(proc.stdout)["error"]["code"] == "E_NOT_FOUND"
    assert "Traceback" not in proc.stderr
    assert cli_subprocess("case", "new", "--title", "t", "--platform", "ebay", "--order-no", "1",
                          home=home).returncode == 2


def test_case_list_and_show(one_case: dict, home: Path) -> None:
    cli("add", "TB-777", str(one_case["dir"]), home=home, check=True)
    _, data = cli_json("case", "list", home=home)
    _assert_matches_readme("case list", data)
    assert data["cases"] == [{"id": one_case["id"], "title": "碎了的杯子", "platform": "taobao",
                              "order_no": "TB-777", "items": 2, "status": "open"}]
    _, show = cli_json("case", "show", "TB-777", home=home)
    assert show["id"] == one_case["id"] and show["amount"] == "199.00" and show["currency"] == "CNY"
    assert show["journal_len"] == 3 and re.fullmatch(r"[0-9a-f]{64}", show["journal_head"])
    assert sorted(i["original_name"] for i in show["items"]) == ["chat.txt", "photo.jpg"]
    _assert_matches_readme("case show", show, exact=False)  # "…every case field…"
    text = cli("case", "show", "TB-777", home=home).stdout
    assert f"journal 3 entries, head {show['journal_head']}" in text and "items (2):" in text
    assert "photo.jpg" in text and "好物店" in text


def test_case_edit_is_journalled(one_case: dict, home: Path) -> None:
    _, data = cli_json("case", "edit", one_case["id"][:8], "--seller", "另一家店", "--status", "escalated",
                       home=home)
    assert data["seller"] == "另一家店" and data["status"] == "escalated" and data["id"] == one_case["id"]
    _, show = cli_json("case", "show", "TB-777", home=home)
    assert data == {k: show[k] for k in data} and "items" not in data  # the case as `case show` has it
    _, journal = cli_json("journal", "TB-777", home=home)
    last = journal["entries"][-1]
    assert last["action"] == "case_edited"
    assert last["payload"] == {"seller": {"from": "好物店", "to": "另一家店"},
                               "status": {"from": "open", "to": "escalated"}}
    rc, err = cli_json("case", "edit", "TB-777", "--amount", "lots", home=home, ok_codes=(1,))
    assert err["error"]["code"] == "E_INVALID_INPUT"


def test_add_shape_and_duplicates_and_errors(one_case: dict, home: Path, tmp_path: Path) -> None:
    rc, data = cli_json("add", "TB-777", str(one_case["dir"]), home=home)
    assert rc == 0 and len(data["added"]) == 2 and data["duplicates"] == [] and data["errors"] == []
    assert data["cancelled"] is False
    by_name = {a["name"]: a for a in data["added"]}
    assert by_name["photo.jpg"]["kind"] == "photo" and by_name["chat.txt"]["kind"] == "chat_text"
    assert by_name["photo.jpg"]["sha256"] == hashlib.sha256((one_case["dir"] / "photo.jpg").read_bytes()).hexdigest()
    rc, again = cli_json("add", "TB-777", str(one_case["dir"] / "photo.jpg"), str(tmp_path / "gone.png"),
                         home=home, ok_codes=(1,))
    assert rc == 1 and again["added"] == []
    assert again["duplicates"] == [{"path": str(one_case["dir"] / "photo.jpg"),
                                    "item_id": by_name["photo.jpg"]["item_id"],
                                    "sha256": by_name["photo.jpg"]["sha256"], "name": "photo.jpg"}]
    assert again["errors"] == [{"path": str(tmp_path / "gone.png"), "code": "E_IMPORT_MISSING",
                                "message": f"no such file or folder: {tmp_path / 'gone.png'}",
                                "params": {"detail": "", "path": str(tmp_path / "gone.png")}}]
    merged = {**data, "duplicates": again["duplicates"], "errors": again["errors"]}
    _assert_matches_readme("add", merged)
    text = cli("add", "TB-777", str(one_case["dir"]), home=home)
    assert text.returncode == 0 and text.stdout.startswith("added 0, duplicates 2, errors 0")


def test_verify_and_journal_shapes(one_case: dict, home: Path) -> None:
    cli("add", one_case["id"], str(one_case["dir"]), home=home, check=True)
    rc, v = cli_json("verify", "TB-777", home=home)
    assert rc == 0 and v["ok"] is True and v["problems"] == [] and v["objects_checked"] == 2
    assert v["case_id"] == one_case["id"] and v["journal_entries"] == 3
    _assert_matches_readme("verify", {**v, "problems": [{"kind": "missing", "item_id": "", "path": "",
                                                         "detail": ""}]})
    assert set(v) == _documented("verify")[1]
    text = cli("verify", "TB-777", home=home)
    assert text.returncode == 0 and text.stdout.startswith("OK: 2 objects re-hash")
    _, j = cli_json("journal", "TB-777", home=home)
    _assert_matches_readme("journal", j)
    actions = [e["action"] for e in j["entries"]]
    assert actions == ["case_created", "item_added", "item_added", "verify_run", "verify_run"]
    prev = GENESIS
    for n, e in enumerate(j["entries"], start=1):  # the README's formula, recomputed from the JSON alone
        body = {k: v for k, v in e.items() if k != "hash"}
        assert e["seq"] == n and e["prev_hash"] == prev
        assert e["hash"] == hashlib.sha256(prev.encode() + b"\n" + canonical(body)).hexdigest()
        prev = e["hash"]
    journal_text = cli("journal", "TB-777", home=home).stdout
    assert "case_created" in journal_text and f"hash {prev}" in journal_text


def test_profile_set_and_show(home: Path) -> None:
    _, data = cli_json("profile", "set", "--name", "张三", "--phone", "13800000000", "--address", "上海市",
                       home=home)
    assert data == {"profile": {"name": "张三", "phone": "13800000000", "address": "上海市"}}
    cli_json("profile", "set", "--email", "z@example.com", home=home)
    _, shown = cli_json("profile", "show", home=home)
    assert shown["profile"] == {"name": "张三", "phone": "13800000000", "address": "上海市",
                                "email": "z@example.com"}
    _, full = cli_json("profile", "set", "--id-number", "110101199001011234", home=home)
    _assert_matches_readme("profile set", full)
    assert "name: 张三" in cli("profile", "show", home=home).stdout


def test_case_resolution_by_id_prefix_and_order_number(home: Path) -> None:
    with App.open(home) as app:
        cases = [create_case(app, f"c{i}", "jd", f"JD-{i}") for i in range(17)]  # 17 ids: two share a 1st digit
        dup_order = [create_case(app, "same order", "pdd", "SAME"), create_case(app, "same order", "pdd", "SAME")]
    target = cases[5]
    unique_prefix = next(target.id[:n] for n in range(4, 33)
                         if sum(c.id.startswith(target.id[:n]) for c in cases + dup_order) == 1)
    for key in (target.id, unique_prefix, "JD-5", target.id.upper()[:12]):
        _, show = cli_json("case", "show", key, home=home)
        assert show["id"] == target.id, key
    first = {c.id[0] for c in cases + dup_order}
    shared = next(ch for ch in first if sum(c.id.startswith(ch) for c in cases + dup_order) > 1)
    for key, code in ((shared, "E_AMBIGUOUS"), ("SAME", "E_AMBIGUOUS"), ("NOPE-404", "E_NOT_FOUND"),
                      ("", "E_NOT_FOUND"), ("%", "E_NOT_FOUND"), ("_", "E_NOT_FOUND")):
        proc = cli("case", "show", key, "--json", home=home)
        assert proc.returncode == 1, key
        err = json.loads(proc.stdout)
        assert err["ok"] is False and err["error"]["code"] == code, key
        assert set(err["error"]) == {"code", "message", "params"}
        _assert_matches_readme("any failure", err)
        assert f"error [{code}]" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("argv", [
    ["add", "NOPE", "/tmp"], ["verify", "NOPE"], ["journal", "NOPE"], ["case", "edit", "NOPE", "--title", "x"],
    ["item", "edit", "NOPE", "abc", "--title", "x"],
])
def test_unknown_case_fails_for_every_command(home: Path, argv: list[str]) -> None:
    proc = cli(*argv, "--json", home=home)
    assert proc.returncode == 1 and json.loads(proc.stdout)["error"]["code"] == "E_NOT_FOUND"


def test_bad_arguments_exit_non_zero(home: Path) -> None:
    assert cli("case", "new", "--title", "t", "--platform", "ebay", "--order-no", "1", home=home).returncode == 2
    assert cli("case", home=home).returncode == 2
    proc = cli("case", "new", "--title", " ", "--platform", "jd", "--order-no", "1", "--json", home=home)
    assert proc.returncode == 1 and json.loads(proc.stdout)["error"]["code"] == "E_INVALID_INPUT"
    proc = cli("case", "new", "--title", "t", "--platform", "jd", "--order-no", "1", "--currency", "euro",
               home=home)
    assert proc.returncode == 1 and "E_INVALID_INPUT" in proc.stderr


def test_item_edit(one_case: dict, home: Path) -> None:
    _, data = cli_json("add", "TB-777", str(one_case["dir"] / "photo.jpg"), home=home)
    sha = data["added"][0]["sha256"]
    _, item = cli_json("item", "edit", "TB-777", sha[:10], "--title", "杯子裂缝", "--proves", "收货时已破损",
                       home=home)
    assert item["title"] == "杯子裂缝" and item["proves"] == "收货时已破损"
    _, j = cli_json("journal", "TB-777", home=home)
    assert j["entries"][-1]["action"] == "item_edited"


def test_store_too_new_is_refused_by_the_cli(home: Path) -> None:
    App.open(home).close()
    con = sqlite3.connect(home / "evidence.sqlite")
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    con.commit()
    con.close()
    proc = cli_subprocess("case", "list", "--json", home=home)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["error"]["code"] == "E_STORE_TOO_NEW"
    assert "newer than this app supports" in proc.stderr and "Traceback" not in proc.stderr


def test_version(home: Path) -> None:
    proc = cli_subprocess("--version", home=home)
    assert proc.returncode == 0 and proc.stdout.startswith("evidenceapp ")
