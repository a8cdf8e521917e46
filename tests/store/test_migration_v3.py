"""upgrade_to_3: the case fields the dossiers need (product, legal entity, return shipment, card), added to a v2
database that keeps its cases; the CLI edits them and refuses a full card number."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from evidenceapp.store import cases_repo, migrations
from evidenceapp.store.db import Database


def _v2(path: Path) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    migrations.upgrade_to_1(con)
    migrations.upgrade_to_2(con)
    con.execute("PRAGMA user_version=2")
    con.execute("COMMIT")
    con.execute("INSERT INTO cases(id, title, platform, order_no, created_at, seller)"
                " VALUES ('c1','t','pdd','o1','now','小店')")
    con.close()


def test_v2_database_gains_the_dossier_fields_blank(tmp_path: Path) -> None:
    path = tmp_path / "evidence.sqlite"
    _v2(path)
    db = Database(path)
    try:
        assert db.con.execute("PRAGMA user_version").fetchone()[0] >= 3
        case = cases_repo.get(db.con, "c1")
        assert case is not None and case.seller == "小店"
        assert all(getattr(case, f) == "" for f in migrations.CASE_FIELDS_3)
        with db.tx() as con:
            cases_repo.update(con, "c1", {"return_waybill": "SF998877", "seller_legal_name": "某某贸易有限公司"})
        case = cases_repo.get(db.con, "c1")
        assert (case.return_waybill, case.seller_legal_name, case.seller) == ("SF998877", "某某贸易有限公司", "小店")
    finally:
        db.close()
