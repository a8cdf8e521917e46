"""Export: channel template and dossier language, the evidence list as it will appear, export with progress and
Cancel, then what was written (and what is still missing) with a button to open the folder."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.names import safe_component
from ...core.progress import Progress
from ...services import cases as cases_service
from ...services import exporting
from .. import labels, timefmt
from ..context import Context, Latest
from ..desktop import open_path
from ..errors import report_exception
from ..i18n import NATIVE_NAMES, current_language
from ..workers import Handle


def templates() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "platform": QCoreApplication.translate("ExportView", "Platform intervention (申请平台介入 / dispute)"),
        "12315": QCoreApplication.translate("ExportView", "12315 consumer complaint (投诉书)"),
        "fr-notice": QCoreApplication.translate("ExportView", "Formal notice / SignalConso (mise en demeure)"),
        "chargeback": QCoreApplication.translate("ExportView", "Card chargeback (bank statement)"),
    }


CHINESE_CHANNEL_PLATFORMS = ("taobao", "tmall", "jd", "pdd", "douyin")


def channel_language(template: str, platform: str, ui_language: str) -> str:
    """The dossier's language follows who reads it, not the app's language: a Chinese platform's reviewers and
    12315 read 简体中文, a French formal notice is in French; otherwise the buyer's own language."""
    if template == "12315" or (template == "platform" and platform in CHINESE_CHANNEL_PLATFORMS):
        return "zh_CN"
    if template == "fr-notice":
        return "fr"
    return ui_language


