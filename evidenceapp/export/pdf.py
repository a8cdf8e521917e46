"""reportlab plumbing for dossiers: the page template, styles, image flowables, reproducible output, two passes.

Reproducible: ``invariant`` mode (no random document id), the creation date set from the input rather than the
clock, images named by content digest, no temp paths in the file. The same input gives the same bytes.

Two passes: the first lays the document out to learn the page count and the page each exhibit starts on; the
second prints "page X of Y" and the exhibit list's page column. Prepared images are reused, so the second pass
costs only the layout.
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


def canvas_for(created: datetime) -> type[FixedDateCanvas]:
    return type("DossierCanvas", (FixedDateCanvas,), {"created": created})


class DossierDoc(BaseDocTemplate):
    def __init__(self, filename: Any, header: str, footer: Callable[[int], str], **kw: Any) -> None:
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, initialFontName=SANS, **kw)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, FRAME_H, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self._header = header
        self._footer = footer
        self.exhibit_pages: dict[int, int] = {}

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(SANS, 7.5)
        canv.setFillColor(colors.HexColor("#666666"))
        canv.drawString(MARGIN_X, PAGE_H - 12 * mm, self._header)
        canv.setStrokeColor(colors.HexColor("#bbbbbb"))
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, PAGE_H - 13.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 13.5 * mm)
        canv.setFont(SANS, 8.5)
        canv.setFillColor(colors.black)
        canv.drawCentredString(PAGE_W / 2, 10 * mm, self._footer(doc.page))
        canv.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        no = getattr(flowable, "exhibit_no", None)
        if no is not None and no not in self.exhibit_pages:
            self.exhibit_pages[no] = self.page


def draw_jpeg(canv: Canvas, img: Prepared, x: float, y: float, w: float, h: float) -> None:
    """Place a prepared JPEG. The XObject is named by the file's content digest (not its temp path), so the PDF
    bytes do not depend on where the work folder was; reportlab embeds the JPEG as is (DCTDecode, no re-encode)."""
    if getattr(canv, "dry_run", False):
        return  # the layout pass: where things go is known without embedding the pixels
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


def build_twice(path: Path, make_story: Callable[[dict[int, int], int], list[Flowable]], header: str,
                footer: Callable[[int, int], str], meta: dict[str, str], created: datetime) -> tuple[int, dict[int, int]]:
    """Lay out until the page count and the exhibit pages are stable (two passes, a third if numbers moved)."""
    import io

    canvasmaker = canvas_for(created)
    dry_maker = type("DryCanvas", (canvasmaker,), {"dry_run": True})
    pages: dict[int, int] = {}
    total = 0
    for attempt in range(3):
        final = attempt > 0
        out: Any = str(path) if final else io.BytesIO()
        doc = DossierDoc(out, header, lambda n, t=total or 0: footer(n, t), title=meta["title"],
                         author=meta["author"], subject=meta["subject"], creator=meta["creator"],
                         keywords=meta.get("keywords", ""), lang=meta.get("lang"), invariant=1)
        doc.build(make_story(pages, total), canvasmaker=canvasmaker if final else dry_maker)
        new_total, new_pages = doc.page, dict(doc.exhibit_pages)
        stable = new_total == total and new_pages == pages
        total, pages = new_total, new_pages
        if final and stable:
            return total, pages
    return total, pages
