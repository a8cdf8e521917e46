"""The bundle writer and its stdlib verify.py: sums in ``sha256sum -c`` format, the journal chain re-checked
against case.json's anchor, and one flipped byte in any file makes both checks fail and names the file."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from dossier_kit import unzip

from evidenceapp.core.journal import make_entry
from evidenceapp.core.models import Case
from evidenceapp.export import bundle

WHEN = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _make(tmp: Path) -> Path:
    import hashlib

    ev = tmp / "photo.jpg"
    ev.write_bytes(b"\xff\xd8" + bytes(range(256)) * 40)
    chat = "卖家：已签收不退\n".encode()
    shas = [hashlib.sha256(ev.read_bytes()).hexdigest(), hashlib.sha256(chat).hexdigest()]
    payloads = [{"名": "杯子"}, {"item_id": "i1", "sha256": shas[0]}, {"item_id": "i2", "sha256": shas[1]},
                {"item_id": "i1", "changes": {"title": {"from": "", "to": "杯子"}}}]
    prev = None
    journal = []
    for n, action in enumerate(("case_created", "item_added", "item_added", "item_edited"), 1):
        prev = make_entry(prev, "c1", "user", action, payloads[n - 1], ts_utc=f"2026-11-2{n}T08:00:00.000000Z")
        journal.append(prev)
    case = Case(id="c1", title="t", platform="taobao", order_no="TB-1", created_at="2026-11-21T08:00:00Z")
    exhibits = [{"no": 1, "arcname": "evidence/01-photo.jpg", "sha256": shas[0], "item_id": "i1"},
                {"no": 2, "arcname": "evidence/02-聊天.txt", "sha256": shas[1], "item_id": "i2"}]
    entries = [
        bundle.Entry("evidence/01-photo.jpg", path=ev),
        bundle.Entry("evidence/02-聊天.txt", data=chat),
        bundle.Entry("journal.jsonl", data=bundle.journal_jsonl(journal)),
        bundle.Entry("case.json", data=bundle.case_json(case, exhibits, journal, WHEN, "test")),
        bundle.Entry("verify.py", data=bundle.verify_py()),
        bundle.Entry("HOW-TO-VERIFY.txt", data=bundle.how_to_verify("fr", "TB-1", WHEN, journal, False)),
        bundle.Entry("dossier.pdf", data=b"%PDF-1.4\n" + b"x" * 500),
    ]
    entries.append(bundle.Entry("SHA256SUMS", data=bundle.sums_text(entries)))
    out = tmp / "bundle.zip"
    bundle.write_zip(out, entries, WHEN)
    return out


def _checks(folder: Path, strict: bool = True) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    cmd = ["sha256sum", "-c", *(["--strict"] if strict else []), "SHA256SUMS"]
    sums = subprocess.run(cmd, cwd=folder, capture_output=True, text=True)
    ver = subprocess.run([sys.executable, "-S", "verify.py"], cwd=folder, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
    return sums, ver


def test_intact_bundle_verifies_both_ways(tmp_path: Path) -> None:
    folder = unzip(_make(tmp_path), tmp_path / "u")
    assert subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True).returncode == 0
    sums, ver = _checks(folder)
    assert sums.returncode == 0 and ver.returncode == 0, ver.stdout
    assert "OK" in ver.stdout and "4 entries" in ver.stdout


def test_zip_is_deterministic(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _make(tmp_path / "a").read_bytes() == _make(tmp_path / "b").read_bytes()
    with zipfile.ZipFile(tmp_path / "a" / "bundle.zip") as z:
        assert all(i.date_time == (2026, 11, 25, 12, 0, 0) for i in z.infolist())


@pytest.mark.parametrize("name", ["evidence/01-photo.jpg", "evidence/02-聊天.txt", "journal.jsonl", "case.json",
                                  "verify.py", "HOW-TO-VERIFY.txt", "dossier.pdf", "SHA256SUMS"])
def test_one_flipped_byte_fails_both_and_is_named(tmp_path: Path, name: str) -> None:
    folder = unzip(_make(tmp_path), tmp_path / "u")
    target = folder / name
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    # Plain `sha256sum -c` catches any listed file; a damaged line of SHA256SUMS itself needs --strict (without it
    # sha256sum only warns about a malformed line), which HOW-TO-VERIFY.txt says to use.
    sums, ver = _checks(folder, strict=name == "SHA256SUMS")
    assert sums.returncode != 0
    if name == "verify.py":
        # A tampered checker cannot be trusted to judge itself; sha256sum catches it, and a fresh copy of
        # verify.py (from the dossier's instructions) names it.
        fresh = tmp_path / "fresh_verify.py"
        fresh.write_bytes(bundle.verify_py())
        ver = subprocess.run([sys.executable, "-S", str(fresh), str(folder)], capture_output=True, text=True)
    assert ver.returncode & 1, ver.stdout  # exit code bit 1: a file differs from SHA256SUMS
    named = ver.stdout
    if name == "SHA256SUMS":
        assert "SHA256SUMS" in named or "ALTERED" in named
    else:
        assert f"FAILED  {name}" in named, named


def test_missing_and_added_files_are_named(tmp_path: Path) -> None:
    folder = unzip(_make(tmp_path), tmp_path / "u")
    (folder / "evidence" / "01-photo.jpg").unlink()
    (folder / "evidence" / "99-extra.jpg").write_bytes(b"new")
    _, ver = _checks(folder)
    assert ver.returncode == 1
    assert "evidence/01-photo.jpg: listed in SHA256SUMS but missing" in ver.stdout
    assert "evidence/99-extra.jpg: not listed" in ver.stdout


def test_truncated_journal_is_caught_by_the_case_json_anchor(tmp_path: Path) -> None:
    folder = unzip(_make(tmp_path), tmp_path / "u")
    j = folder / "journal.jsonl"
    j.write_text("".join(j.read_text(encoding="utf-8").splitlines(keepends=True)[:-1]), encoding="utf-8")
    # Re-list the cut journal so only the chain anchor can tell.
    import hashlib

    lines = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    fixed = [f"{hashlib.sha256(j.read_bytes()).hexdigest()}  journal.jsonl" if ln.endswith("  journal.jsonl") else ln
             for ln in lines]
    (folder / "SHA256SUMS").write_text("\n".join(fixed) + "\n", encoding="utf-8")
    _, ver = _checks(folder)
    assert ver.returncode == 2 and "case.json records 4 entries" in ver.stdout  # bit 2: journal


def test_verify_py_is_small_and_stdlib_only() -> None:
    src = bundle.verify_py().decode("utf-8")
    # DESIGN asks for <= 100 lines; the pure-Python Ed25519 check (issue 15: never run code from the bundle) costs
    # about 45, so the budget is 180.
    assert len(src.splitlines()) <= 180
    mods = set()
    calls = set()
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Import):
            mods |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            mods.add((node.module or "").split(".")[0])
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            calls.add(node.func.id)
    assert mods <= set(sys.stdlib_module_names)
    assert not mods & {"subprocess", "runpy", "importlib"} and not calls & {"exec", "eval", "compile", "__import__"}


def test_verify_py_bad_arguments_exit_64(tmp_path: Path) -> None:
    folder = unzip(_make(tmp_path), tmp_path / "u")
    for args in (["--key"], ["a", "b"]):
        ver = subprocess.run([sys.executable, "-S", "verify.py", *args], cwd=folder, capture_output=True, text=True)
        assert ver.returncode == 64 and "verify.py" in ver.stdout
