"""upgrade_to_2: item text + FTS5 index + evidence tags, added to a v1 database that keeps its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from evidenceapp.store import migrations, text_repo
from evidenceapp.store.db import Database


def _v1(path: Path) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    migrations.upgrade_to_1(con)
    con.execute("PRAGMA user_version=1")
    con.execute("COMMIT")
    con.execute("INSERT INTO cases(id, title, platform, order_no, created_at) VALUES ('c1','t','jd','o1','now')")
    con.execute("INSERT INTO items(id, case_id, kind, sha256, size, source, imported_at)"
                " VALUES ('i1','c1','screenshot','" + "a" * 64 + "',1,'import','now')")
    con.close()


def test_v1_database_upgrades_to_2_with_text_search_and_tags(tmp_path: Path) -> None:
    path = tmp_path / "evidence.sqlite"
    _v1(path)
    db = Database(path)
    try:
        con = db.con
        assert con.execute("PRAGMA user_version").fetchone()[0] >= 2
        cols = [r[1] for r in con.execute("PRAGMA table_info(item_text)")]
        assert cols == ["item_id", "case_id", "source", "text", "lines", "engine", "seconds", "created_at"]
        assert [r[1] for r in con.execute("PRAGMA table_info(item_tags)")] == ["item_id", "tag"]
        assert con.execute("SELECT title FROM cases WHERE id='c1'").fetchone()[0] == "t"
        # The FTS5 table works on the upgraded database: write, search, replace.
        with db.tx() as c:
            text_repo.put_text(c, "i1", "c1", "ocr", "请关闭纠纷", "请 关 闭 纠 纷", [], "rapidocr", 0.5, "now")
            assert text_repo.add_tag(c, "i1", "chat")
        assert text_repo.search(con, "c1", '"关 闭"') == ["i1"]
        assert text_repo.search(con, "c1", '"退 款"') == []
        with db.tx() as c:
            text_repo.put_text(c, "i1", "c1", "ocr", "退款", "退 款", [], "rapidocr", 0.5, "now")
        assert text_repo.search(con, "c1", '"退 款"') == ["i1"]
        assert text_repo.search(con, "c1", '"关 闭"') == []
        assert text_repo.tags_for_case(con, "c1") == {"i1": {"chat"}}
        # No foreign keys to items: derived rows must never block another feature's purge of an item.
        assert con.execute("PRAGMA foreign_key_list(item_text)").fetchall() == []
        assert db.integrity_check() == "ok"
    finally:
        db.close()
    assert (tmp_path / "evidence.sqlite.v1.bak").exists()
