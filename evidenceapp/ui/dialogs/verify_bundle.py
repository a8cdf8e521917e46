"""Verify a bundle: pick an exported .zip (from this or another computer), check it in a worker, and show a report
that names every failed check (sums, journal chain, signature, timestamp, PDF) and the file it concerns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.proof import bundle_verify, timestamping
from ..context import Context
from ..errors import report_exception
from ..views.journal import BAD_STYLE, OK_STYLE

WARN_STYLE = "background:#fff8e1; color:#5d4300; border:1px solid #ffd54f; border-radius:4px; padding:8px;"


def check_names() -> dict[str, str]:
    return {
        "members": QCoreApplication.translate("VerifyBundleDialog", "Files in the bundle"),
        "exhibits": QCoreApplication.translate("VerifyBundleDialog", "Exhibits against the journal"),
        "sums": QCoreApplication.translate("VerifyBundleDialog", "File checksums (SHA256SUMS)"),
        "manifest": QCoreApplication.translate("VerifyBundleDialog", "Signed manifest"),
        "signature": QCoreApplication.translate("VerifyBundleDialog", "Signature"),
        "journal": QCoreApplication.translate("VerifyBundleDialog", "Custody journal chain"),
        "timestamp": QCoreApplication.translate("VerifyBundleDialog", "Trusted timestamp"),
        "pdf": QCoreApplication.translate("VerifyBundleDialog", "PDF signature"),
    }


class VerifyBundleDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("verifyBundleDialog")
        self.ctx = ctx
        self.report: bundle_verify.BundleReport | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Verify a bundle"))
        self.resize(900, 560)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Checks an exported bundle (.zip) on its own, as a reviewer would: every file against SHA256SUMS, the custody journal's chain, the signatures and the trusted timestamp. Nothing in your cases is read or changed."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit(path, self)
        self.path.setObjectName("bundlePath")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Bundle"), row)
        lay.addLayout(form)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.setObjectName("verifyBundleButton")
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        lay.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.banner = QLabel(self)
        self.banner.setObjectName("bundleBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        lay.addWidget(self.banner)
        self.checks = QTreeWidget(self)
        self.checks.setRootIsDecorated(False)
        self.checks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checks.setHeaderLabels([self.tr("Result"), self.tr("Check"), self.tr("File"), self.tr("Details")])
        h = self.checks.header()
        for col in (0, 1, 2):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.checks, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a bundle"), self.path.text() or
                                              self.ctx.settings.export_folder, self.tr("Bundles (*.zip)"))
        if path:
            self.path.setText(path)

    def verify(self) -> None:
        path = Path(self.path.text().strip())
        if not str(path) or not path.is_file():
            self._banner(BAD_STYLE, self.tr("Choose the bundle's .zip file first."))
            return
        app = self.ctx.app
        self.busy = True
        self.verify_button.setEnabled(False)
        self.checks.clear()
        self._banner(WARN_STYLE, self.tr("Verifying…"))

        def work(progress, cancel) -> bundle_verify.BundleReport:
            # The TSA's CA certificate the user trusts (Settings) lets the timestamp be checked offline.
            ca = timestamping.tsa_settings(app)[1]
            return bundle_verify.verify_bundle(path, tsa_ca=ca.encode() if ca else None)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.verify_button.setEnabled(True)
            self.banner.hide()
            report_exception(self, exc)

        self.ctx.run(self.tr("Verifying the bundle…"), work, on_done=self.show_report, on_error=failed)

    def show_report(self, report: bundle_verify.BundleReport) -> None:
        self.busy = False
        self.verify_button.setEnabled(True)
        self.report = report
        names = check_names()
        self.checks.clear()
        marks = {True: self.tr("✔ passed"), False: self.tr("✘ FAILED"), None: self.tr("– not checked")}
        for c in report.checks:
            row = QTreeWidgetItem([marks[c.ok], names.get(c.check, c.check), c.part, c.detail])
            row.setToolTip(3, c.detail)
            if c.ok is False:
                for col in range(4):
                    row.setForeground(col, Qt.GlobalColor.red)
            self.checks.addTopLevelItem(row)
        if report.ok:
            unchecked = [c for c in report.checks if c.ok is None]
            text = self.tr("✔ The bundle is intact: {passed} check(s) passed.").format(
                passed=sum(1 for c in report.checks if c.ok))
            if unchecked:
                text += " " + self.tr("{count} could not be made (see the list).").format(count=len(unchecked))
            self._banner(OK_STYLE, text)
        else:
            lines = [self.tr("✘ The bundle failed {count} check(s):").format(count=len(report.failed))]
            for c in report.failed:
                lines.append(self.tr("• {check}: {part}").format(check=names.get(c.check, c.check), part=c.part))
            self._banner(BAD_STYLE, "\n".join(lines))

    def _banner(self, style: str, text: str) -> None:
        self.banner.setStyleSheet(style)
        self.banner.setText(text)
        self.banner.show()
