"""Settings: language, default export folder, recording size and frame rate, TSA URL, and your details."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import EvidenceError
from ...services import cases as cases_service
from ...services import timestamping
from ..context import Context
from ..errors import show_error
from ..i18n import LANGUAGES, NATIVE_NAMES
from ..settings import RECORD_SIZES


class SettingsDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        s = ctx.settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        tabs = QTabWidget(self)

        general = QWidget(tabs)
        f = QFormLayout(general)
        self.language = QComboBox(general)
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("Same as the system"), "")
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(s.language), 0))
        f.addRow(self.tr("Language"), self.language)
        folder_row = QHBoxLayout()
        self.export_folder = QLineEdit(s.export_folder, general)
        browse = QPushButton(self.tr("Choose…"), general)
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)
        f.addRow(self.tr("Export to"), folder_row)
        self.record_size = QComboBox(general)
        for size in RECORD_SIZES:
            self.record_size.addItem(size.replace("x", " × "), size)
        self.record_size.setCurrentIndex(max(self.record_size.findData(s.record_size), 0))
        f.addRow(self.tr("Recording size"), self.record_size)
        self.record_fps = QSpinBox(general)
        self.record_fps.setRange(5, 60)
        self.record_fps.setValue(s.record_fps)
        self.record_fps.setSuffix(self.tr(" fps"))
        f.addRow(self.tr("Frame rate"), self.record_fps)
        # The services read the TSA URL from the store (exports and recordings timestamp with it): show that one.
        self.tsa_url = QLineEdit(timestamping.tsa_settings(ctx.app)[0] or s.tsa_url, general)
        self.tsa_url.setPlaceholderText("https://…")
        f.addRow(self.tr("Timestamp server (TSA) URL"), self.tsa_url)
        tsa_note = QLabel(self.tr("Optional. An RFC 3161 time-stamping service that certifies when a dossier was exported."), general)
        tsa_note.setWordWrap(True)
        f.addRow("", tsa_note)
        tabs.addTab(general, self.tr("General"))

        me = QWidget(tabs)
        pf = QFormLayout(me)
        profile = cases_service.get_profile(ctx.app)
        self.profile: dict[str, QLineEdit] = {}
        for key, label in (("name", self.tr("Name")), ("phone", self.tr("Phone")), ("address", self.tr("Address")),
                           ("email", self.tr("Email")), ("id_number", self.tr("ID number"))):
            edit = QLineEdit(profile.get(key, ""), me)
            self.profile[key] = edit
            pf.addRow(label, edit)
        note = QLabel(self.tr("Used as the complainant's details in dossiers (e.g. a 12315 complaint). Stored only on this computer."), me)
        note.setWordWrap(True)
        pf.addRow("", note)
        tabs.addTab(me, self.tr("Your details"))
        lay.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.language_changed = False

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Default export folder"), self.export_folder.text())
        if folder:
            self.export_folder.setText(folder)

    def accept(self) -> None:
        s = self.ctx.settings
        try:
            cases_service.set_profile(self.ctx.app, **{k: e.text().strip() for k, e in self.profile.items()})
            timestamping.set_tsa(self.ctx.app, url=self.tsa_url.text().strip())
        except EvidenceError as exc:
            show_error(self, exc)
            return
        new_lang = str(self.language.currentData())
        self.language_changed = new_lang != s.language
        s.language = new_lang
        s.export_folder = self.export_folder.text().strip()
        s.record_size = str(self.record_size.currentData())
        s.record_fps = self.record_fps.value()
        s.tsa_url = self.tsa_url.text()
        s.sync()
        super().accept()
