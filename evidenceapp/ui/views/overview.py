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
from ..errors import show_error
from ..i18n import current_language

TEXT_FIELDS = ("title", "order_no", "order_date", "amount", "currency", "seller", "store_id", "seller_credit_code",
               "seller_address", "waybill_no", "carrier", "delivered_at")
CHOICE_FIELDS = ("platform", "dispute", "request", "status")
LONG_FIELDS = ("refusal_reason", "facts")


def combo(parent: QWidget, table: dict[str, str], codes: tuple[str, ...]) -> QComboBox:
    box = QComboBox(parent)
    for code in codes:
        box.addItem(labels.label(table, code), code)
    return box


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

        side = QVBoxLayout()
        self.next_box = QGroupBox(self.tr("Your dispute"), self)
        nl = QVBoxLayout(self.next_box)
        side_scroll = QScrollArea(self.next_box)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.next_label = QLabel(side_scroll)
        self.next_label.setObjectName("playbookText")
        # Its body comes translated from the playbook service; only the headings are ours (tests skip it).
        self.next_label.setProperty("service_text", True)
        side_scroll.setWidget(self.next_label)
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        nl.addWidget(side_scroll)
        side.addWidget(self.next_box)
        outer.addLayout(side, 2)

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
        if case is None:
            self.next_label.setText("")
            return
        app, case_id, lang = self.ctx.app, case.id, current_language()
        self._loader.load(lambda: playbook.case_guidance(app, case_id, lang), self._show_guidance)

    def _show_guidance(self, g: playbook.Guidance) -> None:
        if self.case is None or g.case_id != self.case.id:
            return
        e = html.escape
        # Headings translated here, outside the f-strings below (lupdate does not look inside f-strings).
        h_next, h_missing, h_optional = self.tr("Next step"), self.tr("Evidence still missing"), self.tr("(optional)")
        h_deadlines, h_scam = self.tr("Deadlines"), self.tr("Warning signs in the chat")
        h_answer, h_know = self.tr("Answer to the seller"), self.tr("Good to know")
        out = [f"<p><b>{e(g.platform)} · {e(g.dispute)}</b><br>{e(g.status_text)}</p>",
               "<p>" + e(self.tr("Evidence ready: {percent} %").format(percent=g.readiness)) + "</p>"]
        if g.next_step is not None:
            s = g.next_step
            out.append(f"<h3>{e(h_next)}: {e(s.title)}</h3><p>{e(s.how)}</p>")
            if s.menu:
                out.append(f"<p><i>{e(s.menu)}</i></p>")
        if g.missing_evidence:
            out.append(f"<h4>{e(h_missing)}</h4><ul>")
            for m in g.missing_evidence[:8]:
                mark = "" if m.required else " " + e(h_optional)
                out.append(f"<li>{e(m.label)}{mark}<br><small>{e(m.hint)}</small></li>")
            out.append("</ul>")
        if g.deadlines:
            out.append(f"<h4>{e(h_deadlines)}</h4><ul>")
            colors = {"warning": "#b26a00", "urgent": "#c62828", "passed": "#c62828", "done": "#2e7d32"}
            for d in g.deadlines:
                color = colors.get(d.status, "")
                out.append(f"<li style='color:{color}'>{e(d.label)} — {e(timefmt.local(d.due_at))} ({e(d.remaining)})</li>")
            out.append("</ul>")
        if g.scam_hits:
            out.append(f"<h4 style='color:#c62828'>{e(h_scam)}</h4><ul>")
            for h in g.scam_hits[:5]:
                out.append(f"<li>{e(h.label)}: “{e(h.text)}”<br><small>{e(h.advice)}</small></li>")
            out.append("</ul>")
        if g.refusal is not None:
            out.append(f"<h4>{e(h_answer)}</h4><p>{e(g.refusal.answer)}</p>")
        if g.warnings:
            out.append(f"<h4>{e(h_know)}</h4><ul>")
            out.extend(f"<li>{e(w.text)}</li>" for w in g.warnings[:4])
            out.append("</ul>")
        self.next_label.setText("".join(out))
