"""Hostile file names: stored by content hash only, the original name kept as (escaped) metadata, never a path.

Linux limits a name to 255 bytes (NAME_MAX), so "300-byte names" are tested three ways: the longest name the file
system allows (255 bytes, ASCII and 3-byte CJK), a path far longer than 300 bytes through nested folders, and a
300+ byte name handed to import_stream directly (as an upload or paste would).
"""

from __future__ import annotations

import errno
import io
import json
import os
import re
from pathlib import Path

import pytest
from foundation_checks import assert_store_consistent
from helpers import cli, make_jpeg

from evidenceapp.core.names import display_name
from evidenceapp.services.importing import add_paths, import_stream
from evidenceapp.services.verifying import verify_case

HOSTILE = [
    b"line1\nline2.jpg",
    b"tab\there\r.txt",
    b"\xff\xfe not utf8 \xc3(.txt",
    b"CON",
    b"aux.txt",
    b"NUL.jpg",
    b"com1",
    b"\x1b[31mred-terminal.txt",
    b"x" * 251 + b".txt",  # 255 bytes: NAME_MAX
    "证".encode() * 83 + b"ab.txt",  # 255 bytes of which 249 are CJK
    b" leading and trailing space ",
    b"-n",
    b"..data.txt",
]
_SHA_PART = re.compile(r"^[0-9a-f]{2}$|^[0-9a-f]{62}$|^[0-9a-f]{64}$")
_ALLOWED = {"evidence.sqlite", "evidence.sqlite-wal", "evidence.sqlite-shm", "store.lock", "evidenceapp.log",
            "objects", "sha256", "tmp", "derived", "quarantine", "logs"}


def _make(d: Path) -> list[bytes]:
    d.mkdir(parents=True, exist_ok=True)
    for i, raw in enumerate(HOSTILE):
        with open(os.path.join(os.fsencode(d), raw), "wb") as f:
            f.write(b"content %d of a hostile name\n" % i)
    return HOSTILE


def _assert_home_has_only_store_names(home: Path) -> None:
    """Nothing in the store is named after user input: every path part is ours or a hex digest."""
    for root, dirs, files in os.walk(home):
        if Path(root).parent == home / "derived":
            continue  # derived/<sha256>/thumb.jpg …: names the media layer chose, not the user
        for name in dirs + files:
            assert name in _ALLOWED or _SHA_PART.match(name) or name.startswith("evidence.sqlite.v"), name


def test_name_max_is_what_we_think(tmp_path: Path) -> None:
    with pytest.raises(OSError) as info:
        (tmp_path / ("y" * 256)).write_bytes(b"")
    assert info.value.errno == errno.ENAMETOOLONG


def test_hostile_names_are_stored_safely_and_shown_escaped(app, case, tmp_path: Path) -> None:
    d = tmp_path / "in"
    _make(d)
    report = add_paths(app, case.id, [d])
    assert report.errors == [] and len(report.added) == len(HOSTILE)
    by_name = {i.original_name: i for i in report.added}
    for raw in HOSTILE:
        shown = display_name(raw)
        item = by_name[shown]
        assert shown.isprintable() and "\n" not in shown and "\x1b" not in shown
        if shown.encode() != raw:  # escaped: the exact bytes are kept as data
            assert bytes.fromhex(item.metadata["original_name_hex"]) == raw
        else:
            assert "original_name_hex" not in item.metadata
        assert item.original_path.endswith(shown) and "\n" not in item.original_path
        assert app.objects.path_for(item.sha256).is_file()
    assert by_name["line1\\nline2.jpg"].original_name == "line1\\nline2.jpg"
    assert by_name["\\xff\\xfe not utf8 \\xc3(.txt"]
    assert by_name["\\x1b[31mred-terminal.txt"]
    payload_names = {json.loads(r[0])["name"] for r in app.db.con.execute(
        "SELECT payload FROM journal WHERE case_id=? AND action='item_added'", (case.id,))}
    assert payload_names == set(by_name)
    _assert_home_has_only_store_names(app.home)
    assert not (tmp_path / "CON").exists()
    info = assert_store_consistent(app.home)
    assert info["objects"] == info["referenced"] and verify_case(app, case.id).ok


def test_long_paths_and_dot_dot_in_the_given_path(app, case, tmp_path: Path) -> None:
    deep = tmp_path / "in"
    for i in range(4):
        deep = deep / (f"{i}" + "长" * 80)  # 241 bytes per folder
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("deep", encoding="utf-8")
    assert len(os.fsencode(deep / "deep.txt")) > 1000
    (tmp_path / "in" / "side.txt").write_text("side", encoding="utf-8")
    via_dotdot = deep / os.path.relpath(tmp_path / "in", deep) / "side.txt"  # …/长长长/../../../../side.txt
    assert "../.." in str(via_dotdot)
    report = add_paths(app, case.id, [tmp_path / "in", via_dotdot])
    assert report.errors == []
    assert sorted(i.original_name for i in report.added) == ["deep.txt", "side.txt"]
    assert [d["name"] for d in report.duplicates] == ["side.txt"]
    _assert_home_has_only_store_names(app.home)


@pytest.mark.parametrize("name", [
    "../../../../etc/passwd", "..\\..\\Windows\\System32\\cmd.exe", "/absolute/path.jpg", "a/b/../../c.txt",
    "名" * 110 + ".jpg",  # 334 bytes: longer than any file system allows
    "nul\x00byte.txt", "", "..", ".",
])
def test_names_from_uploads_never_become_paths(app, case, tmp_path: Path, name: str) -> None:
    before = sorted(os.listdir(tmp_path))
    item, dup = import_stream(app, case.id, io.BytesIO(b"upload " + name.encode()), original_name=name,
                              source="paste")
    assert dup is None and item.original_name == display_name(name) and item.original_name.isprintable()
    assert app.objects.path_for(item.sha256).is_file()
    assert sorted(os.listdir(tmp_path)) == before
    assert not Path("/etc/passwd").samefile(app.objects.path_for(item.sha256))
    _assert_home_has_only_store_names(app.home)


def test_cli_output_escapes_names(tmp_path: Path, home: Path) -> None:
    d = tmp_path / "in"
    _make(d)
    make_jpeg(Path(os.fsdecode(os.path.join(os.fsencode(d), b"photo\nwith newline.jpg"))))
    assert cli("case", "new", "--title", "t", "--platform", "tmall", "--order-no", "TM-9", home=home).returncode == 0
    proc = cli("add", "TM-9", str(d), home=home)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1 + len(HOSTILE) + 1  # summary + one line per item: no name broke a line
    assert any("photo\\nwith newline.jpg" in ln for ln in lines)
    assert "\x1b" not in proc.stdout
    out = json.loads(cli("add", "TM-9", str(d), "--json", home=home).stdout)
    assert len(out["duplicates"]) == len(HOSTILE) + 1
    assert "photo\\nwith newline.jpg" in {x["name"] for x in out["duplicates"]}
    show = cli("case", "show", "TM-9", home=home).stdout
    assert "photo\\nwith newline.jpg" in show and "\x1b" not in show
    journal = cli("journal", "TM-9", home=home).stdout
    assert "\\x1b[31mred-terminal.txt" in journal and "\x1b" not in journal
