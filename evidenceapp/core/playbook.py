"""The dispute playbook: for each platform × dispute type, the path of steps, the evidence each step needs, the
seller's usual refusals with the answer to each, the warnings and the deadlines — and where a case stands on it.

The knowledge is data (``resources/playbooks/*.toml``, see common.toml for the format); this module loads it and
evaluates a case against it. Pure Python: it reads TOML files and nothing else, so the services, the exporter and
the tests use it the same way. Every rule keeps its ``source`` keys (a seed file or a public rule) and a status,
so the UI can say where a rule comes from and mark the unsure ones "to be checked".
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from . import deadlines as dl
from .models import Case, Item

LANGS = ("zh_CN", "en", "fr")
Text = Mapping[str, str]


def t(text: Text | None, lang: str) -> str:
    """``text`` in ``lang``; English, then any language, when missing (tests make sure nothing is missing)."""
    if not text:
        return ""
    return text.get(lang) or text.get("en") or next(iter(text.values()), "")


def normalize_lang(lang: str) -> str:
    low = (lang or "en").replace("-", "_").lower()
    if low.startswith("zh"):
        return "zh_CN"
    if low.startswith("fr"):
        return "fr"
    return "en"


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    status: str  # seed | confirmed | reported | to_check | advice (the app's own)
    file: str = ""


@dataclass(frozen=True)
class EvidenceDef:
    key: str
    label: Text
    hint: Text
    tags: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    keyword_kinds: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()  # "profile.name", "case.seller": needs met by data, not by an item
    source: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepDef:
    key: str
    title: Text
    how: Text
    evidence: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    dispute_evidence: bool = False
    started_by: tuple[str, ...] = ()
    done_by: tuple[str, ...] = ()
    menu: Text = field(default_factory=dict)
    menu_source: tuple[str, ...] = ()
    menu_check: bool = False
    source: tuple[str, ...] = ()
    check: bool = False


@dataclass(frozen=True)
class DisputeDef:
    key: str
    label: Text
    evidence: tuple[str, ...]
    extra: tuple[str, ...]
    source: tuple[str, ...]


@dataclass(frozen=True)
class RefusalDef:
    key: str
    reason: Text
    answer: Text
    evidence: tuple[str, ...]
    keywords: tuple[str, ...]
    source: tuple[str, ...]
    check: bool = False


@dataclass(frozen=True)
class WarningDef:
    key: str
    text: Text
    source: tuple[str, ...]
    status: str
    check: bool = False
    disputes: tuple[str, ...] = ()  # empty = every dispute type
    platform: str = ""  # "" = every platform
    group: str = "general"  # one of WARNING_GROUPS: how the Overview and the CLI group them


# The order warning groups are shown in (titles: ui.group_<key>). What protects the claim first, the next purchase last.
WARNING_GROUPS = ("protect", "tricks", "clock", "evidence", "return", "rules", "general", "before_buy")


@dataclass(frozen=True)
class Length:
    days: float = 0
    hours: int = 0
    working_days: int = 0

    @property
    def empty(self) -> bool:
        return not (self.days or self.hours or self.working_days)

    def after(self, start: datetime) -> datetime:
        due = start + timedelta(days=self.days, hours=self.hours)
        return dl.add_working_days(due, self.working_days) if self.working_days else due


@dataclass(frozen=True)
class DeadlineDef:
    key: str
    label: Text
    note: Text
    anchor: str  # "event:<kind>" | "case:<field>" | "user"
    source: tuple[str, ...]
    status: str
    days: int = 0
    hours: int = 0
    working_days: int = 0
    ask: Text = field(default_factory=dict)  # what the user must look up when the app cannot compute the date
    closed_by: tuple[str, ...] = ()  # events that answer it (refund_received answers every deadline)
    suggest: bool = False  # offered as soon as a case of a platform listing it exists
    length_from: str = ""  # "detail:<name>": the length in days is carried by the anchor event
    variants: Mapping[str, Length] = field(default_factory=dict)  # case state ("shipped"…) → length

    @property
    def length(self) -> Length:
        return Length(self.days, self.hours, self.working_days)

    def offset_from(self, start: datetime) -> datetime:
        return self.length.after(start)

    def closes_on(self, event_kind: str) -> bool:
        return event_kind == "refund_received" or event_kind in self.closed_by


@dataclass(frozen=True)
class PathStep:
    """A step of one platform × dispute path, with its evidence lists resolved."""

    step: StepDef
    required: tuple[str, ...]
    extra: tuple[str, ...]


@dataclass(frozen=True)
class PlatformDef:
    key: str
    name: Text
    aliases: tuple[str, ...]
    path: tuple[str, ...]
    paths: Mapping[str, tuple[str, ...]]
    steps: Mapping[str, StepDef]  # the generic steps merged with this platform's overrides and own steps
    warnings: tuple[WarningDef, ...]
    deadlines: tuple[str, ...]


# --- evaluation results -----------------------------------------------------------------------------------------
@dataclass
class NeedState:
    key: str
    required: bool
    matches: list[tuple[str, str]] = field(default_factory=list)  # (item id or field, why it counts)

    @property
    def satisfied(self) -> bool:
        return bool(self.matches)


@dataclass
class StepState:
    index: int
    path_step: PathStep
    status: str  # done | current | todo

    @property
    def key(self) -> str:
        return self.path_step.step.key


@dataclass
class Assessment:
    platform: str
    dispute: str
    steps: list[StepState]
    next_index: int | None  # None when resolved or the path is exhausted
    resolved: bool
    needs: list[NeedState]  # of the next step (required first, then extra)
    readiness: int  # 0..100: share of the next step's required evidence already in the case
    refusal: RefusalDef | None

    @property
    def next_step(self) -> StepState | None:
        return self.steps[self.next_index] if self.next_index is not None else None

    @property
    def missing(self) -> list[NeedState]:
        return [n for n in self.needs if not n.satisfied]


# --- loading ---------------------------------------------------------------------------------------------------
def _tup(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(v)


_TEXT_FIELDS = ("title", "how", "menu")
_TUPLE_FIELDS = ("evidence", "extra", "started_by", "done_by", "menu_source", "source")
_BOOL_FIELDS = ("dispute_evidence", "menu_check", "check")


def _step(key: str, d: Mapping[str, Any], base: StepDef | None = None) -> StepDef:
    """A step from its TOML table; a platform's table overrides only the fields it names of the generic step."""
    base = base or StepDef(key=key, title={}, how={})
    values: dict[str, Any] = {}
    for name in (*_TEXT_FIELDS, *_TUPLE_FIELDS, *_BOOL_FIELDS):
        if name not in d:
            values[name] = getattr(base, name)
        elif name in _TUPLE_FIELDS:
            values[name] = _tup(d[name])
        elif name in _BOOL_FIELDS:
            values[name] = bool(d[name])
        else:
            values[name] = d[name]
    return StepDef(key=key, **values)


