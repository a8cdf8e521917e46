"""Case use cases: create, find, list, edit, show."""

from __future__ import annotations

import re
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from ..core.errors import Ambiguous, InvalidInput, NotFound
from ..core.journal import now_utc
from ..core.models import CARD_NETWORKS, DISPUTES, PLATFORMS, REQUESTS, Case, Item
from ..store import cases_repo, items_repo, journal_repo
from .app import App


def new_id() -> str:
    return uuid.uuid4().hex


def _check(changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(changes)
    if "platform" in out and out["platform"] not in PLATFORMS:
        raise InvalidInput(f"{out['platform']!r} is not one of {', '.join(PLATFORMS)}", field="platform")
    if "dispute" in out and out["dispute"] not in DISPUTES:
        raise InvalidInput(f"{out['dispute']!r} is not one of {', '.join(DISPUTES)}", field="dispute")
    if "request" in out and out["request"] not in REQUESTS:
        raise InvalidInput(f"{out['request']!r} is not one of {', '.join(REQUESTS)}", field="request")
    if out.get("amount"):
        try:
            amount = Decimal(str(out["amount"]).replace(",", "."))
        except InvalidOperation:
            raise InvalidInput(f"{out['amount']!r} is not an amount", field="amount") from None
        if amount < 0 or not amount.is_finite():
            raise InvalidInput(f"{out['amount']!r} is not an amount", field="amount")
        out["amount"] = f"{amount:.2f}"
    if "currency" in out:
        out["currency"] = str(out["currency"]).upper()
        if not re.fullmatch(r"[A-Z]{3}", out["currency"]):
            raise InvalidInput(f"{out['currency']!r} is not a 3-letter currency code", field="currency")
    if out.get("card_network"):
        out["card_network"] = str(out["card_network"]).lower()
        if out["card_network"] not in CARD_NETWORKS:
            raise InvalidInput(f"{out['card_network']!r} is not one of {', '.join(CARD_NETWORKS)}",
                               field="card_network")
    if out.get("card_last4") and not re.fullmatch(r"\d{4}", str(out["card_last4"])):
        # Only the last four digits are ever kept: a full card number must not reach the store or a dossier.
        raise InvalidInput("give only the last 4 digits of the card", field="card_last4")
    for key in ("title", "order_no"):
        if key in out and not str(out[key]).strip():
            raise InvalidInput("must not be empty", field=key)
    return out


def create_case(app: App, title: str, platform: str, order_no: str, **fields: Any) -> Case:
    unknown = set(fields) - set(Case.EDITABLE)
    if unknown:
        raise InvalidInput(", ".join(sorted(unknown)), field="case field")
    values = _check({"title": title.strip(), "platform": platform, "order_no": order_no.strip(), **fields})
    case = Case(id=new_id(), created_at=now_utc(), **values)
    with app.db.tx() as con:
        cases_repo.insert(con, case)
        payload = {k: v for k, v in case.to_dict().items() if k in Case.EDITABLE and v not in ("", [], None)}
        journal_repo.append(con, case.id, "case_created", payload)
    return get_case(app, case.id)


def get_case(app: App, case_id: str) -> Case:
    case = cases_repo.get(app.db.con, case_id)
    if case is None:
        raise NotFound(what="case", key=case_id)
    return case


def resolve_case(app: App, key: str) -> Case:
    """A case by full id, unique id prefix, or order number."""
    key = key.strip()
    if not key:
        raise NotFound(what="case", key=key)
    exact = cases_repo.get(app.db.con, key)
    if exact:
        return exact
    matches = cases_repo.find(app.db.con, key)
    by_order = [c for c in matches if c.order_no == key]
    if len(by_order) == 1:
        return by_order[0]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(what="case", key=key)
    raise Ambiguous(what="case", key=key, matches=", ".join(c.id[:8] for c in matches))


def list_cases(app: App) -> list[Case]:
    return cases_repo.all_cases(app.db.con)


def edit_case(app: App, case_id: str, **changes: Any) -> Case:
    unknown = set(changes) - set(Case.EDITABLE)
    if unknown:
        raise InvalidInput(", ".join(sorted(unknown)), field="case field")
    changes = _check(changes)
    with app.db.tx() as con:
        current = cases_repo.get(con, case_id)
        if current is None:
            raise NotFound(what="case", key=case_id)
        diff = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if diff:
            cases_repo.update(con, case_id, diff)
            journal_repo.append(con, case_id, "case_edited",
                                {k: {"from": getattr(current, k), "to": v} for k, v in diff.items()})
    return get_case(app, case_id)


def case_items(app: App, case_id: str, include_hidden: bool = False) -> list[Item]:
    return items_repo.for_case(app.db.con, case_id, include_hidden)


def journal(app: App, case_id: str):
    return journal_repo.entries(app.db.con, case_id)


def get_profile(app: App) -> dict[str, str]:
    """The complainant's details (name, phone, address, email, id_number), used by dossiers."""
    return cases_repo.get_setting(app.db.con, "profile", {}) or {}


PROFILE_FIELDS = ("name", "phone", "address", "email", "id_number")


def set_profile(app: App, **values: str) -> dict[str, str]:
    unknown = set(values) - set(PROFILE_FIELDS)
    if unknown:
        raise InvalidInput(", ".join(sorted(unknown)), field="profile field")
    with app.db.tx() as con:
        profile = cases_repo.get_setting(con, "profile", {}) or {}
        profile.update({k: v for k, v in values.items() if v is not None})
        cases_repo.set_setting(con, "profile", profile)
    return profile
