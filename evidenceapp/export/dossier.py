"""Build one dossier PDF from plain data: ``build_pdf(DossierInput, path)``."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..core.errors import InvalidInput
from ..core.progress import CancelToken, Progress, ProgressFn, no_progress
from . import fonts
from .blocks import Ctx
from .i18n import LANGS, t
from .model import TEMPLATES, DossierInput, PdfResult
from .pdf import build
from .templates import BUILDERS

# One line per dossier: its shape and cost, never its text (the case, the profile, the order are not logged).
log = logging.getLogger(__name__)

def build_pdf(inp: DossierInput, path: Path, progress: ProgressFn = no_progress,
              cancel: CancelToken | None = None, work_dir: Path | None = None) -> PdfResult:
    if inp.template not in TEMPLATES:
        raise InvalidInput(f"{inp.template!r} is not one of {', '.join(TEMPLATES)}", field="template")
    if inp.lang not in LANGS:
        raise InvalidInput(f"{inp.lang!r} is not one of {', '.join(LANGS)}", field="lang")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="dossier-", dir=work_dir) as tmp:
        ctx = Ctx(inp, Path(tmp))
        builder = BUILDERS[inp.template]
        n_ex = len(inp.exhibits)
        # Prepare every image once, up front: Pillow releases the GIL while it decodes, resizes and encodes, so a
        # few threads use the cores. Photos need no layout, so they start while the font (pure Python parsing,
        # ~0.7 s) is being read; screenshots are cut to the room under their caption table, so they wait for it.
        # The layout pass then only reads the prepared JPEGs.
        from .blocks import _exhibit, prefetch_photo

        def prepare(ex, ahead):  # type: ignore[no-untyped-def]
            # The pool is FIFO and every early task was queued first: ``ahead`` is running or done, never waiting
            # behind us, so this cannot deadlock; it only keeps two threads from making the same copy.
            ahead.result()
            _exhibit(Ctx(inp, Path(tmp), prepared=ctx.prepared, downscaled=ctx.downscaled), ex)

        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dossier-img") as pool:
            early = [pool.submit(prefetch_photo, ctx, ex) for ex in inp.exhibits]
            fonts.register(inp.font_path)
            futures = [pool.submit(prepare, ex, early[k]) for k, ex in enumerate(inp.exhibits)]
            try:
                for k, fut in enumerate(futures):
                    if cancel:
                        cancel.check()
                    early[k].result()
                    fut.result()
                    progress(Progress(k + 1, n_ex + 2, inp.exhibits[k].item.display_title))
            except BaseException:
                for f in early + futures:
                    f.cancel()
                raise
        progress(Progress(n_ex, n_ex + 2, "layout"))

        case = inp.case
        title = f"{t(inp.lang, 'title_' + inp.template).replace(' ', '') if inp.lang == 'zh_CN' else t(inp.lang, 'title_' + inp.template)}"
        meta = {
            "title": f"{title} — {case.order_no}",
            "author": inp.profile.get("name", "") or t(inp.lang, "blank"),
            "subject": inp.dispute_label or title,
            "creator": f"evidenceapp {inp.app_version}".strip(),
            "keywords": f"{inp.template}, {inp.channel}, {case.order_no}",
            "lang": {"zh_CN": "zh-CN", "en": "en", "fr": "fr"}[inp.lang],
        }
        # The case title is the buyer's own label ("that scammy shop"): it never heads a page sent to a platform, a
        # regulator, a trader or a bank. The running header names the document and the order.
        header = f"{title} · {t(inp.lang, 'order_no')} {case.order_no}"
        if cancel:
            cancel.check()
        pages: dict[int, int] = {}
        ctx.pages = pages
        total = build(path, builder(ctx), pages, header, lambda x, y: t(inp.lang, "page_x_of_y", x=x, y=y), meta,
                      inp.created)
        progress(Progress(n_ex + 2, n_ex + 2, ""))
        log.info("dossier %s/%s/%s: %d exhibits, %d pages, %d images downscaled, %d fields missing, %.1f s",
                 inp.template, inp.channel, inp.lang, n_ex, total, len(ctx.downscaled), len(ctx.missing),
                 time.monotonic() - started)
        return PdfResult(path, total, pages, list(ctx.missing.values()), len(ctx.downscaled))
