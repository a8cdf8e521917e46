"""Case tabs whose pages scroll instead of forcing the window wider or taller than the screen.

Each page sits in a frameless, resizable scroll area: on a 1024×600 screen (or with French labels) a page narrower
or shorter than its layout's minimum scrolls, nothing is cut, and the window's minimum stays small. ``widget``,
``currentWidget`` and ``indexOf`` speak of the pages themselves, never of their scroll areas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class PageTabs(QTabWidget):
    def add_page(self, page: QWidget, title: str) -> int:
        area = QScrollArea(self)
        area.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        area.setWidget(page)
        return self.addTab(area, title)

    def widget(self, index: int) -> QWidget | None:  # type: ignore[override]
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def currentWidget(self) -> QWidget | None:  # type: ignore[override]
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:  # type: ignore[override]
        for i in range(self.count()):
            if self.widget(i) is page:
                return i
        return -1
