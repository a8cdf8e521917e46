"""reportlab plumbing for dossiers: the page template, styles, image flowables, reproducible output, two passes.

Reproducible: ``invariant`` mode (no random document id), the creation date set from the input rather than the
clock, images named by content digest, no temp paths in the file. The same input gives the same bytes.

One layout pass: pages are held until the end (DeferredCanvas), when "page X of Y" and the exhibit list's page
column are drawn onto them.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .fonts import MONO, SANS
from .images import Prepared

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
# platypus frames pad 6 pt on every side by default; we set padding to 0 so these sizes are exact.


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=15, wordWrap="CJK", spaceAfter=4)
    s = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10.5, spaceAfter=0),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=6.5, leading=8.5, spaceAfter=0,
                               wordWrap=None),
        "title": ParagraphStyle("title", parent=base, fontSize=20, leading=28, alignment=TA_CENTER,
                                spaceAfter=10, spaceBefore=4),
        "h1": ParagraphStyle("h1", parent=base, fontSize=14, leading=20, spaceBefore=10, spaceAfter=6, keepWithNext=1,
                             textColor=colors.HexColor("#1a3a6b")),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=16, spaceBefore=6, spaceAfter=3, keepWithNext=1,
                             textColor=colors.HexColor("#1a3a6b")),
        "caption": ParagraphStyle("caption", parent=base, fontSize=7.5, leading=9.5, spaceAfter=0,
                                  alignment=TA_CENTER),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }
    return s


class FixedDateCanvas(Canvas):
    """A canvas whose document dates come from ``created`` (not the clock) and whose id is content-derived."""

    created: datetime | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["invariant"] = 1
        kwargs["initialFontName"] = SANS  # the canvas preamble names a font: never Helvetica
        super().__init__(*args, **kwargs)
        if self.created is not None:
            ts = self._doc._timeStamp
            t = calendar.timegm(self.created.utctimetuple())
            import time

            ts.t = t
            ts.lt = time.gmtime(t)
            ts.YMDhms = tuple(ts.lt)[:6]
            ts.dhh = ts.dmm = 0


class DeferredCanvas(FixedDateCanvas):
    """Holds every finished page until the end, then draws what needs the whole document: "page X of Y" and the
    exhibit list's page numbers. One layout pass instead of two (the usual NumberedCanvas recipe, extended with
    callbacks registered while drawing)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self.later: list[Callable[[Canvas, int], None]] = []  # for the current page: fn(canvas, total pages)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self.later = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            for fn in state["later"]:
                fn(self, total)
            Canvas.showPage(self)
        Canvas.save(self)


def canvas_for(created: datetime) -> type[DeferredCanvas]:
    return type("DossierCanvas", (DeferredCanvas,), {"created": created})


class DossierDoc(BaseDocTemplate):
    def __init__(self, filename: Any, header: str, footer: Callable[[int, int], str], exhibit_pages: dict[int, int],
                 **kw: Any) -> None:
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, initialFontName=SANS, **kw)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, FRAME_H, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self._header = header
        self._footer = footer
        self.exhibit_pages = exhibit_pages  # filled while drawing; read by PageRef at the end

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(SANS, 7.5)
        canv.setFillColor(colors.HexColor("#666666"))
        canv.drawString(MARGIN_X, PAGE_H - 12 * mm, self._header)
        canv.setStrokeColor(colors.HexColor("#bbbbbb"))
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, PAGE_H - 13.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 13.5 * mm)
        canv.restoreState()
        page = doc.page

        def footer(c: Canvas, total: int) -> None:
            c.saveState()
            c.setFont(SANS, 8.5)
            c.setFillColor(colors.black)
            c.drawCentredString(PAGE_W / 2, 10 * mm, self._footer(page, total))
            c.restoreState()

        canv.later.append(footer)

    def afterFlowable(self, flowable: Flowable) -> None:
        no = getattr(flowable, "exhibit_no", None)
        if no is not None and no not in self.exhibit_pages:
            self.exhibit_pages[no] = self.page


