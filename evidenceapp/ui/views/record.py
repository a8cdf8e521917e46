"""Record: live preview of the overlaid frames being written, source and size, start/stop, the checklist as big
buttons (keys 1–9), elapsed time, dropped frames, and an unmistakable red "recording" state.

The session (services.recording.RecordingSession) is Qt-free and runs its own capture and encoder threads; this
view polls it from a GUI timer. Starting (opening the camera, first frame) and stopping (finalising, hashing,
keyframes) can take seconds, so both run as tasks. Stop asks nothing: the take is always kept.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import EvidenceError
from ...core.langs import normalize_lang
from ...services import cases as cases_service
from ...services import items as items_service
from ...services import recording
from ..context import Context
from ..errors import report_exception
from ..i18n import current_language
from ..settings import RECORD_SIZES

PREVIEW_MS = 40  # 25 preview updates a second: smooth enough, and cheap on the GUI thread
REC_STYLE = "background:#c62828; color:white; font-weight:bold; padding:4px 10px; border-radius:4px;"
IDLE_STYLE = "background:#555; color:white; padding:4px 10px; border-radius:4px;"


def _hms(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


STEP_KEYS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}


class TakeKeys(QObject):
    """While a take runs: 1–9 mark checklist steps, Space pauses/resumes (a marker), Esc is held (a stray Esc
    must neither end the take nor clear a field behind it). Only for keys typed into the recorder's own window
    without Ctrl/Alt/Meta, so Ctrl+S, dialogs and other windows keep theirs."""

    def __init__(self, view: RecordView) -> None:
        super().__init__(view)
        self.view = view
        self.installed = False

    def install(self) -> None:
        if not self.installed:
            QApplication.instance().installEventFilter(self)
            self.installed = True

    def remove(self) -> None:
        if self.installed:
            QApplication.instance().removeEventFilter(self)
            self.installed = False

    def _ours(self, obj: QObject, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        if event.key() not in STEP_KEYS and event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Escape):
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        return isinstance(obj, QWidget) and obj.window() is self.view.window()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or self.view.session is None:
            return False
        assert isinstance(event, QKeyEvent)
        if not self._ours(obj, event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no window shortcut takes the key: it comes back as a KeyPress, handled below
            return True
        if not event.isAutoRepeat():
            self.view.take_key(event.key())
        return True


class RecordView(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = ""
        self.session: recording.RecordingSession | None = None
        self.last_item = None
        self._starting = False
        self._stopping = False
        self.choose_video_file = self._video_file_dialog
        self.choose_window = self._window_dialog  # tests replace these choosers
        self.choose_stream_url = self._stream_url_dialog
        self.phone_host = ""  # "" = this computer's LAN address (tests bind to 127.0.0.1)
        self.phone_dialog = None
        self._file_source = ""

        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        controls = QHBoxLayout()
        self.source = QComboBox(self)
        self.source.setObjectName("recordSource")
        self._fill_sources(["camera:0"])  # until the probe below says which cameras really open
        self.size = QComboBox(self)
        for size in RECORD_SIZES:
            self.size.addItem(size.replace("x", " × "), size)
        self.size.setCurrentIndex(max(self.size.findData(ctx.settings.record_size), 0))
        self.start_button = QPushButton(self.tr("● Start recording"), self)
        self.start_button.setObjectName("startRecording")
        self.start_button.setStyleSheet("QPushButton { color:#c62828; font-weight:bold; padding:6px 14px; }"
                                        "QPushButton:disabled { color:#9e9e9e; }")
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("■ Stop and keep"), self)
        self.stop_button.setObjectName("stopRecording")
        self.stop_button.setStyleSheet("QPushButton { font-weight:bold; padding:6px 14px; }")
        self.stop_button.clicked.connect(self.stop)
        controls.addWidget(QLabel(self.tr("Source"), self))
        controls.addWidget(self.source, 1)
        controls.addWidget(QLabel(self.tr("Size"), self))
        controls.addWidget(self.size)
        left.addLayout(controls)
        buttons = QHBoxLayout()  # a row of their own: the window stays narrow enough for a 1024 px screen
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        left.addLayout(buttons)

        self.preview = QLabel(self)
        self.preview.setObjectName("recordPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 180)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setStyleSheet("background:#111; color:#bbb;")
        self.preview.setWordWrap(True)
        left.addWidget(self.preview, 1)
        self.language_note = QLabel(self)
        self.language_note.setObjectName("overlayLanguage")
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: palette(mid);")
        left.addWidget(self.language_note)

        status = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("recordState")
        self.elapsed_label = QLabel("00:00:00", self)
        f = self.elapsed_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.elapsed_label.setFont(f)
        self.dropped_label = QLabel(self)
        status.addWidget(self.state_label)
        status.addWidget(self.elapsed_label)
        status.addStretch(1)
        status.addWidget(self.dropped_label)
        left.addLayout(status)
        lay.addLayout(left, 3)

        self.checklist_box = QGroupBox(self.tr("Checklist — click each step as you show it (keys 1–9)"), self)
        self.checklist_layout = QGridLayout(self.checklist_box)
        self.step_buttons: list[QPushButton] = []
        self._steps: list[str] = []
        self._shown: list[str] = []
        self.pause_button = QPushButton(self.tr("Pause (marker)"), self)
        self.pause_button.clicked.connect(self.toggle_pause)
        right = QVBoxLayout()
        right.addWidget(self.checklist_box)
        right.addWidget(self.pause_button)
        self.hint = hint = QLabel(self)
        hint.setObjectName("recordHint")
        hint.setWordWrap(True)
        right.addWidget(hint)
        right.addStretch(1)
        lay.addLayout(right, 2)

        # During a take, keys 1–9, Space and Esc belong to the recorder wherever the focus is in the window (the
        # case search box would otherwise swallow "1", "2"): see TakeKeys. Installed while a take runs only.
        self.take_keys = TakeKeys(self)
        # Opening each camera index to see which exist takes a moment: done off the GUI thread.
        ctx.runner.submit(lambda _p, _c: recording.list_sources(), on_done=self._fill_sources,
                          on_error=lambda _exc: None)
        self.timer = QTimer(self)
        self.timer.setInterval(PREVIEW_MS)
        self.timer.timeout.connect(self._tick)
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        self._set_state()

    def _fill_sources(self, specs: list[str]) -> None:
        keep = self.source.currentData()
        self.source.clear()
        for spec in specs:
            if spec.startswith("camera:") and spec[7:].isdigit():
                self.source.addItem(self.tr("Camera {n}").format(n=int(spec[7:]) + 1), spec)
        self.source.addItem(self.tr("Test pattern (no camera)"), "synthetic")
        self.source.addItem(self.tr("Video file as camera…"), "file")
        # Screen takes (录屏取证): the seller's pages and chat as they are shown, the overlay in a band below.
        self.source.addItem(self.tr("This screen"), "screen")
        self.source.addItem(self.tr("A window…"), "window")
        self.source.addItem(self.tr("Phone camera (QR code)"), "phone")
        self.source.addItem(self.tr("Network camera or phone app (address)…"), "url")
        self.source.setCurrentIndex(max(self.source.findData(keep), 0))
        self._source_changed()

    def _is_screen(self) -> bool:
        return str(self.source.currentData()) in ("screen", "window")

    def _source_changed(self) -> None:
        """A screen take has its own checklist and advice; shown before the take starts."""
        if not hasattr(self, "hint"):
            return
        if self._is_screen():
            self.hint.setText(self.tr("Show the account name or ID and the order page first, then scroll the chat from its very first message, the refusal and the logistics page. The clock and order number are added below the picture, never over it. Never type your password while recording."))
        else:
            self.hint.setText(self.tr("Keep filming in one continuous take: a pause is only a marker, never a cut. Show the label, all six sides and the seal before opening."))
        if self.session is None and self.case_id:
            self._build_checklist(self._checklist())

    # --- case and checklist ----------------------------------------------------------------------------------
    def set_case(self, case_id: str) -> None:
        if self.session is not None and case_id != self.case_id:
            return  # never switch the view away from a take in progress; it keeps recording its own case
        self.case_id = case_id
        self._build_checklist(self._checklist())
        self._set_state()

    def _lang(self) -> str:
        case = cases_service.get_case(self.ctx.app, self.case_id)
        if recording.case_language(case) == "zh_CN":
            return "zh_CN"  # a Chinese platform's reviewer reads the overlay: keep it in Chinese
        return normalize_lang(current_language())

    def _checklist(self) -> list[str]:
        if not self.case_id:
            return []
        if self.session is not None:
            return list(self.session.checklist)
        if self._is_screen():
            return recording.screen_checklist(self._lang())
        return recording.checklist_for(cases_service.get_case(self.ctx.app, self.case_id), self._lang())

    def _shown_steps(self, steps: list[str]) -> list[str]:
        """The checklist as the buttons show it: in the app's language when it is the default list (same steps,
        same order as the one burned into the video, which is in the dossier's language); a case's own list as
        the buyer wrote it."""
        if not self.case_id:
            return list(steps)
        case = cases_service.get_case(self.ctx.app, self.case_id)
        ui = current_language()
        if self._is_screen():
            theirs, ours = recording.screen_checklist(self._lang()), recording.screen_checklist(ui)
        elif case.checklist:
            return list(steps)
        else:
            theirs, ours = recording.checklist_for(case, self._lang()), recording.checklist_for(case, ui)
        return list(ours) if list(steps) == list(theirs) and len(ours) == len(theirs) else list(steps)

    def _note_languages(self) -> None:
        if not self.case_id:
            self.language_note.setText("")
            return
        from ..i18n import NATIVE_NAMES

        self.language_note.setText(self.tr("Buttons and checklist in {ui}; the clock, order number and step names "
                                           "burned into the video are in {video}, the language of this case's dossier.")
                                   .format(ui=NATIVE_NAMES.get(current_language(), current_language()),
                                           video=NATIVE_NAMES.get(self._lang(), self._lang())))

    def _build_checklist(self, steps: list[str]) -> None:
        for b in self.step_buttons:
            b.deleteLater()
        self.step_buttons = []
        self._steps = list(steps)  # as marked and burned in (the session's language)
        self._shown = self._shown_steps(steps)
        self._note_languages()
        for n, label in enumerate(self._shown):
            text = f"{n + 1}  {label}" if n < 9 else label
            b = QPushButton(text, self.checklist_box)
            b.setObjectName(f"step{n + 1}")
            b.setProperty("service_text", True)  # the checklist comes translated from the recording service
            b.setMinimumHeight(40)
            b.setStyleSheet("QPushButton { text-align:left; padding:6px 10px; font-size:14px; }")
            b.clicked.connect(lambda _=False, n=n: self.click_step(n))
            self.checklist_layout.addWidget(b, n, 0)
            self.step_buttons.append(b)

    def click_step(self, index: int) -> None:
        s = self.session
        if s is None or self._stopping or not 0 <= index < len(s.checklist):
            return
        try:
            s.mark(s.checklist[index])
        except EvidenceError as exc:
            report_exception(self, exc)
            return
        self._update_steps()
        self.ctx.bus.journal_changed.emit(self.case_id)

    def take_key(self, key: int) -> None:
        if key in STEP_KEYS:
            self.click_step(STEP_KEYS[key])
        elif key == Qt.Key.Key_Space:
            self.toggle_pause()
        elif key == Qt.Key.Key_Escape:
            self.ctx.bus.status_message.emit(self.tr("Recording: click “Stop and keep” to end the take."))

    def toggle_pause(self) -> None:
        s = self.session
        if s is None or self._stopping:
            return
        (s.resume if s.paused else s.pause)()
        self._set_state()

    def _update_steps(self) -> None:
        s = self.session
        marked = {m["label"] for m in s.markers} if s is not None else set()
        current = s.step if s is not None else -1
        for n, b in enumerate(self.step_buttons):
            done = self._steps[n] in marked
            label = self._shown[n] if n < len(self._shown) else self._steps[n]
            prefix = "✔ " if done else ""  # the current step is shown by its red frame
            b.setText(f"{prefix}{n + 1}  {label}" if n < 9 else prefix + label)
            b.setStyleSheet("QPushButton { text-align:left; padding:6px 10px; font-size:14px; %s }" % (
                "background:#e8f5e9;" if done else ("border:2px solid #c62828;" if n == current else "")))

    # --- start / stop ----------------------------------------------------------------------------------------
    def _video_file_dialog(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Video to use as the camera"), "",
                                              self.tr("Videos (*.mp4 *.mov *.mkv *.webm)"))
        return path

    def _window_dialog(self) -> str:
        titles = recording.list_windows()
        if titles:
            title, ok = QInputDialog.getItem(self, self.tr("Record a window"), self.tr("Window to record:"), titles,
                                             0, True)
        else:
            title, ok = QInputDialog.getText(self, self.tr("Record a window"),
                                             self.tr("Title of the window to record (or part of it):"))
        return title.strip() if ok else ""

    def camera_allowed(self, spec: str) -> bool:
        """macOS asks the user before an app may use the camera (and kills an app that tries without asking, or
        without NSCameraUsageDescription in its Info.plist — packaging/macos). Qt's permission API asks; the take
        starts again by itself once the user allowed it. Other systems answer "granted" at once."""
        if not spec.startswith("camera:"):
            return True
        from PySide6.QtCore import QCameraPermission
        from PySide6.QtWidgets import QApplication

        qapp = QApplication.instance()
        permission = QCameraPermission()
        status = qapp.checkPermission(permission)
        if status == Qt.PermissionStatus.Granted:
            return True
        if status == Qt.PermissionStatus.Undetermined:
            qapp.requestPermission(permission, self, lambda p: self.start()
                                   if qapp.checkPermission(p) == Qt.PermissionStatus.Granted else None)
            return False
        self.ctx.bus.status_message.emit(self.tr("The camera is not allowed for this app: allow it in the system's"
                                                 " privacy settings, then start again."))
        return False

    def start(self) -> None:
        if not self.case_id or self.session is not None or self._starting:
            return
        spec = str(self.source.currentData())
        if not self.camera_allowed(spec):
            return
        if spec == "file":
            path = self.choose_video_file()
            if not path:
                return
            spec = f"file:{path}"
        elif spec == "window":
            title = self.choose_window()
            if not title:
                return
            spec = f"window:{title}"
        elif spec == "url":
            address = self.choose_stream_url()
            if not address:
                return
            spec = f"url:{address}"
        elif spec == "phone":
            spec = f"phone:{self.phone_host}" if self.phone_host else "phone"
        w, h = (int(x) for x in str(self.size.currentData()).split("x"))
        fps = self.ctx.settings.record_fps
        app, case_id, lang = self.ctx.app, self.case_id, self._lang()
        self._starting = True
        self._set_state()

        if spec.partition(":")[0] == "phone":
            self._start_phone(spec, (w, h), fps, lang)
            return

        def work(progress, cancel) -> recording.RecordingSession:
            session = recording.RecordingSession(app, case_id, source=spec, size=(w, h), fps=fps, lang=lang)
            session.start()
            return session

        def started(session: recording.RecordingSession) -> None:
            self._took_off(session, case_id)

        def failed(exc: BaseException) -> None:
            self._starting = False
            self._set_state()
            report_exception(self, exc)

        # Not background: the recorder's capture and encoder threads start here and inherit this thread's priority.
        busy = (self.tr("Starting the screen recording…") if recording.is_screen_source(spec)
                else self.tr("Starting the camera…"))
        self.ctx.run(busy, work, on_done=started, on_error=failed, background=False)

    def _took_off(self, session: recording.RecordingSession, case_id: str) -> None:
        """The take is running: its checklist buttons, the preview timer, the journal view told."""
        self._starting = False
        self.session = session
        self._build_checklist(session.checklist)
        self._update_steps()
        self.timer.start()
        self._set_state()
        self.ctx.bus.journal_changed.emit(case_id)

    def _stream_url_dialog(self) -> str:
        text, ok = QInputDialog.getText(self, self.tr("Network camera"), self.tr(
            "Address of the video stream, as the camera or the phone app shows it (rtsp://… or http://…/video):"))
        return text.strip() if ok else ""

    def _start_phone(self, spec: str, size: tuple[int, int], fps: float, lang: str) -> None:
        """Serve the phone's page, show its QR code, and start the take when the phone's first picture arrives
        (the wait runs in a worker; Cancel stops serving)."""
        from ..dialogs.phone_camera import PhoneCameraDialog

        app, case_id = self.ctx.app, self.case_id
        try:
            session = recording.RecordingSession(app, case_id, source=spec, size=size, fps=fps, lang=lang)
            url = session.source.serve()
        except EvidenceError as exc:
            self._starting = False
            self._set_state()
            report_exception(self, exc)
            return
        dialog = PhoneCameraDialog(url, session.source.fingerprint, self)
        self.phone_dialog = dialog
        dialog.rejected.connect(session.source.interrupt)  # Cancel: the wait ends, nothing is recorded

        def work(progress, cancel) -> recording.RecordingSession:
            session.start()
            return session

        def started(s: recording.RecordingSession) -> None:
            dialog.accept()
            self.phone_dialog = None
            self._took_off(s, case_id)

        def failed(exc: BaseException) -> None:
            dialog.reject()
            self.phone_dialog = None
            session.source.close()
            self._starting = False
            self._set_state()
            if not dialog.cancelled:
                report_exception(self, exc)

        dialog.cancelled = False
        dialog.rejected.connect(lambda: setattr(dialog, "cancelled", True))
        dialog.show()
        self.ctx.run(self.tr("Waiting for the phone's camera…"), work, on_done=started, on_error=failed,
                     background=False)

    def stop(self) -> None:
        """Finish the take and keep it. Never asks: a take is never thrown away."""
        s = self.session
        if s is None or self._stopping:
            return
        self._stopping = True
        self.timer.stop()
        self._set_state()
        case_id = self.case_id

        def finished(item) -> None:
            self.session = None
            self._stopping = False
            self.last_item = item
            marks = len(items_service.markers(self.ctx.app, item.id))
            self.preview.setText(self.tr("Saved “{name}”: {duration} s with {marks} checklist markers. It is in the Evidence tab.").format(
                name=item.display_title, duration=f"{item.duration or 0:.0f}", marks=marks))
            self._set_state()
            self._update_steps()
            for sig in (self.ctx.bus.items_changed, self.ctx.bus.journal_changed):
                sig.emit(case_id)
            self.ctx.bus.cases_changed.emit()

        def failed(exc: BaseException) -> None:
            self.session = None
            self._stopping = False
            self._set_state()
            report_exception(self, exc)
            self.ctx.bus.journal_changed.emit(case_id)

        self.ctx.run(self.tr("Saving the recording…"), lambda _p, _c: s.stop(), on_done=finished, on_error=failed,
                     background=False)

    def about_to_close(self) -> None:
        """The window is closing: finish the take on this thread so it is stored before the process ends."""
        s = self.session
        if s is None:
            return
        self.timer.stop()
        try:
            s.stop()
        except EvidenceError:
            pass  # the recorder's sidecar lets the next start recover what was written
        self.session = None
        self.take_keys.remove()

    # --- polling ---------------------------------------------------------------------------------------------
    def _tick(self) -> None:
        s = self.session
        if s is None:
            self.timer.stop()
            return
        frame = s.latest_frame()
        if frame is not None:
            h, w = frame.shape[:2]
            img = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_RGB888)
            scaled = img.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.FastTransformation)  # copies: the frame buffer is not kept
            self.preview.setPixmap(QPixmap.fromImage(scaled))
        st = s.stats
        self.elapsed_label.setText(_hms(s.elapsed()))
        self.dropped_label.setText(self.tr("{frames} frames · {dropped} dropped").format(
            frames=st.frames_written, dropped=st.dropped))
        if s.ended.is_set() and not self._stopping:
            # The take ended by itself (camera unplugged, file source at its end, disk full): keep what was written.
            self.ctx.bus.status_message.emit(self.tr("The recording stopped by itself; saving what was recorded."))
            self.stop()

    def _set_state(self) -> None:
        if self.session is not None:
            self.take_keys.install()
        else:
            self.take_keys.remove()
        recording_now = self.session is not None and not self._stopping
        busy = self._starting or self._stopping
        self.start_button.setEnabled(bool(self.case_id) and self.session is None and not busy)
        self.stop_button.setEnabled(recording_now)
        self.source.setEnabled(self.session is None and not busy)
        self.size.setEnabled(self.session is None and not busy)
        self.pause_button.setEnabled(recording_now)
        if self.session is not None and self.session.paused:
            self.pause_button.setText(self.tr("Resume (marker)"))
        else:
            self.pause_button.setText(self.tr("Pause (marker)"))
        for b in self.step_buttons:
            b.setEnabled(recording_now)
        if recording_now:
            self.state_label.setText(self.tr("● RECORDING"))
            self.state_label.setStyleSheet(REC_STYLE)
        elif self._starting:
            self.state_label.setText(self.tr("Starting…"))
            self.state_label.setStyleSheet(IDLE_STYLE)
        elif self._stopping:
            self.state_label.setText(self.tr("Saving…"))
            self.state_label.setStyleSheet(IDLE_STYLE)
        else:
            self.state_label.setText(self.tr("Not recording"))
            self.state_label.setStyleSheet(IDLE_STYLE)
            if self.session is None and self.last_item is None:
                self.preview.setText(self.tr("Press Start: the preview shows exactly what is written to the video, with the clock and order number burned in."))
