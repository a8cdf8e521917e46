"""`case edit` sets the dossier fields of issue 17 (return shipment, card, product) and refuses a full card number."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from evidenceapp.__main__ import main


def _cli(*args: str) -> tuple[int, dict]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        rc = main([*args, "--json"])
    return rc, json.loads(out.getvalue() or err.getvalue())


def test_cli_case_edit_sets_return_and_card_fields(home: Path) -> None:
    _, new = _cli("case", "new", "--title", "t", "--platform", "aliexpress", "--order-no", "AE-1")
    rc, edited = _cli("case", "edit", new["id"], "--return-waybill", "LP00123", "--return-carrier", "Cainiao",
                      "--return-shipped-at", "2026-12-01", "--card-network", "visa", "--card-last4", "4242",
                      "--product", "Protège-écran", "--seller-legal-name", "Shenzhen X Co., Ltd.")
    assert rc == 0
    assert (edited["return_waybill"], edited["return_carrier"], edited["return_shipped_at"]) == \
        ("LP00123", "Cainiao", "2026-12-01")
    assert (edited["card_network"], edited["card_last4"], edited["product"]) == ("visa", "4242", "Protège-écran")
    assert edited["seller_legal_name"] == "Shenzhen X Co., Ltd."
    rc, bad = _cli("case", "edit", new["id"], "--card-last4", "4242424242424242")
    assert rc != 0 and bad["error"]["code"] == "E_INVALID_INPUT"
    _, shown = _cli("case", "show", new["id"])
    assert shown["card_last4"] == "4242"  # the refused edit changed nothing