def draw_jpeg(canv: Canvas, img: Prepared, x: float, y: float, w: float, h: float) -> None:
    """Place a prepared JPEG. The XObject is named by the file's content digest (not its temp path), so the PDF
    bytes do not depend on where the work folder was; reportlab embeds the JPEG as is (DCTDecode, no re-encode)."""
    doc = canv._doc
    reg = doc.getXObjectName(img.name)
    if not doc.idToObject.get(reg):
        obj = pdfdoc.PDFImageXObject(img.name, str(img.path))
        obj.name = img.name
        canv._setXObjects(obj)
        doc.Reference(obj, reg)
        doc.addForm(img.name, obj)
    canv._currentPageHasImages = 1
    canv._formsinuse.append(img.name)  # puts the XObject into this page's resources
    canv.saveState()
    canv.translate(x, y)
    canv.scale(w, h)
    canv._code.append(f"/{reg} Do")
    canv.restoreState()


class JpegBox(Flowable):
    """An image scaled to fit the space left on the page minus ``reserve`` (room for the caption table below),
    never wider than ``max_w`` nor taller than ``max_h``; border drawn thin grey."""

    def __init__(self, img: Prepared, max_w: float, max_h: float, reserve: float = 0, min_fraction: float = 0.5,
                 border: bool = True) -> None:
        super().__init__()
        self.img = img
        self.max_w = max_w
        self.max_h = max_h
        self.reserve = reserve
        self.min_fraction = min_fraction
        self.border = border
        self.hAlign = "CENTER"
        self._w = self._h = 0.0

    def _size(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        ratio = self.img.height / self.img.width
        w = min(self.max_w, avail_w)
        h = w * ratio
        if h > self.max_h:
            h = self.max_h
            w = h / ratio
        return w, h

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        full_w, full_h = self._size(avail_w, self.max_h)
        room = avail_h - self.reserve
        if full_h <= room:
            self._w, self._h = full_w, full_h
        elif room >= full_h * self.min_fraction:
            self._h = room
            self._w = room * self.img.width / self.img.height
        else:  # too little room: ask for the full size, so platypus moves us to the next page
            self._w, self._h = full_w, full_h
        return self._w, self._h

    def draw(self) -> None:
        draw_jpeg(self.canv, self.img, 0, 0, self._w, self._h)
        if self.border:
            self.canv.setStrokeColor(colors.HexColor("#999999"))
            self.canv.setLineWidth(0.3)
            self.canv.rect(0, 0, self._w, self._h)


class Anchor(Flowable):
    """Zero-size marker: records the page an exhibit starts on (DossierDoc.afterFlowable)."""

    def __init__(self, exhibit_no: int) -> None:
        super().__init__()
        self.exhibit_no = exhibit_no

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


class PageRef(Flowable):
    """The page an exhibit starts on, in the exhibit list: the number is drawn when the document is complete."""

    def __init__(self, exhibit_no: int, pages: dict[int, int], font_size: float = 8) -> None:
        super().__init__()
        self.no = exhibit_no
        self.pages = pages
        self.font_size = font_size

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return min(avail_w, 24), self.font_size * 1.3

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, self.font_size * 0.3)
        size, pages, no = self.font_size, self.pages, self.no

        def number(c: Canvas, total: int) -> None:
            c.saveState()
            c.setFont(SANS, size)
            c.drawString(x, y, str(pages.get(no, "—")))
            c.restoreState()

        self.canv.later.append(number)


def build(path: Path, story: list[Flowable], exhibit_pages: dict[int, int], header: str,
          footer: Callable[[int, int], str], meta: dict[str, str], created: datetime) -> int:
    """Lay the story out once; returns the page count. ``exhibit_pages`` is filled (exhibit no → first page)."""
    doc = DossierDoc(str(path), header, footer, exhibit_pages, title=meta["title"], author=meta["author"],
                     subject=meta["subject"], creator=meta["creator"], keywords=meta.get("keywords", ""),
                     lang=meta.get("lang"), invariant=1)
    doc.build(story, canvasmaker=canvas_for(created))
    return doc.page
