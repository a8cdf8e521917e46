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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from . import deadlines as dl
from . import times as tm
from .langs import LANGS, normalize_lang
from .models import Case, Item

__all__ = ["LANGS", "normalize_lang"]  # and the classes below; the playbook's users take the languages from here too
Text = Mapping[str, str]


def t(text: Text | None, lang: str) -> str:
    """``text`` in ``lang``; English, then any language, when missing (tests make sure nothing is missing)."""
    if not text:
        return ""
    return text.get(lang) or text.get("en") or next(iter(text.values()), "")


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
class ProofDef:
    """A sentence of a refusal's answer that cites evidence: printed only when the case holds it."""

    evidence: str  # an evidence catalogue key
    text: Text  # with {refs}: where the exhibits' numbers go
    kinds: tuple[str, ...] = ()  # only items of these kinds count (a sentence about photos needs photos)


@dataclass(frozen=True)
class RefusalDef:
    key: str
    reason: Text
    answer: Text  # advice to the buyer (the app)
    evidence: tuple[str, ...]
    keywords: tuple[str, ...]
    source: tuple[str, ...]
    check: bool = False
    claim: Text = field(default_factory=dict)  # the dossier's answer, citing no evidence
    proofs: tuple[ProofDef, ...] = ()
    without: Text = field(default_factory=dict)  # when the case holds none of the proofs
    check_first: Text = field(default_factory=dict)  # when the refusal can be fair: what the buyer checks (app only)
    platforms: tuple[str, ...] = ()  # empty = every platform


@dataclass
class Argument:
    """One part of the seller's refusal answered from the evidence the case holds (dossier and Overview alike)."""

    key: str
    reason: str  # the refusal as the playbook names it, translated
    text: str  # the answer to the seller: claim + the proofs held (with exhibit references), or ``without``
    items: list[str]  # the item ids the text cites, in order
    missing: list[str]  # evidence keys of proofs the case does not hold (what would strengthen the answer)
    source: str
    unsure: bool
    advice: str  # for the buyer (app only)
    check_first: str  # for the buyer when the refusal can be fair (app only, never in a dossier)


@dataclass(frozen=True)
class WarningDef:
    key: str
    text: Text
    source: tuple[str, ...]
    status: str
    check: bool = False
    disputes: tuple[str, ...] = ()  # empty = every dispute type
    platform: str = ""  # "" = every platform
    rule: Text = field(default_factory=dict)  # the platform rule behind it, worded for a reviewer (dossier)
    group: str = "general"  # one of WARNING_GROUPS: how the Overview and the CLI group them


@dataclass(frozen=True)
class ActionDef:
    """Something the buyer can do now, offered when its condition holds (``when``): "always", "event:<kind>" (that
    event was recorded) or "decision_against_buyer" (the latest platform decision did not go the buyer's way);
    hidden again once an ``until`` event is recorded, and when the case is resolved."""

    key: str
    title: Text
    how: Text
    source: tuple[str, ...]
    status: str
    check: bool = False
    when: str = "always"
    until: tuple[str, ...] = ()
    disputes: tuple[str, ...] = ()  # empty = every dispute type
    platforms: tuple[str, ...] = ()  # empty = every platform
    menu: Text = field(default_factory=dict)


BUYER_WON = ("buyer", "buyer_won", "won")


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
                      disputes=_tup(d.get("disputes")), platform=platform, rule=d.get("rule", {}),
                      group=d.get("group", "general"))


