"""Bad input to `add`: each bad path gets its own coded error, the good files still import, nothing is half-done.

Unreadable files: the tests run as root in CI, and root ignores ``chmod 000``. The CLI run that must be refused is
started with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped from its capability bounding set
(tests/foundation_checks.py:run_cli_as_plain_user), so the kernel applies the permission bits to it; as a normal
user the same test needs nothing special.
"""

from __future__ import annotations

import json
import os
import socket
import stat
from pathlib import Path

import pytest
from foundation_checks import assert_store_consistent, run_cli_as_plain_user, store_snapshot

from evidenceapp.services.importing import add_paths
from evidenceapp.services.verifying import verify_case


def _good_files(root: Path, n: int = 3) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = root / f"good{i}.txt"
        p.write_text(f"chat log {i}\n" * (i + 1), encoding="utf-8")
        out.append(p)
    return out


def _codes(report) -> dict[str, str]:
    return {Path(e["path"]).name: e["code"] for e in report.errors}


def _assert_nothing_half_done(app, case_id: str, expected_items: int) -> None:
    info = assert_store_consistent(app.home)
    assert info["items"] == expected_items
    assert info["objects"] == info["referenced"]  # no orphan object left by a failed file
    assert app.objects.tmp_leftovers() == []
    added = [e for e in app.db.con.execute("SELECT action FROM journal WHERE case_id=?", (case_id,))
             if e[0] == "item_added"]
    assert len(added) == expected_items  # one journal entry per item, none for failures
    assert verify_case(app, case_id).ok


def test_missing_path_is_reported_and_the_rest_imports(app, case, tmp_path: Path) -> None:
    good = _good_files(tmp_path / "in")
    report = add_paths(app, case.id, [good[0], tmp_path / "nope.jpg", tmp_path / "in"])
    assert _codes(report) == {"nope.jpg": "E_IMPORT_MISSING"}
    assert "no such file or folder" in report.errors[0]["message"]
    assert sorted(i.original_name for i in report.added) == ["good0.txt", "good1.txt", "good2.txt"]
    assert [d["name"] for d in report.duplicates] == ["good0.txt"]  # given twice: stored once, reported
    _assert_nothing_half_done(app, case.id, 3)


def test_fifo_device_and_socket_are_refused_without_blocking(app, case, tmp_path: Path) -> None:
    d = tmp_path / "in"
    _good_files(d)
    os.mkfifo(d / "pipe")  # no writer: a blocking open would hang the import forever
    (d / "null").symlink_to("/dev/null")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "sock"))
    try:
        os.mknod(d / "zero", stat.S_IFCHR | 0o600, os.makedev(1, 5))
        has_mknod = True
    except PermissionError:
        has_mknod = False  # containers often forbid mknod; /dev/null via a symlink still covers devices
    try:
        report = add_paths(app, case.id, [d, "/dev/null"])
    finally:
        sock.close()
    codes = {Path(e["path"]).name: e["code"] for e in report.errors}
    assert codes["pipe"] == "E_IMPORT_NOT_REGULAR"
    assert codes["null"] == "E_IMPORT_NOT_REGULAR"
    # open() on a socket fails with ENXIO before we can even look at it: still a clean, coded refusal.
    assert codes["sock"] in ("E_IMPORT_NOT_REGULAR", "E_IMPORT_UNREADABLE")
    if has_mknod:
        assert codes["zero"] == "E_IMPORT_NOT_REGULAR"
    assert any(e["path"] == "/dev/null" and e["code"] == "E_IMPORT_NOT_REGULAR" for e in report.errors)
    assert sorted(i.original_name for i in report.added) == ["good0.txt", "good1.txt", "good2.txt"]
    _assert_nothing_half_done(app, case.id, 3)


def test_symlink_loops_file_and_directory(app, case, tmp_path: Path) -> None:
    d = tmp_path / "in"
    _good_files(d)
    (d / "a").symlink_to("b")  # file loop: a -> b -> a
    (d / "b").symlink_to("a")
    (d / "self").symlink_to("self")
    (d / "sub").mkdir()
    (d / "sub" / "deep.txt").write_text("deep", encoding="utf-8")
    (d / "sub" / "up").symlink_to("..")  # directory loop: in/sub/up -> in
    (d / "dangling").symlink_to("does-not-exist")
    report = add_paths(app, case.id, [d, d / "self"])
    codes = [(Path(e["path"]).name, e["code"]) for e in report.errors]
    assert ("a", "E_IMPORT_SYMLINK_LOOP") in codes and ("b", "E_IMPORT_SYMLINK_LOOP") in codes
    assert codes.count(("self", "E_IMPORT_SYMLINK_LOOP")) == 2  # inside the folder and given directly
    assert ("up", "E_IMPORT_SYMLINK_LOOP") in codes
    assert ("dangling", "E_IMPORT_MISSING") in codes
    assert all(e["message"] and e["code"].startswith("E_") for e in report.errors)
    assert sorted(i.original_name for i in report.added) == ["deep.txt", "good0.txt", "good1.txt", "good2.txt"]
    _assert_nothing_half_done(app, case.id, 4)


def test_unreadable_files_and_folder_via_cli(tmp_path: Path, home: Path) -> None:
    """As a user without the right to read: coded errors for the file and the folder, the rest imported."""
    from evidenceapp.services.app import App
    from evidenceapp.services.cases import create_case

    with App.open(home) as app:
        case = create_case(app, "t", "jd", "JD-1")
    d = tmp_path / "in"
    _good_files(d)
    (d / "secret.jpg").write_bytes(b"\xff\xd8\xff" + b"x" * 1000)
    (d / "secret.jpg").chmod(0)
    (d / "locked").mkdir()
    (d / "locked" / "inside.txt").write_text("hidden", encoding="utf-8")
    (d / "locked").chmod(0)
    try:
        proc = run_cli_as_plain_user(["add", case.id, str(d), "--json"], home)
    finally:
        (d / "locked").chmod(0o755)
    assert proc.returncode == 1, proc.stderr
    out = json.loads(proc.stdout)
    codes = {Path(e["path"]).name: e["code"] for e in out["errors"]}
    assert codes == {"secret.jpg": "E_IMPORT_UNREADABLE", "locked": "E_IMPORT_UNREADABLE"}, out["errors"]
    assert all("Permission denied" in e["message"] for e in out["errors"])
    assert sorted(a["name"] for a in out["added"]) == ["good0.txt", "good1.txt", "good2.txt"]
    snap = store_snapshot(home)
    assert snap["tmp"] == [] and len(snap["rows"]["items"]) == 3 and len(snap["objects"]) == 3
    with App.open(home) as app:
        assert verify_case(app, case.id).ok


@pytest.mark.parametrize("bad", ["missing", "fifo"])
def test_only_bad_paths_exit_non_zero_and_change_nothing(tmp_path: Path, home: Path, bad: str) -> None:
    from helpers import cli

    from evidenceapp.services.app import App
    from evidenceapp.services.cases import create_case

    with App.open(home) as app:
        create_case(app, "t", "jd", "JD-2")
    target = tmp_path / "x"
    if bad == "fifo":
        os.mkfifo(target)
    before = store_snapshot(home)
    proc = cli("add", "JD-2", str(target), "--json", home=home)
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert out["added"] == [] and len(out["errors"]) == 1
    assert out["errors"][0]["code"] == {"missing": "E_IMPORT_MISSING", "fifo": "E_IMPORT_NOT_REGULAR"}[bad]
    assert store_snapshot(home) == before
