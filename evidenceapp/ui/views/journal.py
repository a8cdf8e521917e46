"""Journal: the custody journal as a table, "Verify now", and a banner naming any altered or missing file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import cases as cases_service
from ...services import verifying
from .. import labels
from ..context import Context, Latest
from ..models.journal import JournalModel

OK_STYLE = "background:#e6f4ea; color:#1e4620; border:1px solid #a5d6a7; border-radius:4px; padding:8px;"
BAD_STYLE = "background:#fdecea; color:#611a15; border:1px solid #ef9a9a; border-radius:4px; padding:8px;"


class JournalView(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = ""
        self.last_report: verifying.VerifyReport | None = None
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("Verify now"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self.verify)
        explain = QLabel(self.tr("Every change to this case is recorded here, each entry sealed with the hash of the one before. Verify re-reads every stored file and checks the chain."), self)
        explain.setWordWrap(True)
        top.addWidget(self.verify_button)
        top.addWidget(explain, 1)
        lay.addLayout(top)
        self.banner = QLabel(self)
        self.banner.setObjectName("verifyBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        lay.addWidget(self.banner)
        self.model = JournalModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # Column widths from font metrics, not ResizeToContents: measuring every row of a long journal on each
        # reload costs the GUI thread hundreds of milliseconds.
        h = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        widest_action = max((fm.horizontalAdvance(t) for t in labels.actions().values()), default=120)
        for col, width in ((0, fm.horizontalAdvance("00000")), (1, fm.horizontalAdvance("2026/11/25 14:51:33  ")),
                           (2, widest_action), (4, fm.horizontalAdvance("0" * 18))):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            h.resizeSection(col, width + 16)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(fm.height() + 10)
        self._loader = Latest(ctx)
        lay.addWidget(self.table, 1)

    def set_case(self, case_id: str) -> None:
        if case_id != self.case_id:
            self.banner.hide()
            self.last_report = None
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        app, case_id = self.ctx.app, self.case_id

        def fetch():
            if not case_id:
                return [], {}
            names = {i.id: i.display_title for i in cases_service.case_items(app, case_id, include_hidden=True)}
            return cases_service.journal(app, case_id), names

        self._loader.load(fetch, self._apply)

    def _apply(self, loaded) -> None:
        entries, names = loaded
        self.model.set_entries(entries, names)
        self.table.scrollToBottom()

    def verify(self) -> None:
        if not self.case_id:
            return
        app, case_id = self.ctx.app, self.case_id
        self.verify_button.setEnabled(False)

        def work(progress, cancel) -> verifying.VerifyReport:
            return verifying.verify_case(app, case_id, progress=progress, cancel=cancel)

        def done(report: verifying.VerifyReport) -> None:
            self.verify_button.setEnabled(True)
            if report.case_id == self.case_id:
                self.show_report(report)
            self.ctx.bus.journal_changed.emit(case_id)

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            from ..errors import report_exception

            report_exception(self, exc)

        self.ctx.run(self.tr("Verifying…"), work, on_done=done, on_error=failed)

    def show_report(self, report: verifying.VerifyReport) -> None:
        self.last_report = report
        if report.ok:
            self.banner.setStyleSheet(OK_STYLE)
            self.banner.setText(self.tr("✔ Verified: all {files} stored files are unchanged and the journal chain of {entries} entries is intact.").format(
                files=report.objects_checked, entries=report.journal_entries))
        else:
            lines = [self.tr("✘ Verification found {count} problem(s):").format(count=len(report.problems))]
            for p in report.problems:
                name = p.get("name") or p.get("title") or p.get("item_id", "")
                if p["kind"] == "altered":
                    lines.append(self.tr("• {name} has been altered: its content no longer matches the hash recorded when it was added.").format(name=name))
                elif p["kind"] == "missing":
                    lines.append(self.tr("• {name} is missing from the store.").format(name=name))
                elif p["kind"] == "row_mismatch":
                    lines.append(self.tr("• {name}: the database no longer says what the journal recorded for it (its hash, size or kind was edited outside the app).").format(name=name))
                elif p["kind"] == "checkpoint":
                    lines.append(self.tr("• {name}: the recording differs from the checkpoints journalled while it was filmed.").format(name=name))
                else:
                    lines.append(self.tr("• The journal is broken at entry {seq}.").format(seq=p.get("seq", "?")))
            self.banner.setStyleSheet(BAD_STYLE)
            self.banner.setText("\n".join(lines))
        self.banner.show()