def _action(d: Mapping[str, Any], platform: str = "") -> ActionDef:
    return ActionDef(key=d["key"], title=d["title"], how=d["how"], source=_tup(d.get("source")),
                     status=d.get("status", "seed"), check=bool(d.get("check")), when=d.get("when", "always"),
                     until=_tup(d.get("until")), disputes=_tup(d.get("disputes")),
                     platforms=(platform,) if platform else _tup(d.get("platforms")), menu=d.get("menu", {}))


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
                          bool(v.get("check")), v.get("claim", {}),
                          tuple(ProofDef(p["evidence"], p["text"], _tup(p.get("kinds"))) for p in v.get("proof", ())),
                          v.get("without", {}), v.get("check_first", {}), _tup(v.get("platforms")))
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
        self.actions = [_action(a) for a in common.get("action", ())]
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
            self.actions += [_action(a, key) for a in p.get("action", ())]
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

    def actions_for(self, case: Case, events: Sequence[Mapping[str, Any]]) -> list[ActionDef]:
        """The actions open to the buyer now on this case's platform and dispute, in the order they are defined."""
        platform = self.platform(case.platform).key
        kinds = {e["kind"] for e in events}
        if "refund_received" in kinds:
            return []
        out = []
        for a in self.actions:
            if (a.platforms and platform not in a.platforms) or (a.disputes and case.dispute not in a.disputes):
                continue
            if kinds & set(a.until):
                continue
            if self._holds(a.when, kinds, events):
                out.append(a)
        return out

    def _holds(self, when: str, kinds: set[str], events: Sequence[Mapping[str, Any]]) -> bool:
        if when.startswith("event:"):
            return when[6:] in kinds
        if when == "decision_against_buyer":
            return self.decision_against_buyer(events)
        return when == "always"

    def actions_defined(self, platform: str, dispute: str) -> list[ActionDef]:
        """Every action a case of ``platform`` × ``dispute`` can be offered, whatever its condition."""
        key = self.platform(platform).key
        return [a for a in self.actions if (not a.platforms or key in a.platforms)
                and (not a.disputes or dispute in a.disputes)]

    @staticmethod
    def decision_against_buyer(events: Sequence[Mapping[str, Any]]) -> bool:
        """The latest platform decision did not go the buyer's way (an outcome not recorded counts as not won:
        the action's text then says "if")."""
        decisions = sorted((e for e in events if e["kind"] == "platform_decision"),
                           key=lambda e: (e["at"], e.get("id", 0)))
        if not decisions:
            return False
        return str((decisions[-1].get("detail") or {}).get("outcome", "")).lower() not in BUYER_WON

    def refusals_for(self, platform: str, dispute: str) -> list[RefusalDef]:
        """The refusal reasons worth preparing for: every general one; AliExpress's tricks (wait, resend-and-close,
        refund outside the platform) only there (seed 002)."""
        key = self.platform(platform).key
        return [r for r in self.refusals.values()
                if r.key != "generic" and (not r.platforms or key in r.platforms)]

    def match_refusals(self, text: str, platform: str = "") -> list[RefusalDef]:
        """Every known refusal in ``text`` (the seller's words as the user typed them, or a refusal key), in the
        order the words appear: a refusal with several parts gets each part answered. A stated reason that matches
        nothing gets ``generic``; an empty one, nothing."""
        s = (text or "").strip().lower()
        if not s:
            return []
        if s in self.refusals:
            return [self.refusals[s]]
        pkey = self.platform(platform).key if platform else ""
        found: list[tuple[int, int, RefusalDef]] = []
        for n, r in enumerate(self.refusals.values()):
            if r.platforms and pkey and pkey not in r.platforms:
                continue
            at = [s.find(k) for k in r.keywords if k in s]
            if at:
                found.append((min(at), n, r))
        return [r for _, _, r in sorted(found, key=lambda f: (f[0], f[1]))] or [self.refusals["generic"]]

    def match_refusal(self, text: str, platform: str = "") -> RefusalDef | None:
        """The first known refusal in ``text`` (None when nothing specific matches)."""
        parts = [r for r in self.match_refusals(text, platform) if r.key != "generic"]
        return parts[0] if parts else None

    def exhibit_refs(self, numbers: Mapping[str, int], lang: str) -> Callable[[list[str]], str]:
        """Words for "these items", by exhibit number: "（证据3、5）", "(exhibits 3, 5)", "(pièce 2)"."""
        def refs(ids: list[str]) -> str:
            nos = sorted(numbers[i] for i in ids if i in numbers)
            if not nos:
                return ""
            joined = ("、" if lang == "zh_CN" else ", ").join(map(str, nos))
            return t(self.ui.get("exhibit_refs" if len(nos) > 1 else "exhibit_ref"), lang).format(n=joined)
        return refs

    @staticmethod
    def stated_refusal(case: Case, events: Sequence[Mapping[str, Any]]) -> str:
        """The seller's stated reason: the words of the latest "seller refused" event (the seller may have changed
        his reason since the case was filled in), else the case's field."""
        for ev in sorted(events, key=lambda e: (tm.instant_key(e.get("at", "")), e.get("id", 0)), reverse=True):
            if ev.get("kind") == "seller_refused":
                detail = ev.get("detail") or {}
                text = detail.get("text") or detail.get("reason") or ""
                if text:
                    return str(text)
        return case.refusal_reason

    def answer_refusals(
        self, case: Case, items: Sequence[Item], events: Sequence[Mapping[str, Any]], lang: str,
        refs: Callable[[list[str]], str], texts: Mapping[str, str] | None = None,
        tags: Mapping[str, Iterable[str]] | None = None,
    ) -> list[Argument]:
        """Each part of the seller's refusal with the answer built from the evidence the case holds.

        ``refs(item ids)`` words the reference to those items ("（证据3、5）", "(exhibits 3, 5)"): the exporter and
        the Overview pass the same exhibit numbering, so they print the same sentences."""
        out = []
        kinds = {it.id: it.kind for it in items}
        for r in self.match_refusals(self.stated_refusal(case, events), case.platform):
            sentences, cited, missing = [t(r.claim, lang)], [], []
            for p in r.proofs:
                ids = [i for i, _why in self.find_evidence(p.evidence, case, items, texts, tags)
                       if not p.kinds or kinds.get(i) in p.kinds]
                ids = [i for i in ids if i not in cited] or ids
                if ids:
                    sentences.append(t(p.text, lang).replace("{refs}", refs(ids)))
                    cited += [i for i in ids if i not in cited]
                else:
                    missing.append(p.evidence)
            if not cited:
                sentences.append(t(r.without, lang))
            sep = "" if lang == "zh_CN" else " "
            out.append(Argument(r.key, t(r.reason, lang), sep.join(x for x in sentences if x), cited,
                                list(dict.fromkeys(missing)), self.source_line(r.source),
                                self.is_unsure(r.source, r.check), t(r.answer, lang), t(r.check_first, lang)))
        return out

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

    def platform_rules(self, platform: str, lang: str) -> list[tuple[str, str, str]]:
        """(rule, status, source) for the dossier's "platform rule relied on": the platform's warnings that state a
        rule, in the reviewer's wording. The same entries warn the buyer in the app, so the fact lives once."""
        return [(t(w.rule, lang), w.status, self.source_line(w.source))
                for w in self.platform(platform).warnings if w.rule]

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
        for ev in sorted(events, key=lambda e: (tm.instant_key(e["at"]), e.get("id", 0))):
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
        """The first known part of the seller's stated refusal (``stated_refusal``)."""
        return self.match_refusal(self.stated_refusal(case, events), case.platform)

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
