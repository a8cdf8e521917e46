"""Overview: the case's editable form (parties, order, waybill, dispute, request) and what to do next."""

from __future__ import annotations

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
from .. import labels
from ..context import Context
from ..errors import show_error

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
        outer = QHBoxLayout(self)

        scroll = QScrollArea(self)
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
        self.next_box = QGroupBox(self.tr("Next step"), self)
        nl = QVBoxLayout(self.next_box)
        self.next_label = QLabel(self.next_box)
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        nl.addWidget(self.next_label)
        side.addWidget(self.next_box)
        side.addStretch(1)
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
        """What to do next. Until the playbook service exists, derived from the evidence the case already has."""
        case = self.case
        if case is None:
            self.next_label.setText("")
            return
        items = cases_service.case_items(self.ctx.app, case.id)
        have = {k: sum(1 for i in items if i.kind in ks) for k, ks in labels.GROUPS.items()}
        steps = [
            (have["unboxing"] > 0, self.tr("Record the unboxing in one continuous take (Record tab).")),
            (have["photos"] > 0, self.tr("Add close-up photos of the problem.")),
            (have["chat"] > 0, self.tr("Add screenshots of your chat with the seller (Ctrl+V pastes one).")),
            (bool(case.seller and case.order_no), self.tr("Fill in the seller and order details.")),
            (False, self.tr("Check the journal, then export a dossier for the channel you escalate to.")),
        ]
        lines = []
        for done, text in steps:
            mark = "✔" if done else "☐"
            style = "color:#2e7d32" if done else ""
            lines.append(f"<p style='{style}'>{mark} {text}</p>")
        counts = self.tr("{n} items: {photos} photos, {chat} chats, {videos} videos").format(
            n=len(items), photos=have["photos"], chat=have["chat"], videos=have["unboxing"])
        self.next_label.setText("".join(lines) + f"<p><i>{counts}</i></p>")
