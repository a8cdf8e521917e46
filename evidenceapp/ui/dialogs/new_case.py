"""New case: the few fields needed to start (title, platform, order number); the rest is in Overview."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import EvidenceError
from ...core.models import DISPUTES, PLATFORMS, Case
from ...services import cases as cases_service
from .. import labels
from ..context import Context
from ..errors import error_sentence


class NewCaseDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("One case per disputed order. You can fill in the other details later."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setObjectName("newTitle")
        self.title.setPlaceholderText(self.tr("e.g. Cracked mug from the flagship store"))
        self.platform = QComboBox(self)
        for code in PLATFORMS:
            self.platform.addItem(labels.label(labels.platforms(), code), code)
        self.order_no = QLineEdit(self)
        self.order_no.setObjectName("newOrderNo")
        self.seller = QLineEdit(self)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("199.00")
        self.currency = QLineEdit("CNY", self)
        self.currency.setMaxLength(3)
        self.dispute = QComboBox(self)
        for code in DISPUTES:
            self.dispute.addItem(labels.label(labels.disputes(), code), code)
        form.addRow(self.tr("Case title"), self.title)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Order number"), self.order_no)
        form.addRow(self.tr("Seller or store name"), self.seller)
        form.addRow(self.tr("Amount paid"), self.amount)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("What went wrong"), self.dispute)
        lay.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("newCaseError")
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create case"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def accept(self) -> None:
        title, order_no = self.title.text().strip(), self.order_no.text().strip()
        if not title or not order_no:
            self.error.setText(self.tr("Please enter a title and the order number."))
            self.error.show()
            return
        try:
            self.case = cases_service.create_case(
                self.ctx.app, title, str(self.platform.currentData()), order_no, seller=self.seller.text().strip(),
                amount=self.amount.text().strip(), currency=self.currency.text().strip() or "CNY",
                dispute=str(self.dispute.currentData()))
        except EvidenceError as exc:
            self.error.setText(error_sentence(exc.code, exc.params))
            self.error.show()
            return
        super().accept()
