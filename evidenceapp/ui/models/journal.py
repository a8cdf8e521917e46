"""The custody journal as a table: sequence, local time, who, what, details, entry hash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.models import JournalEntry
from ...services import playbook
from .. import labels, timefmt
from ..i18n import current_language

Index = QModelIndex | QPersistentModelIndex


class JournalModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[JournalEntry] = []
        self._names: dict[str, str] = {}

    def set_entries(self, entries: list[JournalEntry], item_names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._names = dict(item_names or {})
        self.endResetModel()

    def entry(self, row: int) -> JournalEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS:
            when = self.tr("Time ({zone})").format(zone=timefmt.zone_label(current_language()))
            return [self.tr("#"), when, self.tr("Action"), self.tr("Details"), self.tr("Entry hash")][section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries) or not 0 <= index.column() < self.COLUMNS:
            return None
        e = self._entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return e.seq
            if col == 1:
                return timefmt.local(e.ts_utc, seconds=True)
            if col == 2:
                return labels.label(labels.actions(), e.action)
            if col == 3:
                return self.summary(e)
            return e.hash[:16] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 4:
                return e.hash
            if col == 1:
                return e.ts_utc
            if col == 3:
                return self.summary(e)
        if role == Qt.ItemDataRole.FontRole and col == 4:
            f = QFont("monospace")
            f.setStyleHint(QFont.StyleHint.Monospace)
            return f
        return None

    def _fields_changed(self, names: list[str]) -> str:
        """"Order number and delivery date changed": the fields in the UI language, as one sentence."""
        table = labels.fields()
        shown = [table.get(n, n.replace("_", " ")) for n in names]
        if not shown:
            return ""
        joined = shown[0] if len(shown) == 1 else self.tr("{first} and {last}").format(
            first=self.tr(", ").join(shown[:-1]), last=shown[-1])
        sentence = self.tr("{fields} changed").format(fields=joined)
        return sentence[:1].upper() + sentence[1:]

    def summary(self, e: JournalEntry) -> str:
        p = e.payload
        if e.action == "case_edited":
            if set(p) == {"status"} and isinstance(p["status"], dict):
                return self.tr("Status: {old} → {new}").format(
                    old=labels.label(labels.statuses(), str(p["status"].get("from", ""))),
                    new=labels.label(labels.statuses(), str(p["status"].get("to", ""))))
            return self._fields_changed(sorted(p))
        if e.action == "item_edited":
            name = self._names.get(str(p.get("item_id", "")), str(p.get("item_id", ""))[:8])
            return self.tr("{name}: {change}").format(name=name, change=self._fields_changed(sorted(p.get("changes", {}))))
        if e.action == "item_hidden":
            name = self._names.get(str(p.get("item_id", "")), str(p.get("item_id", ""))[:8])
            return self.tr("{name} left out of the list and of dossiers").format(name=name)
        if e.action == "event_added":
            kinds = playbook.event_kinds(current_language())
            return self.tr("{event} ({when})").format(event=kinds.get(str(p.get("kind", "")), str(p.get("kind", ""))),
                                                    when=timefmt.local(str(p.get("at", ""))))
        if e.action == "deadline_edited":
            ch = p.get("changes", {})
            if "done" in ch:
                return self.tr("Deadline marked done") if ch["done"].get("to") else self.tr("Deadline reopened")
            if "due_at" in ch:
                return self.tr("Deadline moved to {when}").format(when=timefmt.local(str(ch["due_at"].get("to", ""))))
            return self._fields_changed(sorted(ch))
        if e.action == "item_added":
            return self.tr("{name} ({source}), SHA-256 {sha}…").format(
                name=p.get("name", ""), source=labels.label(labels.sources(), str(p.get("source", ""))),
                sha=str(p.get("sha256", ""))[:12])
        if e.action == "case_created":
            return self.tr("{title}, order {order}").format(title=p.get("title", ""), order=p.get("order_no", ""))
        if e.action == "verify_run":
            if p.get("ok"):
                return self.tr("all {count} files intact").format(count=p.get("objects", 0))
            return self.tr("%n problem(s) found", "", len(p.get("problems", [])))
        if e.action == "items_reordered":
            return self.tr("{count} exhibits").format(count=len(p.get("order", [])))
        if e.action == "marker":
            return self.tr("{label} at {offset} s").format(label=p.get("label", ""), offset=p.get("offset_s", "?"))
        if e.action == "recording_started":
            return self.tr("{width} × {height}, {fps} fps, source {source}").format(
                width=p.get("width", "?"), height=p.get("height", "?"), fps=p.get("fps", "?"), source=p.get("source", "?"))
        if e.action in ("recording_finished", "recording_interrupted"):
            return self.tr("{duration} s, {frames} frames ({dropped} dropped), SHA-256 {sha}…").format(
                duration=p.get("duration_s", "?"), frames=p.get("frames", "?"), dropped=p.get("dropped", 0),
                sha=str(p.get("sha256", ""))[:12])
        if e.action == "recording_checkpoint":
            return self.tr("{elapsed} s written, SHA-256 so far {sha}…").format(
                elapsed=p.get("elapsed_s", "?"), sha=str(p.get("sha256_so_far", ""))[:12])
        if e.action == "deadline_added":
            return self.tr("due {when}").format(when=timefmt.local(str(p.get("due_at", ""))))
        if e.action == "export_made":
            return self.tr("{template} dossier in {lang}").format(template=p.get("template", "?"), lang=p.get("lang", "?"))
        keys = [k for k in sorted(p) if isinstance(p[k], (str, int, float)) and k not in ("item_id", "sha256")]
        return ", ".join(f"{k}={p[k]}" for k in keys[:4])
