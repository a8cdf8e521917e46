"""Report a problem: a zip of the app's log files (never the evidence), written to a folder that is then opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import support
from ..context import Context
from ..desktop import open_path


class ReportProblemDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportProblemDialog")
        self.ctx = ctx
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Report a problem"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        text = QLabel(self.tr("This makes a zip file of the app's log files and its version, for you to send with a short description of what happened.\n\nIt contains only the logs: none of your photos, videos, chat screenshots or case details."), self)
        text.setWordWrap(True)
        lay.addWidget(text)
        row = QHBoxLayout()
        self.folder = QLineEdit(ctx.settings.export_folder, self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(QLabel(self.tr("Save in"), self))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        lay.addLayout(row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.create_button = QPushButton(self.tr("Create the report"), self)
        self.create_button.setObjectName("createReport")
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self.create)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the report in"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def create(self) -> None:
        folder = Path(self.folder.text().strip() or self.ctx.settings.export_folder)
        app = self.ctx.app
        self.create_button.setEnabled(False)

        def done(path: Path) -> None:
            self.create_button.setEnabled(True)
            self.result_path = path
            self.status.setText(self.tr("Saved: {path}").format(path=str(path)))
            open_path(self, path.parent)

        def failed(exc: BaseException) -> None:
            self.create_button.setEnabled(True)
            self.status.setText(self.tr("The report could not be saved in {folder}: {reason}").format(
                folder=str(folder), reason=str(exc)))

        self.ctx.run(self.tr("Creating the problem report…"), lambda _p, _c: support.problem_report(app, folder),
                     on_done=done, on_error=failed)
