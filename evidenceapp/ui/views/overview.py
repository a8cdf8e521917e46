"""Overview: the case's editable form (parties, order, waybill, dispute, request) and what to do next."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import EvidenceError
from ...core.models import DISPUTES, PLATFORMS, REQUESTS, Case
from ...services import cases as cases_service
from ...services import playbook
from .. import labels, timefmt
from ..context import Context, Latest
from ..dialogs.dispute_events import AddEventDialog, DeadlineDialog
from ..errors import show_error
from ..i18n import current_language
from ..rich import playbook_html
from ..section import Section

TEXT_FIELDS = ("title", "order_no", "order_date", "amount", "currency", "seller", "store_id", "seller_credit_code",
               "seller_address", "waybill_no", "carrier", "delivered_at")
CHOICE_FIELDS = ("platform", "dispute", "request", "status")
LONG_FIELDS = ("refusal_reason", "facts")


def combo(parent: QWidget, table: dict[str, str], codes: tuple[str, ...]) -> QComboBox:
    box = QComboBox(parent)
    for code in codes:
        box.addItem(labels.label(table, code), code)
    return box


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        w = layout.takeAt(0).widget()
        if w is not None:
            # Unnamed and hidden at once (findChild no longer finds it), deleted by Qt at the next loop turn. Not
            # setParent(None): that hands the C++ object to Python, which would delete it a second time.
            for child in (w, *w.findChildren(QWidget)):
                child.setObjectName("")
            w.hide()
            w.deleteLater()


class OverviewView(QWidget):
    saved = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self._loading = False
        self._loader = Latest(ctx)
        outer = QHBoxLayout(self)

        scroll = QScrollArea(self)
        scroll.setObjectName("overviewForm")
        scroll.setWidgetResizable(True)
        form_host = QWidget(scroll)
        form_lay = QVBoxLayout(form_host)
        self.edits: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        self.long: dict[str, QPlainTextEdit] = {}

        order = QGroupBox(self.tr("Order"), form_host)
        f1 = QFormLayout(order)
        self._line(f1, "title", self.tr("Case title"))
        self.choices["platform"] = combo(order, labels.platforms(), PLATFORMS)
        f1.addRow(self.tr("Platform"), self.choices["platform"])
        self._line(f1, "order_no", self.tr("Order number"))
        self._line(f1, "order_date", self.tr("Order date"), self.tr("YYYY-MM-DD"))
        money = QWidget(order)
        ml = QHBoxLayout(money)
        ml.setContentsMargins(0, 0, 0, 0)
        self.edits["amount"] = QLineEdit(money)
        self.edits["amount"].setPlaceholderText("199.00")
        self.edits["currency"] = QLineEdit(money)
        self.edits["currency"].setMaxLength(3)
        self.edits["currency"].setFixedWidth(70)
        ml.addWidget(self.edits["amount"], 1)
        ml.addWidget(self.edits["currency"])
        f1.addRow(self.tr("Amount paid"), money)
        self._line(f1, "waybill_no", self.tr("Waybill number"))
        self._line(f1, "carrier", self.tr("Carrier"))
        self._line(f1, "delivered_at", self.tr("Delivered on"), self.tr("YYYY-MM-DD"))
        form_lay.addWidget(order)

        seller = QGroupBox(self.tr("Seller"), form_host)
        f2 = QFormLayout(seller)
        self._line(f2, "seller", self.tr("Seller or store name"))
        self._line(f2, "store_id", self.tr("Store ID"))
        self._line(f2, "seller_credit_code", self.tr("Unified social credit code"), self.tr("18 characters, if known"))
        self._line(f2, "seller_address", self.tr("Seller address"))
        form_lay.addWidget(seller)

        dispute = QGroupBox(self.tr("Dispute"), form_host)
        f3 = QFormLayout(dispute)
        self.choices["dispute"] = combo(dispute, labels.disputes(), DISPUTES)
        f3.addRow(self.tr("What went wrong"), self.choices["dispute"])
        self.choices["request"] = combo(dispute, labels.requests(), REQUESTS)
        f3.addRow(self.tr("What you ask for"), self.choices["request"])
        self.choices["status"] = combo(dispute, labels.statuses(), labels.STATUSES)
        f3.addRow(self.tr("Status"), self.choices["status"])
        self.long["refusal_reason"] = QPlainTextEdit(dispute)
        self.long["refusal_reason"].setPlaceholderText(self.tr("What the seller said when refusing, word for word"))
        self.long["refusal_reason"].setFixedHeight(60)
        f3.addRow(self.tr("Seller's refusal"), self.long["refusal_reason"])
        self.long["facts"] = QPlainTextEdit(dispute)
        self.long["facts"].setPlaceholderText(self.tr("What happened, in order, with dates"))
        self.long["facts"].setFixedHeight(90)
        f3.addRow(self.tr("Facts"), self.long["facts"])
        form_lay.addWidget(dispute)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save changes"), form_host)
        self.save_button.setObjectName("saveCase")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"), form_host)
        self.revert_button.clicked.connect(lambda: self.load(self.case))
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form_lay.addLayout(buttons)
        form_lay.addStretch(1)
        scroll.setWidget(form_host)
        outer.addWidget(scroll, 3)

        # The dispute as the playbook sees it, then its life: timeline (events), deadlines, and every warning
        # that applies, grouped; each part folds away. It scrolls on its own beside the form.
        self.next_box = QGroupBox(self.tr("Your dispute"), self)
        nl = QVBoxLayout(self.next_box)
        nl.setContentsMargins(4, 4, 4, 4)
        side_scroll = QScrollArea(self.next_box)
        side_scroll.setObjectName("disputeSide")
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_host = QWidget(side_scroll)
        self.side_layout = QVBoxLayout(side_host)
        self.side_layout.setContentsMargins(2, 2, 2, 2)
        self.next_label = self._rich_label(side_host, "playbookText")

        self.timeline = Section(self.tr("Timeline"), True, side_host)
        self.timeline.setObjectName("timelineSection")
        self.events_label = self._rich_label(self.timeline.body, "eventsText")
        self.timeline.body_layout.addWidget(self.events_label)
        self.add_event_button = QPushButton(self.tr("Add event…"), self.timeline.body)
        self.add_event_button.setObjectName("addEvent")
        self.add_event_button.clicked.connect(self.add_event)
        self.timeline.body_layout.addWidget(self.add_event_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.deadlines = Section(self.tr("Deadlines"), True, side_host)
        self.deadlines.setObjectName("deadlineSection")
        self.deadline_rows = QVBoxLayout()
        self.deadlines.body_layout.addLayout(self.deadline_rows)
        self.add_deadline_button = QPushButton(self.tr("Add deadline…"), self.deadlines.body)
        self.add_deadline_button.setObjectName("addDeadline")
        self.add_deadline_button.clicked.connect(lambda: self.edit_deadline(None))
        self.deadlines.body_layout.addWidget(self.add_deadline_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.missing_label = self._rich_label(side_host, "missingEvidence")
        # Where the dispute stands and what comes next first; the long lists after.
        self.side_layout.addWidget(self.next_label)
        self.side_layout.addWidget(self.timeline)
        self.side_layout.addWidget(self.deadlines)
        self.side_layout.addWidget(self.missing_label)
        self.advice_host = QWidget(side_host)  # scam signals, the answer, warning groups: rebuilt per guidance
        self.advice_layout = QVBoxLayout(self.advice_host)
        self.advice_layout.setContentsMargins(0, 0, 0, 0)
        self.side_layout.addWidget(self.advice_host)
        self.side_layout.addStretch(1)
        self._folded: dict[str, bool] = {}  # section key → expanded, kept across refreshes
        self.guidance: playbook.Guidance | None = None
        self._dialog: QWidget | None = None
        side_scroll.setWidget(side_host)
        nl.addWidget(side_scroll)
        outer.addWidget(self.next_box, 2)

        for w in self.edits.values():
            w.textEdited.connect(self._dirty)
        for c in self.choices.values():
            c.currentIndexChanged.connect(self._dirty)
        for t in self.long.values():
            t.textChanged.connect(self._dirty)
        self._set_dirty(False)

    def _line(self, form: QFormLayout, key: str, label: str, placeholder: str = "") -> None:
        edit = QLineEdit(form.parentWidget())
        edit.setObjectName(f"field_{key}")
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self.edits[key] = edit
        form.addRow(label, edit)

    def _dirty(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    @property
    def dirty(self) -> bool:
        return self.save_button.isEnabled()

    def load(self, case: Case | None) -> None:
        self.case = case
        self._loading = True
        try:
            for key, w in self.edits.items():
                w.setText(str(getattr(case, key, "")) if case else "")
            for key, c in self.choices.items():
                value = getattr(case, key, "") if case else ""
                i = c.findData(value)
                if i < 0 and value:
                    c.addItem(value, value)  # a value from a newer version: show it rather than lose it
                    i = c.count() - 1
                c.setCurrentIndex(max(i, 0))
            for key, t in self.long.items():
                t.setPlainText(str(getattr(case, key, "")) if case else "")
        finally:
            self._loading = False
        self._set_dirty(False)
        self.refresh_side()

    def values(self) -> dict[str, str]:
        out = {k: w.text().strip() for k, w in self.edits.items()}
        out.update({k: str(c.currentData()) for k, c in self.choices.items()})
        out.update({k: t.toPlainText().strip() for k, t in self.long.items()})
        return out

    def save(self) -> bool:
        if self.case is None:
            return False
        try:
            self.case = cases_service.edit_case(self.ctx.app, self.case.id, **self.values())
        except EvidenceError as exc:
            show_error(self, exc)
            return False
        self.load(self.case)
        self.ctx.bus.case_changed.emit(self.case.id)
        self.ctx.bus.journal_changed.emit(self.case.id)
        self.saved.emit(self.case.id)
        return True

    def refresh_side(self) -> None:
        """The playbook's view of the case: next step, missing evidence, deadlines, warnings (already translated
        by the playbook service); the headings are ours."""
        case = self.case
        self.add_event_button.setEnabled(case is not None)
        self.add_deadline_button.setEnabled(case is not None)
        if case is None:
            self.next_label.setText("")
            self.events_label.setText("")
            self.missing_label.setText("")
            return
        app, case_id, lang = self.ctx.app, case.id, current_language()
        self._loader.load(lambda: playbook.case_guidance(app, case_id, lang), self._show_guidance)

    def _rich_label(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        # Its body comes translated from the playbook service; only the headings are ours (tests skip it).
        label.setProperty("service_text", True)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _section(self, key: str, title: str, expanded: bool = True) -> Section:
        section = Section(title, self._folded.get(key, expanded), self.advice_host)
        section.setObjectName(f"section_{key}")
        section.toggled.connect(lambda on, key=key: self._folded.__setitem__(key, on))
        self.advice_layout.addWidget(section)
        return section

    def _show_guidance(self, g: playbook.Guidance) -> None:
        if self.case is None or g.case_id != self.case.id:
            return
        self.guidance = g
        e, r = html.escape, playbook_html
        # Headings translated here, outside the f-strings below (lupdate does not look inside f-strings).
        h_missing, h_optional = self.tr("Evidence still missing"), self.tr("(optional)")
        zone = self.tr("Times in {zone}").format(zone=timefmt.zone_label(current_language()))
        out = [f"<p><b>{e(g.platform)} · {e(g.dispute)}</b><br>{r(g.status_text)}<br><small>{e(zone)}</small></p>",
               "<p>" + e(self.tr("Evidence ready: {percent} %").format(percent=g.readiness)) + "</p>"]
        if g.next_step is not None:
            s = g.next_step
            # One sentence with its colon, so French gets its space before it ("Prochaine étape : …").
            heading = e(self.tr("Next step: {title}")).replace("{title}", r(s.title))
            out.append(f"<h3>{heading}</h3><p>{r(s.how)}</p>")
            if s.menu:
                out.append(f"<p><i>{r(s.menu)}</i></p>")
        self.next_label.setText("".join(out))
        missing = []
        if g.missing_evidence:
            missing.append(f"<h4>{e(h_missing)}</h4><ul>")
            for m in g.missing_evidence:
                mark = "" if m.required else " " + e(h_optional)
                missing.append(f"<li>{r(m.label)}{mark}<br><small>{r(m.hint)}</small></li>")
            missing.append("</ul>")
        self.missing_label.setText("".join(missing))
        self.missing_label.setVisible(bool(missing))
        self._show_events(g)
        self._show_deadlines(g)
        self._show_advice(g)

    def _show_events(self, g: playbook.Guidance) -> None:
        self.timeline.set_title(self.tr("Timeline (%n event(s))", "", len(g.events)))
        if not g.events:
            self.events_label.setText("<i>" + html.escape(self.tr(
                "Nothing recorded yet. Add each step as it happens (you asked for a refund, the seller refused, "
                "the platform decided…): the deadlines and the next step follow.")) + "</i>")
            return
        rows = []
        for ev in sorted(g.events, key=lambda ev: timefmt.sort_key(ev["at"])):
            detail = ev.get("detail") or {}
            said = next((str(detail[k]) for k in ("text", "reason", "outcome", "note") if detail.get(k)), "")
            line = f"<b>{html.escape(timefmt.local(ev['at']))}</b> — {html.escape(ev['label'])}"
            if said:
                line += f"<br><small>“{html.escape(said)}”</small>"
            rows.append(f"<li>{line}</li>")
        self.events_label.setText("<ul>" + "".join(rows) + "</ul>")

    def _show_deadlines(self, g: playbook.Guidance) -> None:
        _clear(self.deadline_rows)
        self.deadlines.set_title(self.tr("Deadlines (%n)", "", len(g.deadlines)))
        colors = {"warning": "#b26a00", "urgent": "#c62828", "passed": "#c62828", "done": "#2e7d32"}
        host = self.deadlines.body
        for d in sorted(g.deadlines, key=lambda d: (d.done, d.due_at)):
            row = QWidget(host)
            row.setObjectName(f"deadline_{d.kind}")
            lay = QHBoxLayout(row)
            lay.setContentsMargins(0, 0, 0, 0)
            text = self._rich_label(row, "deadlineText")
            color = colors.get(d.status, "")
            body = f"{html.escape(d.label)} — {html.escape(timefmt.local(d.due_at))} ({html.escape(d.remaining)})"
            if d.sureness:
                body += f"<br><small>{html.escape(d.sureness)}</small>"
            text.setText(f"<span style='color:{color}'>{body}</span>")
            edit = QPushButton(self.tr("Edit…"), row)
            edit.setObjectName("editDeadline")
            edit.clicked.connect(lambda _=False, d=d: self.edit_deadline(d))
            lay.addWidget(text, 1)
            lay.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
            self.deadline_rows.addWidget(row)
        for sug in g.suggested_deadlines:
            row = QWidget(host)
            lay = QHBoxLayout(row)
            lay.setContentsMargins(0, 0, 0, 0)
            text = self._rich_label(row, "suggestedDeadline")
            # No date when only the buyer can read it (e.g. AliExpress's buyer protection): say what to look up.
            due = timefmt.local(sug["due_at"]) if sug["due_at"] else sug.get("ask", "")
            text.setText("<i>" + html.escape(self.tr("Suggested: {label} — {due}").format(
                label=sug["label"], due=due)) + "</i>")
            add = QPushButton(self.tr("Add"), row)
            add.setObjectName("addSuggested")
            add.clicked.connect(lambda _=False, k=sug["kind"]: self.edit_deadline(None, k))
            lay.addWidget(text, 1)
            lay.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
            self.deadline_rows.addWidget(row)
        if not g.deadlines and not g.suggested_deadlines:
            empty = QLabel(self.tr("No deadline yet."), host)
            empty.setStyleSheet("color: palette(mid);")
            self.deadline_rows.addWidget(empty)

    def _show_advice(self, g: playbook.Guidance) -> None:
        """Every warning that applies, none cut: chat signals, the answer to the refusal, then the playbook's
        warning groups, each a section the buyer can fold."""
        _clear(self.advice_layout)
        e, r = html.escape, playbook_html
        if g.scam_hits:
            sec = self._section("scam", self.tr("Warning signs in the chat (%n)", "", len(g.scam_hits)))
            sec.header.setStyleSheet("color:#c62828;")
            items = "".join(f"<li>{e(h.label)}: “{e(h.text)}”<br><small>{r(h.advice)}</small></li>"
                            for h in g.scam_hits)
            sec.body_layout.addWidget(self._html(sec.body, f"<ul>{items}</ul>"))
        if g.refusals:
            # Each part of the seller's refusal: what to do, what to check first when it can be fair, and the very
            # sentences the dossier prints (services.playbook.refusal_arguments, the exporter's source too).
            sec = self._section("answer", self.tr("Answer to the seller"))
            parts = []
            dossier_says = self.tr("The dossier answers:")
            would_help = self.tr("Would strengthen it:")
            for a in g.refusals:
                part = f"<p><b>{e(a.reason)}</b><br>{r(a.advice)}</p>"
                if a.check_first:
                    part += f"<p><i>{r(a.check_first)}</i></p>"
                part += f"<p><small>{e(dossier_says)} {e(a.text)}</small></p>"
                if a.missing:
                    part += f"<p><small>{e(would_help)} {e('; '.join(a.missing))}</small></p>"
                parts.append(part)
            sec.body_layout.addWidget(self._html(sec.body, "".join(parts)))
        groups = g.warning_groups or ([playbook.WarningGroupView("general", self.tr("Good to know"), g.warnings)]
                                      if g.warnings else [])
        for n, grp in enumerate(groups):
            if not grp.warnings:
                continue
            sec = self._section(f"warnings_{grp.key}", self.tr("{title} (%n)", "", len(grp.warnings)).format(
                title=grp.title), expanded=n == 0)
            items = "".join(f"<li>{r(w.text)}</li>" for w in grp.warnings)
            sec.body_layout.addWidget(self._html(sec.body, f"<ul>{items}</ul>"))

    def _html(self, parent: QWidget, text: str) -> QLabel:
        label = self._rich_label(parent, "adviceText")
        label.setText(text)
        return label

    # --- the dispute's life -------------------------------------------------------------------------------------
    def add_event(self) -> AddEventDialog | None:
        """Record what happened; the service adds the deadlines anchored on it and moves the status."""
        if self.case is None:
            return None
        if self.dirty and not self.save():
            return None
        dlg = AddEventDialog(self.ctx, self.case.id, self)
        dlg.accepted.connect(self._life_changed)
        return self._open(dlg)

    def edit_deadline(self, deadline: playbook.DeadlineView | None, kind: str = "") -> DeadlineDialog | None:
        if self.case is None:
            return None
        suggested = {s["kind"]: s["due_at"] for s in (self.guidance.suggested_deadlines if self.guidance else [])}
        dlg = DeadlineDialog(self.ctx, self.case.id, self.case.platform, deadline, suggested, self)
        if kind:
            dlg.kind.setCurrentIndex(max(dlg.kind.findData(kind), 0))
        dlg.accepted.connect(self._life_changed)
        return self._open(dlg)

    def _open(self, dlg: QWidget) -> QWidget:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dlg
        dlg.open()
        return dlg

    def _life_changed(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        try:
            self.load(cases_service.get_case(self.ctx.app, case_id))  # the status may have moved
        except EvidenceError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.case_changed.emit(case_id)
        self.ctx.bus.journal_changed.emit(case_id)
