"""The case list: one row per case, searchable and filterable by status through a proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...core.models import Case
from .. import icons, labels

CaseRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SearchRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cases: list[Case] = []
        self._deadlines: dict[str, str] = {}

    def set_cases(self, cases: list[Case], next_deadlines: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self._deadlines = dict(next_deadlines or {})
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._cases)

    def row_of(self, case_id: str) -> int:
        for n, c in enumerate(self._cases):
            if c.id == case_id:
                return n
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        c = self._cases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{c.title}\n{self._subtitle(c)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.platform_icon(c.platform, 32)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([c.title, self._subtitle(c), self.tr("Seller: {seller}").format(seller=c.seller or "—")])
        if role == CaseRole:
            return c
        if role == IdRole:
            return c.id
        if role == SearchRole:
            return " ".join([c.title, c.order_no, c.seller, c.waybill_no, c.platform,
                             labels.label(labels.platforms(), c.platform)]).casefold()
        if role == StatusRole:
            return c.status
        return None

    def _subtitle(self, c: Case) -> str:
        parts = [labels.label(labels.platforms(), c.platform), self.tr("No. {order}").format(order=c.order_no),
                 labels.label(labels.statuses(), c.status),
                 self.tr("items: {count}").format(count=c.item_count)]
        due = self._deadlines.get(c.id)
        if due:
            parts.append(self.tr("due {when}").format(when=due))
        return " · ".join(parts)


class CaseFilter(QSortFilterProxyModel):
    """Case-insensitive search over title, order no., seller, waybill and platform; optional status filter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = ""

    def _refilter(self, change) -> None:
        # Qt >= 6.10 replaced invalidateRowsFilter() (now deprecated) by begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateRowsFilter()

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_status(self, status: str) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        idx = self.sourceModel().index(row, 0, parent)
        if self._status and idx.data(StatusRole) != self._status:
            return False
        if not self._text:
            return True
        hay = idx.data(SearchRole) or ""
        return all(word in hay for word in self._text.split())
