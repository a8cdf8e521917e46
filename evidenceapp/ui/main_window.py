"""The main window: case list (search, status filter) on the left, the selected case's tabs on the right."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.errors import EvidenceError
from ..services import cases as cases_service
from ..services import ocr as ocr_service
from ..services import playbook, quarantine
from ..services import waybill as waybill_service
from ..services.app import App
from ..services.installation import capabilities
from . import labels, timefmt
from .alerts import AlertBanner, DeadlineAlerts
from .context import Bus, Context, ProgressHost
from .errors import show_error
from .i18n import current_language, install_language
from .models.case_list import CaseFilter, CaseListModel, CaseRole, IdRole
from .page_tabs import PageTabs
from .settings import Settings
from .views.empty import EmptyState
from .views.evidence import EvidenceView
from .views.journal import JournalView
from .views.overview import OverviewView
from .views.unavailable import UnavailableView
from .workers import TaskRunner

log = logging.getLogger("evidenceapp.ui")

TABS = ("overview", "evidence", "record", "journal", "export")


class MainWindow(QMainWindow):
    def __init__(self, app: App, settings: Settings, inline: bool = False, background_ocr: bool | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        # Chat screenshots are read (OCR) in the background so the playbook can flag scam signals; tests that
        # drive the window step by step (inline) leave it off unless they ask for it.
        self.background_ocr = (not inline) if background_ocr is None else background_ocr
        self._ocr_running = False
        self._ocr_again = False
        self._demo_running = False
        self.runner = TaskRunner(self, inline=inline)
        self.bus = Bus(self)
        self.ctx = Context(app=app, runner=self.runner, settings=settings, bus=self.bus)
        self.case_id = ""
        self.case_model = CaseListModel(self)
        self.case_filter = CaseFilter(self)
        self.case_filter.setSourceModel(self.case_model)
        self.bus.cases_changed.connect(self.reload_cases)
        self.bus.case_changed.connect(self._case_changed)
        self.bus.items_changed.connect(self._items_changed)
        self.bus.journal_changed.connect(self._journal_changed)
        self.bus.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._build()
        self.restore_state()
        self.bus.evidence_added.connect(lambda _case_id: self.read_chat_text())
        self.read_chat_text()
        # Deadline notifications (48 h / 24 h) while the app runs; tests driving the window inline poll by hand.
        self.alerts = DeadlineAlerts(self.ctx, lambda: self.alert_banner, self._case_title, parent=self)
        if not inline:
            self.alerts.start()

    # --- construction ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        """Create every widget and action with the current language (called again after a language switch)."""
        self.setWindowTitle(self._title())
        self._dispose_old_widgets()
        self._make_actions()

        self.progress = ProgressHost(self)
        self.ctx.progress = self.progress
        self.statusBar().addPermanentWidget(self.progress)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(6, 6, 0, 6)
        self.search = QLineEdit(left)
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Search title, order no., seller, waybill…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.case_filter.set_text)
        self.status_filter = QComboBox(left)
        self.status_filter.addItem(self.tr("All cases"), "")
        for code, text in labels.statuses().items():
            self.status_filter.addItem(text, code)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.case_filter.set_status(str(self.status_filter.currentData())))
        self.case_list = QListView(left)
        self.case_list.setObjectName("caseList")
        self.case_list.setModel(self.case_filter)
        self.case_list.setIconSize(QSize(32, 32))
        self.case_list.setSpacing(2)
        self.case_list.setWordWrap(True)
        self.case_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.case_list.selectionModel().currentChanged.connect(self._case_selected)
        new_button = QPushButton(self.tr("New case…"), left)
        new_button.clicked.connect(self.new_case)
        ll.addWidget(self.search)
        ll.addWidget(self.status_filter)
        ll.addWidget(self.case_list, 1)
        ll.addWidget(new_button)

        self.stack = QStackedWidget(self)
        self.empty = EmptyState(self.stack)
        self.empty.new_case.connect(self.new_case)
        self.empty.demo_case.connect(self.demo_case)
        self.no_selection = QLabel(self.tr("Select a case on the left, or create a new one."), self.stack)
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs = PageTabs(self.stack)
        self.tabs.setObjectName("caseTabs")
        self.overview = OverviewView(self.ctx, self.tabs)
        self.evidence = EvidenceView(self.ctx, self.tabs)
        self.record = self._record_view()
        self.journal = JournalView(self.ctx, self.tabs)
        self.export = self._export_view()
        self.tabs.add_page(self.overview, self.tr("Overview"))
        self.tabs.add_page(self.evidence, self.tr("Evidence"))
        self.tabs.add_page(self.record, self.tr("Record"))
        self.tabs.add_page(self.journal, self.tr("Journal"))
        self.tabs.add_page(self.export, self.tr("Export"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_selection)
        self.stack.addWidget(self.tabs)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(200)
        central = QWidget(self)
        cl = QVBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        self.alert_banner = AlertBanner(central)
        cl.addWidget(self.alert_banner)
        cl.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._orphans_notice()

    def _orphans_notice(self) -> None:
        """Files the start-up sweep kept aside because no case references them (services/quarantine.py)."""
        n = quarantine.pending_count(self.ctx.app)
        if n:
            self.alert_banner.add(self.tr("{n} file(s) found that belong to no case. They are kept safe; attach them"
                                          " to a case with “evidenceapp recover CASE --all”.").format(n=n), False)

    def _dispose_old_widgets(self) -> None:
        """Before a rebuild: detach and delete the previous language's widgets, menus and actions at once, so
        no stale shortcut stays registered (two actions on Ctrl+N make both silent) and nothing old is found."""
        old = self.centralWidget()
        if old is not None:
            self.takeCentralWidget()
            old.setParent(None)
            old.deleteLater()
        for tb in self.findChildren(QToolBar):
            self.removeToolBar(tb)
            tb.setParent(None)
            tb.deleteLater()
        for menu in self.menuBar().findChildren(QMenu):
            menu.setParent(None)
            menu.deleteLater()
        self.menuBar().clear()
        for action in self.actions():
            self.removeAction(action)
            action.setParent(None)
            action.deleteLater()

    def _record_view(self) -> QWidget:
        if capabilities().recorder:
            try:
                from .views.record import RecordView
            except ImportError:
                pass
            else:
                return RecordView(self.ctx, self.tabs)
        return UnavailableView(self.tr("The recorder is not part of this build yet. Film the unboxing with your phone in one continuous take and add the video in the Evidence tab."), self.tabs)

    def _export_view(self) -> QWidget:
        if capabilities().export:
            try:
                from .views.export import ExportView
            except ImportError:
                pass
            else:
                view = ExportView(self.ctx, self.tabs)
                view.settings_requested.connect(lambda: self.open_settings(details=True))
                view.overview_requested.connect(lambda: self.show_tab("overview"))
                return view
        return UnavailableView(self.tr("Dossier export is not part of this build yet. Your evidence and its journal are kept safely in the meantime."), self.tabs)

    def _title(self, case_title: str = "") -> str:
        base = self.tr("evidenceapp — evidence for refund disputes")
        return self.tr("{case} — {app}").format(case=case_title, app=base) if case_title else base

    def _make_actions(self) -> None:
        def act(text: str, slot, shortcut: QKeySequence | str | None = None, name: str = "") -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.setObjectName(name)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.act_new = act(self.tr("&New case…"), self.new_case, "Ctrl+N", "actNew")
        self.act_import = act(self.tr("&Add files…"), self.import_files, "Ctrl+I", "actImport")
        self.act_paste = act(self.tr("&Paste screenshot or chat"), self.paste, QKeySequence.StandardKey.Paste, "actPaste")
        self.act_paste.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_record = act(self.tr("&Record unboxing"), lambda: self.show_tab("record"), "Ctrl+R", "actRecord")
        self.act_export = act(self.tr("&Export dossier…"), lambda: self.show_tab("export"), "Ctrl+E", "actExport")
        self.act_verify = act(self.tr("&Verify now"), self.verify, "Ctrl+Shift+V", "actVerify")
        self.act_search = act(self.tr("&Find case"), self.focus_search, QKeySequence.StandardKey.Find, "actFind")
        self.act_settings = act(self.tr("&Settings…"), lambda: self.open_settings(), QKeySequence.StandardKey.Preferences,
                                "actSettings")
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_quit = act(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actQuit")
        self.act_about = act(self.tr("&About"), self.about, None, "actAbout")
        self.act_demo = act(self.tr("Open a &demo case"), self.demo_case, None, "actDemo")
        self.act_receive = act(self.tr("Receive from &phone…"), lambda: self.receive_from_phone(), None, "actReceive")
        self.act_verify_bundle = act(self.tr("Verify a &bundle…"), lambda: self.verify_bundle(), None,
                                     "actVerifyBundle")
        self.act_report = act(self.tr("&Report a problem…"), lambda: self.report_problem(), None, "actReport")

        m = self.menuBar().addMenu(self.tr("&File"))
        for a in (self.act_new, self.act_import, self.act_paste, self.act_receive):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.act_verify_bundle)
        m.addSeparator()
        m.addAction(self.act_settings)
        m.addSeparator()
        m.addAction(self.act_quit)
        c = self.menuBar().addMenu(self.tr("&Case"))
        for a in (self.act_record, self.act_export, self.act_verify, self.act_search):
            c.addAction(a)
        h = self.menuBar().addMenu(self.tr("&Help"))
        h.addAction(self.act_demo)
        h.addAction(self.act_report)
        h.addAction(self.act_about)

        tb = QToolBar(self.tr("Main toolbar"), self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_new, self.act_import, self.act_paste, self.act_record, self.act_verify, self.act_export):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_settings)
        self.addToolBar(tb)

    # --- cases -----------------------------------------------------------------------------------------------
    def reload_cases(self) -> None:
        keep = self.case_id
        cases = cases_service.list_cases(self.ctx.app)
        due = {}
        for c in cases:
            d = playbook.next_deadline(self.ctx.app, c.id, current_language())
            if d is not None:
                due[c.id] = d.remaining
        self.case_model.set_cases(cases, due)
        if keep:
            self.select_case(keep, reload=False)
        self._update_stack()

    def select_case(self, case_id: str, reload: bool = True) -> bool:
        row = self.case_model.row_of(case_id)
        if row < 0:
            return False
        idx = self.case_filter.mapFromSource(self.case_model.index(row))
        if not idx.isValid():  # hidden by the search: clear the search rather than show a stale case
            self.search.clear()
            idx = self.case_filter.mapFromSource(self.case_model.index(row))
        self.case_list.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if reload or case_id != self.case_id:
            self._show_case(case_id)
        return True

    def _case_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = current.data(IdRole) if current.isValid() else ""
        if case_id and case_id != self.case_id:
            if self.overview.dirty:
                self.overview.save()
            self._show_case(case_id)

    def _show_case(self, case_id: str) -> None:
        try:
            case = cases_service.get_case(self.ctx.app, case_id)
        except EvidenceError as exc:
            show_error(self, exc)
            return
        self.case_id = case_id
        timefmt.set_case_platform(case.platform)  # every time on screen in the case's zone, as in its dossier
        self.setWindowTitle(self._title(case.title))
        self.overview.load(case)
        for view in (self.evidence, self.record, self.journal, self.export):
            view.set_case(case_id)
        self._update_stack()

    def _update_stack(self) -> None:
        if self.case_model.rowCount() == 0:
            self.stack.setCurrentWidget(self.empty)
        elif not self.case_id:
            self.stack.setCurrentWidget(self.no_selection)
        else:
            self.stack.setCurrentWidget(self.tabs)
        has_case = bool(self.case_id)
        for a in (self.act_import, self.act_paste, self.act_receive, self.act_record, self.act_export,
                  self.act_verify):
            a.setEnabled(has_case)

    def _case_changed(self, case_id: str) -> None:
        self.reload_cases()
        if case_id == self.case_id:
            case = cases_service.get_case(self.ctx.app, case_id)
            timefmt.set_case_platform(case.platform)
            self.setWindowTitle(self._title(case.title))

    def _items_changed(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.evidence.reload()
            self.overview.refresh_side()
            reload_export = getattr(self.export, "reload", None)
            if reload_export is not None:
                reload_export()
        self.reload_cases()

    def _journal_changed(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.journal.reload()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.journal:
            self.journal.reload()

    def read_chat_text(self) -> None:
        """OCR the screenshots still without text (all cases), one run at a time, at low priority."""
        if not self.background_ocr:
            return
        if self._ocr_running:
            self._ocr_again = True
            return
        self._ocr_running = True
        app = self.ctx.app

        def done(report) -> None:
            self._ocr_running = False
            if getattr(report, "done", None):
                self.bus.journal_changed.emit(self.case_id)
                if self.case_id:
                    self.overview.refresh_side()  # new text may hold scam signals the playbook flags
                    self.evidence.detail.refresh_text()  # the shown screenshot's text, read just now
            if self._ocr_again:
                self._ocr_again = False
                self.read_chat_text()

        def failed(exc: BaseException) -> None:
            # OCR is an optional extra: without its engine the app works, only without the chat-text checks.
            self._ocr_running = False
            log.info("background OCR stopped: %s", exc)

        def work(p, c):
            report = ocr_service.ocr_all_pending(app, progress=p, cancel=c)
            # Then the shipping labels: is the parcel in each new take the one from its order? (services/waybill)
            report.done += waybill_service.check_pending(app, cancel=c)
            return report

        self.runner.submit(work, on_done=done, on_error=failed)

    # --- actions ---------------------------------------------------------------------------------------------
    def new_case(self) -> None:
        from .dialogs.new_case import NewCaseDialog

        dlg = NewCaseDialog(self.ctx, self)
        if dlg.exec() and dlg.case is not None:
            self.reload_cases()
            self.select_case(dlg.case.id)
            self.show_tab("overview")

    def demo_case(self) -> None:
        """The demo films a short synthetic unboxing (~5 s): in a worker, with the busy bar and a note."""
        from ..services.demo import create_demo_case

        if self._demo_running:
            return
        self._demo_running = True
        app = self.ctx.app
        self.empty.set_busy(True)
        self.act_demo.setEnabled(False)

        def finished() -> None:
            self._demo_running = False
            self.act_demo.setEnabled(True)
            self.empty.set_busy(False)

        def done(case) -> None:
            finished()
            self.reload_cases()
            self.select_case(case.id)
            self.show_tab("evidence")
            self.bus.evidence_added.emit(case.id)  # its chat screenshots get read in the background

        def failed(exc: BaseException) -> None:
            finished()
            from .errors import report_exception

            report_exception(self, exc)

        self.ctx.run(self.tr("Creating the demo case (filming a short unboxing)…"), lambda _p, _c: create_demo_case(app),
                     on_done=done, on_error=failed)

    def receive_from_phone(self, host: str | None = None):
        if not self.case_id:
            return None
        self.show_tab("evidence")
        return self.evidence.receive_from_phone(host)

    def verify_bundle(self, path: str = ""):
        from .dialogs.verify_bundle import VerifyBundleDialog

        dlg = VerifyBundleDialog(self.ctx, self, path)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def report_problem(self):
        from .dialogs.report_problem import ReportProblemDialog

        dlg = ReportProblemDialog(self.ctx, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def _case_title(self, case_id: str) -> str:
        row = self.case_model.row_of(case_id)
        if row < 0:
            return case_id[:8]
        return str(self.case_model.index(row).data(CaseRole).title)

    def show_tab(self, name: str) -> None:
        if self.case_id:
            self.tabs.setCurrentIndex(TABS.index(name))

    def import_files(self) -> None:
        if self.case_id:
            self.show_tab("evidence")
            self.evidence.import_with_dialog()

    def paste(self) -> None:
        if self.case_id:
            self.show_tab("evidence")
            self.evidence.paste_clipboard()

    def verify(self) -> None:
        if self.case_id:
            self.show_tab("journal")
            self.journal.verify()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_settings(self, details: bool = False) -> None:
        """Settings; ``details`` opens it on "Your details" (the export summary links there for a missing phone)."""
        from .dialogs.settings_dialog import SettingsDialog

        if getattr(self.record, "session", None) is not None:
            # A language change rebuilds every view; the take in progress must never be disturbed by that.
            self.statusBar().showMessage(self.tr("Finish the recording before changing the settings."), 8000)
            return

        dlg = SettingsDialog(self.ctx, self)
        if details:
            dlg.tabs.setCurrentIndex(dlg.details_page)
        if dlg.exec() and dlg.language_changed:
            self.apply_language(self.ctx.settings.language)

    def apply_language(self, lang: str) -> str:
        """Install the translation and rebuild every widget in it, keeping the selected case and tab."""
        code = install_language(lang)
        case_id, tab = self.case_id, self.tabs.currentIndex()
        export_choices = getattr(self.export, "choices", lambda: None)()  # "Save into" etc. survive the rebuild
        if self.overview.dirty:
            self.overview.save()
        self.statusBar().removeWidget(self.progress)
        self.progress.setParent(None)
        self.progress.deleteLater()
        self._build()
        self.case_id = ""
        self.reload_cases()
        if case_id:
            self.select_case(case_id)
            self.tabs.setCurrentIndex(tab)
        if export_choices is not None:
            self.export.restore_choices(export_choices)
        return code

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About evidenceapp"), self.tr("evidenceapp {version}: film the unboxing, keep the originals, export a dossier a reviewer can verify.").format(version=__version__))

    # --- state -----------------------------------------------------------------------------------------------
    def restore_state(self) -> None:
        s = self.ctx.settings
        geometry = s.state_bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry) or not self.fits_screen():
            self.fit_to_screen()
        state = s.state_bytes("window/state")
        if state is not None:
            self.restoreState(state)
        split = s.state_bytes("window/splitter")
        if split is not None:
            self.splitter.restoreState(split)
        self.reload_cases()
        last = s.state_str("last_case")
        if last and self.select_case(last):
            tab = s.state_str("last_tab", "overview")
            if tab in TABS:
                self.show_tab(tab)
        elif self.case_model.rowCount():
            self.select_case(self.case_model.index(0).data(IdRole))

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)

    def fits_screen(self) -> bool:
        """Whether the whole window, frame and status bar included, lies on the screen it is on."""
        avail = self._available()
        frame = self.frameGeometry()
        # Before the first show there is no frame yet: count a typical title bar so a restored 768 px tall
        # window on a 768 px screen does not lose its status bar under the panel.
        extra = 0 if self.isVisible() else 40
        return avail.contains(frame.adjusted(0, 0, 0, extra)) and frame.width() <= avail.width()

    def fit_to_screen(self) -> None:
        """Open at a comfortable size that fits the available screen (1366×768 laptops, 1024×600 netbooks)."""
        avail = self._available()
        margin_w, margin_h = (48, 64) if avail.height() > 700 else (0, 40)
        w = max(min(1280, avail.width() - margin_w), min(self.minimumSizeHint().width(), avail.width()))
        h = max(min(800, avail.height() - margin_h), min(self.minimumSizeHint().height(), avail.height()))
        self.resize(w, h)
        self.move(avail.x() + (avail.width() - w) // 2, avail.y() + max((avail.height() - h - margin_h) // 2, 0))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt's names)
        """A button disabled while it has the focus (Start, Save, Export) hands the focus on: Qt would pass it
        along the window's chain and land in the case search box, where the next "1" filters the case list.
        Keep it in the page the user is working in instead."""
        fw = QApplication.focusWidget()
        if fw is not None and not fw.isEnabled() and self.tabs.isAncestorOf(fw):
            page = self.tabs.currentWidget()
            if page is not None:
                w = fw.nextInFocusChain()
                while w is not None and w is not fw:
                    if (page.isAncestorOf(w) and w.isEnabled() and w.isVisible()
                            and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
                        w.setFocus(Qt.FocusReason.OtherFocusReason)
                        return True
                    w = w.nextInFocusChain()
                page.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().focusNextPrevChild(next)

    def save_state(self) -> None:
        s = self.ctx.settings
        s.set_state_bytes("window/geometry", self.saveGeometry())
        s.set_state_bytes("window/state", self.saveState())
        s.set_state_bytes("window/splitter", self.splitter.saveState())
        s.set_state_str("last_case", self.case_id)
        s.set_state_str("last_tab", TABS[max(self.tabs.currentIndex(), 0)])
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        closing = getattr(self.record, "about_to_close", None)
        if closing is not None:
            closing()  # the recorder finishes its take first: stopping never loses it
        if self.overview.dirty:
            self.overview.save()
        self.save_state()
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        alerts = getattr(self, "alerts", None)
        if alerts is not None:
            alerts.stop()
        phone = getattr(self.evidence, "phone_dialog", None)
        if phone is not None:
            phone.stop()  # the phone server never outlives the window
        self.runner.shutdown()

