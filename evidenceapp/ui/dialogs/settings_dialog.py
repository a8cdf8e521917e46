"""Settings: language, default export folder, recording size and frame rate, TSA URL, and your details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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

from ...core.errors import EvidenceError, InvalidInput
from ...services import cases as cases_service
from ...services.proof import signing, timestamping
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
        tabs = self.tabs = QTabWidget(self)

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
        # The TSA's CA certificate (PEM): what lets a timestamp be checked offline, in exports and bundle checks.
        ca_row = QHBoxLayout()
        self.tsa_ca = QLineEdit(general)
        self.tsa_ca.setObjectName("tsaCaPath")
        has_ca = bool(timestamping.tsa_settings(ctx.app)[1])
        self.tsa_ca.setPlaceholderText(self.tr("A certificate is set; choose a file to replace it") if has_ca
                                       else self.tr("PEM file of the TSA's CA certificate"))
        ca_browse = QPushButton(self.tr("Choose…"), general)
        ca_browse.clicked.connect(self._browse_ca)
        self.tsa_ca_clear = QCheckBox(self.tr("Remove"), general)
        self.tsa_ca_clear.setVisible(has_ca)
        ca_row.addWidget(self.tsa_ca, 1)
        ca_row.addWidget(ca_browse)
        ca_row.addWidget(self.tsa_ca_clear)
        f.addRow(self.tr("TSA CA certificate"), ca_row)
        self.fingerprint = QLabel(signing.installation_fingerprint(ctx.app), general)
        self.fingerprint.setObjectName("keyFingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("font-family: monospace;")
        f.addRow(self.tr("Signing key fingerprint"), self.fingerprint)
        fp_note = QLabel(self.tr("This computer's Ed25519 key signs every export; the same fingerprint is printed in each dossier."), general)
        fp_note.setWordWrap(True)
        f.addRow("", fp_note)
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
        self.details_page = tabs.addTab(me, self.tr("Your details"))
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

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("TSA CA certificate"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.tsa_ca.setText(path)

    def _ca_pem(self) -> str | None:
        """The new CA's PEM text, "" to remove it, None to keep the current one."""
        path = self.tsa_ca.text().strip()
        if path:
            try:
                return Path(path).read_text("ascii")
            except (OSError, UnicodeDecodeError) as exc:
                raise InvalidInput(str(exc), field=self.tr("TSA CA certificate")) from exc
        return "" if self.tsa_ca_clear.isChecked() else None

    def accept(self) -> None:
        s = self.ctx.settings
        try:
            cases_service.set_profile(self.ctx.app, **{k: e.text().strip() for k, e in self.profile.items()})
            timestamping.set_tsa(self.ctx.app, url=self.tsa_url.text().strip(), ca_pem=self._ca_pem())
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