def _warning(d: Mapping[str, Any], platform: str = "") -> WarningDef:
    return WarningDef(key=d["key"], text=d["text"], source=_tup(d.get("source")), status=d.get("status", "seed"),
                      check=bool(d.get("check")) or d.get("status") == "to_check",
                      disputes=_tup(d.get("disputes")), platform=platform, group=d.get("group", "general"))


class Playbook:
    def __init__(self, common: Mapping[str, Any], platforms: Iterable[Mapping[str, Any]]) -> None:
        self.ui: dict[str, Text] = dict(common.get("ui", {}))
        self.sources = {k: Source(k, v["title"], v.get("status", "seed"), v.get("file", ""))
                        for k, v in common["source"].items()}
        self.evidence = {
            k: EvidenceDef(k, v["label"], v.get("hint", {}), _tup(v.get("tags")), _tup(v.get("kinds")),
                           _tup(v.get("keyword_kinds")), tuple(s.lower() for s in v.get("keywords", ())),
                           _tup(v.get("fields")), _tup(v.get("source")))
            for k, v in common["evidence"].items()
        }
        self.disputes = {k: DisputeDef(k, v["label"], _tup(v.get("evidence")), _tup(v.get("extra")),
                                       _tup(v.get("source"))) for k, v in common["dispute"].items()}
        self.steps = {k: _step(k, v) for k, v in common["step"].items()}
        self.refusals = {
            k: RefusalDef(k, v["reason"], v["answer"], _tup(v.get("evidence")),
                          tuple(s.lower() for s in v.get("keywords", ())), _tup(v.get("source")),
                          bool(v.get("check")))
            for k, v in common["refusal"].items()
        }
        self.events: dict[str, Text] = {k: v["label"] for k, v in common["event"].items()}
        self.event_needs: dict[str, tuple[str, ...]] = {k: _tup(v.get("needs")) for k, v in common["event"].items()}
        self.deadlines = {
            k: DeadlineDef(k, v["label"], v.get("note", {}), v.get("anchor", "user"), _tup(v.get("source")),
                           v.get("status", "reported"), int(v.get("days", 0)), int(v.get("hours", 0)),
                           int(v.get("working_days", 0)), ask=v.get("ask", {}), closed_by=_tup(v.get("closed_by")),
                           suggest=bool(v.get("suggest")), length_from=v.get("length_from", ""),
                           variants={x["when"]: Length(x.get("days", 0), x.get("hours", 0), x.get("working_days", 0))
                                     for x in v.get("variant", ())})
            for k, v in common["deadline"].items()
        }
        self.common_warnings = tuple(_warning(w) for w in common.get("warning", ()))
        self.platforms: dict[str, PlatformDef] = {}
        self._alias: dict[str, str] = {}
        for p in platforms:
            key = p["platform"]
            steps = dict(self.steps)
            for sk, sv in p.get("step", {}).items():
                steps[sk] = _step(sk, sv, self.steps.get(sk))
            self.platforms[key] = PlatformDef(
                key=key, name=p["name"], aliases=_tup(p.get("aliases")), path=_tup(p["path"]),
                paths={k: _tup(v) for k, v in p.get("paths", {}).items()}, steps=steps,
                warnings=tuple(_warning(w, key) for w in p.get("warning", ())), deadlines=_tup(p.get("deadlines")),
            )
            self._alias[key] = key
            for a in p.get("aliases", ()):
                self._alias[a] = key

    # --- lookups ---
    def platform(self, key: str) -> PlatformDef:
        return self.platforms[self._alias.get(key, "other")]

    def dispute(self, key: str) -> DisputeDef:
        return self.disputes.get(key) or self.disputes["other"]

    def path(self, platform: str, dispute: str) -> list[PathStep]:
        """The ordered steps for ``platform`` × ``dispute``, each with its required and recommended evidence."""
        p = self.platform(platform)
        d = self.dispute(dispute)
        out = []
        for key in p.paths.get(d.key, p.path):
            s = p.steps[key]
            required = list(s.evidence) + (list(d.evidence) if s.dispute_evidence else [])
            extra = list(s.extra) + (list(d.extra) if s.dispute_evidence else [])
            req = tuple(dict.fromkeys(required))
            out.append(PathStep(s, req, tuple(k for k in dict.fromkeys(extra) if k not in req)))
        return out

    def warnings(self, platform: str, dispute: str) -> list[WarningDef]:
        p = self.platform(platform)
        return [w for w in (*p.warnings, *self.common_warnings) if not w.disputes or dispute in w.disputes]

    def warning_groups(self, platform: str, dispute: str) -> list[tuple[str, list[WarningDef]]]:
        """Every warning that applies, none left out, grouped in WARNING_GROUPS order (empty groups omitted)."""
        ws = self.warnings(platform, dispute)
        return [(g, [w for w in ws if w.group == g]) for g in WARNING_GROUPS if any(w.group == g for w in ws)]

    def refusals_for(self, platform: str, dispute: str) -> list[RefusalDef]:
        """The refusal reasons worth preparing for: the seeds' general ones everywhere; AliExpress's tricks
        (wait, resend-and-close, refund outside the platform) where they are told (seed 002)."""
        ali_only = {"wait_longer", "resend_close", "refund_outside"}
        is_ali = self.platform(platform).key == "aliexpress"
        return [r for r in self.refusals.values() if is_ali or r.key not in ali_only]

    def match_refusal(self, text: str) -> RefusalDef | None:
        """The refusal whose key or keywords appear in ``text`` (the seller's stated reason, as the user typed it)."""
        s = (text or "").strip().lower()
        if not s:
            return None
        if s in self.refusals:
            return self.refusals[s]
        best: tuple[int, RefusalDef] | None = None
        for r in self.refusals.values():
            hits = sum(1 for k in r.keywords if k in s)
            if hits and (best is None or hits > best[0]):
                best = (hits, r)
        return best[1] if best else None

    # --- for the dossier exporter ---
    CHANNEL_STEPS = {"platform": ("intervention", "escalate", "open_dispute"), "12315": ("complaint_12315",),
                     "chargeback": ("chargeback",), "court": ("court",)}

    def step_for_channel(self, platform: str, dispute: str, channel: str) -> PathStep | None:
        """The path step a dossier for ``channel`` (platform, 12315, chargeback, court) is made for, if the path
        has one. Its ``required``/``extra`` evidence is the channel's checklist."""
        path = {p.step.key: p for p in self.path(platform, dispute)}
        for key in self.CHANNEL_STEPS.get(channel, ()):
            if key in path:
                return path[key]
        return None

    def checklist(self, platform: str, dispute: str, channel: str, lang: str) -> list[dict[str, Any]]:
        """[{"key", "label", "hint", "required", "source"}] for the channel's step, translated."""
        ps = self.step_for_channel(platform, dispute, channel)
        if ps is None:
            return []
        return [{"key": k, "label": t(self.evidence[k].label, lang), "hint": t(self.evidence[k].hint, lang),
                 "required": k in ps.required, "source": self.source_line(self.evidence[k].source)}
                for k in (*ps.required, *ps.extra)]

    def refusal_answer(self, reason_text: str, lang: str) -> dict[str, Any] | None:
        """The seller's stated reason matched to a known refusal, with our answer, the evidence that supports it,
        and where the advice comes from (to quote in a dossier). None when no known refusal matches."""
        r = self.match_refusal(reason_text)
        if r is None:
            return None
        return {"key": r.key, "reason": t(r.reason, lang), "answer": t(r.answer, lang),
                "evidence": [t(self.evidence[k].label, lang) for k in r.evidence],
                "source": self.source_line(r.source), "to_check": self.is_unsure(r.source, r.check)}

    def deadline_kinds(self, platform: str) -> list[DeadlineDef]:
        return [self.deadlines[k] for k in self.platform(platform).deadlines if k in self.deadlines]

    def source_line(self, keys: Sequence[str]) -> str:
        """"seed 003 (003_58….txt); public rule: …" for the UI's "where does this come from"."""
        parts = []
        for k in keys:
            s = self.sources.get(k)
            if s is None:
                parts.append(k)
            elif s.file:
                parts.append(f"{k} ({s.file})")
            else:
                parts.append(s.title)
        return "; ".join(parts)

    def is_unsure(self, keys: Sequence[str], check: bool = False) -> bool:
        return check or any(self.sources.get(k, Source(k, k, "to_check")).status == "to_check" for k in keys)

    # --- deadlines ---
    SHIPPED_EVENTS = ("tracking_number_issued", "parcel_collected")

    def shipped(self, case: Case, events: Sequence[Mapping[str, Any]], before: str | None = None) -> bool:
        """Whether the order had been shipped (at the time ``before``, when given): the refund request's own answer
        ("shipped": yes/no) first, then a tracking event, a tracking number or a delivery date on the case."""
        for e in events:
            if e["kind"] == "refund_requested" and (before is None or e["at"] == before):
                said = str((e.get("detail") or {}).get("shipped", "")).lower()
                if said in ("yes", "no"):
                    return said == "yes"
        if any(e["kind"] in self.SHIPPED_EVENTS and (before is None or e["at"] <= before) for e in events):
            return True
        return bool(case.waybill_no or case.delivered_at)

    def length_for(self, kind: str, case: Case, events: Sequence[Mapping[str, Any]],
                   anchor_event: Mapping[str, Any] | None = None) -> Length | None:
        """The deadline's length for this case in its current state, or None when the user must give it."""
        d = self.deadlines[kind]
        if d.length_from.startswith("detail:"):
            raw = ((anchor_event or {}).get("detail") or {}).get(d.length_from[7:])
            try:
                days = float(raw)
            except (TypeError, ValueError):
                return None
            return Length(days=days) if days > 0 else None
        if d.variants:
            state = "shipped" if self.shipped(case, events, (anchor_event or {}).get("at")) else "not_shipped"
            return d.variants.get(state)
        return None if d.length.empty else d.length

    def compute_due(self, kind: str, case: Case, events: Sequence[Mapping[str, Any]], now: datetime,
                    tz: Any = None) -> datetime | None:
        """The due date a deadline kind implies for this case, or None when its anchor or its length is not known:
        a date the user must give is never replaced by "now" (issue 23.4)."""
        d = self.deadlines[kind]
        if d.anchor.startswith("event:"):
            ev = [e for e in events if e["kind"] == d.anchor[6:]]
            if not ev:
                return None
            anchor = max(ev, key=lambda e: (e["at"], e.get("id", 0)))
            length = self.length_for(kind, case, events, anchor)
            return length.after(dl.parse_when(anchor["at"], tz)) if length else None
        if d.anchor.startswith("case:"):
            value = getattr(case, d.anchor[5:], "")
            length = self.length_for(kind, case, events)
            if not value or length is None:
                return None
            try:
                return length.after(dl.parse_when(value, tz))
            except ValueError:
                return None
        return None  # "user": only the user knows the date

    def anchor_time(self, kind: str, events: Sequence[Mapping[str, Any]]) -> str:
        """When the deadline's clock started (UTC text), "" when it does not start from an event."""
        d = self.deadlines[kind]
        if not d.anchor.startswith("event:"):
            return ""
        return max((e["at"] for e in events if e["kind"] == d.anchor[6:]), default="")

    # --- where a case stands ---
    def assess(
        self, case: Case, items: Sequence[Item], events: Sequence[Mapping[str, Any]],
        texts: Mapping[str, str] | None = None, tags: Mapping[str, Iterable[str]] | None = None,
        profile: Mapping[str, str] | None = None,
    ) -> Assessment:
        """Place the case on its path from its events, and list the next step's evidence found and missing.

        Events are replayed in time order: an event in a step's ``done_by`` (searched from the current step on)
        finishes that step and every earlier one; one in ``started_by`` makes that step current. So a user who
        records only "platform decided" still sees the 12315 step next.
        """
        path = self.path(case.platform, case.dispute)
        pos, started = 0, set()
        resolved = False
        for ev in sorted(events, key=lambda e: (e["at"], e.get("id", 0))):
            kind = ev["kind"]
            if kind == "refund_received":
                resolved = True
                continue
            for j in range(pos, len(path)):
                s = path[j].step
                if kind in s.done_by:
                    pos = j + 1
                    if pos < len(path) and kind in path[pos].step.started_by:
                        started.add(pos)
                    break
                if kind in s.started_by:
                    pos = j
                    started.add(j)
                    break
        steps = []
        for i, ps in enumerate(path):
            status = "done" if i < pos or resolved else ("current" if i == pos else "todo")
            steps.append(StepState(i, ps, status))
        next_index = None if resolved or pos >= len(path) else pos
        needs: list[NeedState] = []
        if next_index is not None:
            ps = path[next_index]
            for key, required in [*((k, True) for k in ps.required), *((k, False) for k in ps.extra)]:
                needs.append(NeedState(key, required, self.find_evidence(key, case, items, texts, tags, profile)))
        req = [n for n in needs if n.required]
        readiness = 100 if not req else round(100 * sum(n.satisfied for n in req) / len(req))
        return Assessment(case.platform, case.dispute, steps, next_index, resolved, needs, readiness,
                          self.case_refusal(case, events))

    def case_refusal(self, case: Case, events: Sequence[Mapping[str, Any]]) -> RefusalDef | None:
        """The seller's refusal reason: from the latest "seller refused" event, else from the case's field."""
        for ev in sorted(events, key=lambda e: (e["at"], e.get("id", 0)), reverse=True):
            if ev["kind"] == "seller_refused":
                detail = ev.get("detail") or {}
                r = self.match_refusal(detail.get("reason", "")) or self.match_refusal(detail.get("text", ""))
                if r:
                    return r
        return self.match_refusal(case.refusal_reason)

    def find_evidence(
        self, key: str, case: Case, items: Sequence[Item], texts: Mapping[str, str] | None = None,
        tags: Mapping[str, Iterable[str]] | None = None, profile: Mapping[str, str] | None = None,
    ) -> list[tuple[str, str]]:
        """Items (or data fields) of the case that satisfy evidence ``key``, each with the reason it counts."""
        e = self.evidence[key]
        if e.fields:
            have = []
            for f in e.fields:
                scope, _, name = f.partition(".")
                value = (profile or {}).get(name, "") if scope == "profile" else getattr(case, name, "")
                if not str(value or "").strip():
                    return []
                have.append((f, "field"))
            return have
        texts = texts or {}
        tags = tags or {}
        out = []
        for it in items:
            if it.hidden:
                continue
            item_tags = set(tags.get(it.id, ()))
            if item_tags & set(e.tags):
                out.append((it.id, "tag"))
            elif it.kind in e.kinds:
                out.append((it.id, "kind"))
            elif it.kind in e.keyword_kinds and e.keywords:
                hay = " ".join((it.title, it.note, it.proves, it.original_name, texts.get(it.id, ""))).lower()
                if any(k in hay for k in e.keywords):
                    out.append((it.id, "keyword"))
        return out


def _read(path: Path) -> dict[str, Any]:
    with open(path, "rb") as f:
        return tomllib.load(f)


@functools.lru_cache(maxsize=4)
def load(directory: Path) -> Playbook:
    """The playbook in ``directory`` (the bundled resources/playbooks: services pass ``config.playbooks_dir()``).
    Cached: it is read-only data."""
    d = directory
    common = _read(d / "common.toml")
    platforms = [_read(p) for p in sorted(d.glob("*.toml")) if p.name not in ("common.toml", "scam_signals.toml")]
    return Playbook(common, platforms)
