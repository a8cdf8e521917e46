"""The one place that creates the QApplication, loads the CJK font and the translation, and opens the window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..services import installation

log = logging.getLogger("evidenceapp.ui")

ORG = "evidenceapp"
APP = "evidenceapp"


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the process's QApplication, creating and configuring it on first call.

    Everything that must happen exactly once per process lives here: names (QSettings paths), the bundled CJK
    font (machines without a Chinese font would otherwise draw boxes), and the font fallback.
    """
    existing = QApplication.instance()
    if existing is not None:
        assert isinstance(existing, QApplication)
        _configure(existing)
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # Worker threads (import staging, export layout) hold the GIL in 5 ms slices by default; the GUI thread needs
    # it for every slot it runs, so its waits add up. 1 ms slices lowered the p99 gap during import/export from
    # 23-37 ms to 19-22 ms in benchmarks/ui_latency.py (2 cores), at no measurable cost to the workers.
    sys.setswitchinterval(0.001)
    qapp = QApplication([sys.argv[0] if sys.argv else APP, *(argv or [])])
    _configure(qapp)
    return qapp


def _configure(qapp: QApplication) -> None:
    if qapp.property("evidenceapp_configured"):
        return
    qapp.setProperty("evidenceapp_configured", True)
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    QCoreApplication.setApplicationVersion(__version__)
    qapp.setDesktopFileName("io.github.evidenceapp")
    from .fonts import apply_ui_font

    apply_ui_font(qapp, "en")  # set again for the chosen language by i18n.install_language
    from .icons import app_icon
    from .wheel_guard import install_wheel_guard

    install_wheel_guard(qapp)

    qapp.setWindowIcon(app_icon())


def run_gui(argv: list[str]) -> int:
    from ..services.app import App
    from .errors import install_crash_handler
    from .i18n import install_language
    from .main_window import MainWindow
    from .settings import Settings

    qapp = create_application(argv)
    home = installation.home_dir()
    try:
        logpath = installation.setup_logging(home)
    except OSError:
        logpath = None
    settings = Settings.default()
    lang = install_language(settings.language)
    install_crash_handler(logpath)
    from PySide6 import __version__ as qt_version

    # One line per start, so a problem report says which version, Qt and language the user ran.
    log.info("GUI %s started (PySide6 %s, language %s, data %s)", __version__, qt_version, lang, home)
    import sqlite3

    from ..core.errors import EvidenceError
    from ..services.app import store_error

    try:
        store = App.open(home)
    except (EvidenceError, sqlite3.Error) as exc:
        from .errors import show_error

        # A damaged page or a lock held by another program is expected trouble with a code (E_STORE_CORRUPT …).
        err = exc if isinstance(exc, EvidenceError) else store_error(exc)
        if err is None:
            raise
        show_error(None, err)
        return 1
    with store:
        window = MainWindow(store, settings)
        window.show()
        rc = qapp.exec()
        window.shutdown()
        return rc
