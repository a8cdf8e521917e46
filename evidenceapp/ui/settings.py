"""User settings and saved window state, in two INI files (QSettings writes them through QSaveFile, atomically).

Settings are what the user chose (language, default export folder, recording size/fps, TSA URL); state is what
the app remembers on its own (geometry, splitter, last case). Keeping them apart means a corrupted or stale state
file never costs the user their choices (qutebrowser's StateConfig, Anki's saveGeom).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

RECORD_SIZES = ("1280x720", "1920x1080", "640x480")


class Settings:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self._s = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self._state = QSettings(str(folder / "state.ini"), QSettings.Format.IniFormat)

    @classmethod
    def default(cls) -> Settings:
        """Portable installs (EVIDENCEAPP_HOME set) keep settings beside the data; otherwise the OS config dir."""
        home = os.environ.get("EVIDENCEAPP_HOME")
        if home:
            return cls(Path(home).expanduser() / "gui")
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
        return cls(Path(base))

    # --- user choices -------------------------------------------------------------------------------------------
    def _get(self, key: str, default: str) -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        return self._get("language", "")  # "" = follow the system

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value)

    @property
    def export_folder(self) -> str:
        default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return self._get("export/folder", default)

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._s.setValue("export/folder", value)

    @property
    def record_size(self) -> str:
        value = self._get("record/size", RECORD_SIZES[0])
        return value if value in RECORD_SIZES else RECORD_SIZES[0]

    @record_size.setter
    def record_size(self, value: str) -> None:
        self._s.setValue("record/size", value)

    @property
    def record_fps(self) -> int:
        try:
            fps = int(self._get("record/fps", "30"))
        except ValueError:
            return 30
        return min(max(fps, 5), 60)

    @record_fps.setter
    def record_fps(self, value: int) -> None:
        self._s.setValue("record/fps", int(value))

    @property
    def tsa_url(self) -> str:
        return self._get("integrity/tsa_url", "")

    @tsa_url.setter
    def tsa_url(self, value: str) -> None:
        self._s.setValue("integrity/tsa_url", value.strip())

    # --- remembered state ---------------------------------------------------------------------------------------
    def state_bytes(self, key: str) -> QByteArray | None:
        value = self._state.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state_bytes(self, key: str, value: QByteArray) -> None:
        self._state.setValue(key, value)

    def state_str(self, key: str, default: str = "") -> str:
        value = self._state.value(key, default)
        return str(value) if value is not None else default

    def set_state_str(self, key: str, value: str) -> None:
        self._state.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()
        self._state.sync()