class ExportView(QWidget):
    settings_requested = Signal()  # "Still missing: your phone number" → Settings › Your details
    overview_requested = Signal()  # a missing case field → the Overview form

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = ""
        self.result: exporting.ExportResult | None = None
        self._handle: Handle | None = None
        self.choose_folder = self._folder_dialog
        self._loader = Latest(ctx)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.template = QComboBox(self)
        self.template.setObjectName("exportTemplate")
        for code, text in templates().items():
            self.template.addItem(text, code)
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        for code, name in NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self._platform = ""
        self._language_chosen = False  # once the buyer picks a language, the channel no longer overrides it
        self.language.activated.connect(lambda _i: setattr(self, "_language_chosen", True))
        self.template.currentIndexChanged.connect(lambda _i: self._follow_channel())
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(self)
        self.folder.setObjectName("exportFolder")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Where you escalate"), self.template)
        form.addRow(self.tr("Dossier language"), self.language)
        form.addRow(self.tr("Save into"), folder_row)
        self.include_gps = QCheckBox(self.tr("Print the photos' GPS coordinates in the PDF"), self)
        self.include_gps.setObjectName("exportIncludeGps")
        self.include_gps.setToolTip(self.tr("Off: the PDF only says that a location is recorded in the original."))
        form.addRow("", self.include_gps)
        lay.addLayout(form)

        lay.addWidget(QLabel(self.tr("Evidence list (exhibit order; change it by dragging in the Evidence tab):"), self))
        self.exhibits = QTreeWidget(self)
        self.exhibits.setObjectName("exportExhibits")
        self.exhibits.setRootIsDecorated(False)
        self.exhibits.setAlternatingRowColors(True)
        self.exhibits.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.exhibits.setHeaderLabels([self.tr("No."), self.tr("Exhibit"), self.tr("Kind"), self.tr("Captured"),
                                       self.tr("What it proves"), self.tr("SHA-256"), self.tr("Upload")])
        self.exhibits.headerItem().setToolTip(6, self.tr(
            "Ticked exhibits go into upload/, most important first (defect, refusal, logistics, unboxing)."))
        h = self.exhibits.header()
        for col in (0, 2, 3, 5, 6):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.exhibits, 1)

        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export dossier"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setStyleSheet("QPushButton { font-weight:bold; padding:6px 16px; }")
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.open_button = QPushButton(self.tr("Open the folder"), self)
        self.open_button.setObjectName("openExportFolder")
        self.open_button.clicked.connect(self.open_folder)
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.bar, 1)
        row.addWidget(self.open_button)
        lay.addLayout(row)
        # What was written and what is missing: it can run long (upload notes), so it scrolls on its own.
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("exportSummary")
        self.summary.setOpenLinks(False)
        self.summary.setMinimumHeight(90)
        self.summary.setMaximumHeight(220)
        self.summary.anchorClicked.connect(self._link)
        lay.addWidget(self.summary)
        self._set_busy(False)
        self.open_button.setEnabled(False)

    def set_case(self, case_id: str) -> None:
        if self._handle is not None and case_id != self.case_id:
            return  # an export is running for the previous case; its result still lands here
        changed = case_id != self.case_id
        self.case_id = case_id
        if changed:
            self.result = None
            self.summary.setText("")
            self.open_button.setEnabled(False)
            self.bar.setValue(0)
        self._set_busy(self._handle is not None)
        self.reload()

    def _default_folder(self) -> str:
        case = cases_service.get_case(self.ctx.app, self.case_id)
        base = Path(self.ctx.settings.export_folder or Path.home())
        return str(base / "evidenceapp" / safe_component(f"{case.order_no}", fallback="case"))

    def reload(self) -> None:
        if not self.case_id:
            self.exhibits.clear()
            return
        app, case_id = self.ctx.app, self.case_id
        self._loader.load(lambda: (cases_service.get_case(app, case_id), cases_service.case_items(app, case_id),
                                   exporting.upload_order(app, case_id)), self._apply)

    def _apply(self, loaded) -> None:
        case, items, upload_order = loaded
        if case.id != self.case_id:
            return
        self.exhibits.clear()
        if not self.folder.text():
            self.folder.setText(self._default_folder())
        self._platform = case.platform
        wanted = "fr-notice" if current_language() == "fr" and case.platform in ("aliexpress", "other") else "platform"
        if self.template.currentData() != wanted and not self.result:
            self.template.setCurrentIndex(max(self.template.findData(wanted), 0))
        self._follow_channel()
        rank = {item_id: k for k, item_id in enumerate(upload_order, start=1)}
        for n, item in enumerate(items, start=1):
            row = QTreeWidgetItem(self.exhibits, [
                str(n), item.display_title, labels.label(labels.kinds(), item.kind),
                timefmt.local(item.captured_at) if item.captured_at else "—", item.proves or "—",
                item.sha256[:16] + "…", str(rank[item.id]) if item.id in rank else "—"])
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            if item.id in rank:  # the user may leave an exhibit out of upload/ (it stays in the PDF and bundle)
                row.setCheckState(6, Qt.CheckState.Checked)

    def upload_items(self) -> list[str] | None:
        """The exhibits ticked for upload/, or None when all are (upload/ then takes them by importance)."""
        ids, unticked = [], False
        for k in range(self.exhibits.topLevelItemCount()):
            row = self.exhibits.topLevelItem(k)
            if row.text(6) == "—":
                continue
            if row.checkState(6) == Qt.CheckState.Checked:
                ids.append(str(row.data(0, Qt.ItemDataRole.UserRole)))
            else:
                unticked = True
        return ids if unticked else None

    def _follow_channel(self) -> None:
        if self._language_chosen or not self._platform:
            return
        lang = channel_language(str(self.template.currentData()), self._platform, current_language())
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))

    def choices(self) -> dict[str, object]:
        """What the buyer set here, for the main window to put back after a language switch rebuilds the view."""
        return {"folder": self.folder.text(), "template": self.template.currentData(),
                "language": self.language.currentData(), "chosen": self._language_chosen}

    def restore_choices(self, choices: dict[str, object]) -> None:
        if choices.get("folder"):
            self.folder.setText(str(choices["folder"]))
        self.template.setCurrentIndex(max(self.template.findData(choices.get("template")), 0))
        self._language_chosen = bool(choices.get("chosen"))
        self.language.setCurrentIndex(max(self.language.findData(choices.get("language")), 0))

    def _link(self, url: QUrl) -> None:
        if url.toString() == "evidenceapp:settings":
            self.settings_requested.emit()
        elif url.toString() == "evidenceapp:overview":
            self.overview_requested.emit()

    def _missing_label(self, field: str, fallback: str) -> str:
        """A missing field named in the app's language (the export names it in the dossier's)."""
        names = {"profile.name": self.tr("your name"), "profile.phone": self.tr("your phone number"),
                 "profile.address": self.tr("your address"), "profile.email": self.tr("your email"),
                 "profile.id_number": self.tr("your ID number"), "case.seller": self.tr("the seller's name"),
                 "case.seller_address": self.tr("the seller's address"), "case.amount": self.tr("the amount paid"),
                 "case.order_date": self.tr("the order date"), "case.seller_credit_code":
                 self.tr("the seller's credit code"), "case.store_id": self.tr("the store ID"),
                 "case.waybill_no": self.tr("the waybill number"), "case.delivered_at": self.tr("the delivery date")}
        return names.get(field, fallback)

    def _folder_dialog(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Save the dossier into"), self.folder.text())

    def _browse(self) -> None:
        folder = self.choose_folder()
        if folder:
            self.folder.setText(folder)

    def _set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy and bool(self.case_id))
        self.cancel_button.setEnabled(busy)
        self.template.setEnabled(not busy)
        self.language.setEnabled(not busy)

    def export(self) -> None:
        if not self.case_id or self._handle is not None:
            return
        app, case_id = self.ctx.app, self.case_id
        template, lang = str(self.template.currentData()), str(self.language.currentData())
        out = Path(self.folder.text().strip() or self._default_folder())
        include_gps, upload_items = self.include_gps.isChecked(), self.upload_items()
        self._set_busy(True)
        self.bar.setValue(0)
        self.summary.setText(self.tr("Exporting…"))

        def work(progress, cancel) -> exporting.ExportResult:
            return exporting.export_case(app, case_id, template, lang, out, progress=progress, cancel=cancel,
                                         include_gps=include_gps, upload_items=upload_items)

        def progress(p: Progress) -> None:
            if p.total:
                self.bar.setValue(int(1000 * p.done / p.total))

        def done(result: exporting.ExportResult) -> None:
            self._handle = None
            self._set_busy(False)
            self.result = result
            self.bar.setValue(1000)
            self.open_button.setEnabled(True)
            self.summary.setText(self._describe(result))
            self.ctx.bus.journal_changed.emit(case_id)

        def failed(exc: BaseException) -> None:
            self._handle = None
            self._set_busy(False)
            self.bar.setValue(0)
            from ...core.errors import Cancelled

            self.summary.setText(self.tr("Export cancelled: nothing was left half-written.") if isinstance(exc, Cancelled) else "")
            report_exception(self, exc)

        self._handle = self.ctx.runner.submit(work, on_done=done, on_error=failed, on_progress=progress)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _describe(self, r: exporting.ExportResult) -> str:
        e = html.escape
        parts = [
            "<b>" + e(self.tr("Dossier written to {folder}").format(folder=str(r.out_dir))) + "</b>",
            e(self.tr("PDF: {name} ({pages} pages)").format(name=r.pdf.name, pages=r.pages)),
            e(self.tr("Verifiable bundle: {name}").format(name=r.bundle.name)),
            e(self.tr("Upload set for {channel}: {count} files in upload/, with form.txt to paste into the form").format(
                channel=r.upload.channel.name, count=len(r.upload.files))),
        ]
        missing = [m for m in r.missing if m.required]
        if missing:
            links = []
            for m in missing:
                target = "evidenceapp:settings" if m.field.startswith("profile.") else "evidenceapp:overview"
                links.append(f"<a href='{target}'>{e(self._missing_label(m.field, m.label))}</a>")
            where = self.tr("Your details are in Settings › Your details; the case's in Overview.")
            parts.append("<span style='color:#b26a00'>" + e(self.tr("Still missing: {fields}")).format(
                fields=", ".join(links)) + "</span><br><small>" + e(where) + "</small>")
        for note in [*r.upload.actions, *r.upload.problems, *r.notes]:
            parts.append("• " + e(note))
        return "<br>".join(parts)

    def open_folder(self) -> None:
        if self.result is not None:
            open_path(self, self.result.out_dir)
