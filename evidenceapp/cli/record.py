"""record, keyframes: the unboxing recorder from the command line."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import time
from collections.abc import Iterator

from ..core import osrules
from ..core.errors import EvidenceError, InvalidInput, RecordingFailed
from ..services import cases as cases_svc
from ..services import items as items_svc
from ..services import recording as rec_svc
from ..services.app import App
from .base import Result


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    w, h = rec_svc.DEFAULT_SIZE
    rec = sub.add_parser("record", parents=[common], help="film the unboxing in one continuous take (Ctrl+C stops)")
    rec.add_argument("case")
    rec.add_argument("--source", default="camera:0",
                     help="camera:N, file:PATH, synthetic, screen[:N] (a screen, with the overlay in a band below"
                          " it), window:TITLE (one window found by its title) or url:rtsp://… / url:http://…/video (a"
                          " phone IP-webcam app or a network camera; a dropped link is a marked gap) or phone[:ADDRESS]"
                          " (this computer shows a QR code; the phone's browser streams its back camera); default"
                          " camera:0")
    rec.add_argument("--duration", type=float, help="stop after S seconds (default: until Ctrl+C or the source ends)")
    rec.add_argument("--size", default=f"{w}x{h}", help=f"frame size WxH (default {w}x{h})")
    rec.add_argument("--fps", type=float, default=rec_svc.DEFAULT_FPS)
    rec.add_argument("--marker-at", action="append", default=[], metavar="S[:LABEL]",
                     help='add a marker S seconds in, e.g. 3:"面单"; without a label, the next checklist step')
    rec.add_argument("--preset", default=rec_svc.DEFAULT_PRESET, choices=["ultrafast", "superfast", "veryfast"])
    rec.add_argument("--no-audio", action="store_true", help="do not record the microphone")
    # Tests shorten the 10 s checkpoint interval so a kill -9 a few seconds in crosses several checkpoints.
    rec.add_argument("--checkpoint-every", type=float, default=rec_svc.CHECKPOINT_S, help=argparse.SUPPRESS)
    rec.set_defaults(handler=record_cmd)

    kf = sub.add_parser("keyframes", parents=[common], help="(re)build the keyframes and contact sheet of a video")
    kf.add_argument("case")
    kf.add_argument("item", help="item id, id prefix or sha256 prefix")
    kf.set_defaults(handler=keyframes_cmd)


def _parse_markers(specs: list[str]) -> list[tuple[float, str | None]]:
    out = []
    for spec in specs:
        when, _, label = spec.partition(":")
        try:
            t = float(when)
        except ValueError:
            raise InvalidInput(f"{spec!r}: expected SECONDS[:LABEL], e.g. 3:面单", field="--marker-at") from None
        if t < 0:
            raise InvalidInput(f"{spec!r}: time must not be negative", field="--marker-at")
        out.append((t, label.strip() or None))
    return sorted(out, key=lambda m: m[0])


def _stop_signals() -> list[signal.Signals]:
    """Signals that mean "stop the take" besides Ctrl+C (SIGINT): SIGTERM on Linux/macOS (a closing terminal, a
    service manager); on Windows Ctrl+Break (SIGBREAK) — a closed console window ends the process without a
    catchable signal, and the take's fragmented MP4 and checkpoints then carry it (recovered at the next start)."""
    names = ("SIGTERM", "SIGBREAK") if osrules.system() == "windows" else ("SIGTERM",)
    return [getattr(signal, n) for n in names if hasattr(signal, n)]


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Every stop signal of this OS stops the take cleanly, like Ctrl+C."""

    def raise_interrupt(signum, frame):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, raise_interrupt) for sig in _stop_signals()}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def record_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    size = rec_svc.parse_size(args.size)
    if not (1 <= args.fps <= 120):
        raise InvalidInput("frames per second must be between 1 and 120", field="--fps")
    markers = _parse_markers(args.marker_at)
    session = rec_svc.RecordingSession(app, case.id, source=args.source, size=size, fps=args.fps,
                                       preset=args.preset, audio=None if args.no_audio else "auto",
                                       checkpoint_s=max(0.2, args.checkpoint_every))
    show = not args.json and sys.stderr.isatty()
    serve = getattr(session.source, "serve", None)
    if serve is not None:  # the phone as the camera: show where to point it before waiting for its picture
        from ..services.receiving import qr_terminal

        url = serve()
        fp = session.source.fingerprint
        sys.stderr.write(f"{qr_terminal(url)}\nOpen on the phone: {url}\nCertificate fingerprint (the phone's browser"
                         f" shows the same): {' '.join(fp[i:i + 4] for i in range(0, 32, 4))} …\n"
                         "Waiting for the phone's camera (5 minutes)…\n")
        sys.stderr.flush()
    with _sigterm_as_interrupt():
        session.start()
        w, h = session.source.size
        sys.stderr.write(f"recording {session.source.name} at {w}x{h} for case {case.order_no}; Ctrl+C stops\n")
        if session.kind == rec_svc.SCREEN_KIND:  # the seeds' order for a screen take; --marker-at marks each step
            sys.stderr.write("show in this order: " + " → ".join(session.checklist) + "\n")
        sys.stderr.flush()
        try:
            while not session.wait(0.05):
                t = session.elapsed()
                while markers and markers[0][0] <= t:
                    _, label = markers.pop(0)
                    with contextlib.suppress(InvalidInput):  # "checklist complete": nothing left to mark
                        session.mark(label)
                if args.duration is not None and t >= args.duration:
                    break
                if show:
                    st = session.stats
                    sys.stderr.write(f"\r{_hms(t)}  frames {st.frames_written}  dropped {st.dropped}"
                                     f"  {st.bytes_written / 1e6:.1f} MB ")
                    sys.stderr.flush()
        except KeyboardInterrupt:
            pass
        finally:
            # A second Ctrl+C must not cut the finalisation short (a crash there is recovered, but why risk it).
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
            try:
                item = session.stop()
            finally:
                signal.signal(signal.SIGINT, previous)
    if show:
        sys.stderr.write("\n")
    return _result(app, session, item)


def _hms(t: float) -> str:
    s = int(t)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def _result(app: App, session: rec_svc.RecordingSession, item) -> Result:  # type: ignore[no-untyped-def]
    rec = item.metadata.get("recording", {})
    kfs = None
    with contextlib.suppress(EvidenceError):
        kfs = rec_svc.keyframes_for(app, item.id)
    markers = items_svc.markers(app, item.id)
    data = {
        "item_id": item.id, "sha256": item.sha256, "size": item.size, "status": item.status, "flags": item.flags,
        "duration": item.duration, "frames": rec.get("frames"), "dropped": rec.get("dropped"),
        "duplicated": rec.get("duplicated"), "end_reason": rec.get("end_reason"), "fps": rec.get("fps"),
        "width": item.width, "height": item.height, "start": rec.get("start_local"), "end": rec.get("end_local"),
        "markers": [{"offset_s": m.offset_s, "label": m.label, "keyframe": m.keyframe} for m in markers],
        "contact_sheet": str(kfs.contact_sheet) if kfs else None,
        "keyframes": [str(k["path"]) for k in kfs.keyframes] if kfs else [],
    }
    reason = rec.get("end_reason")
    code = 0
    lines = [f"recorded {item.id[:8]}  {item.duration:.1f} s  {item.width}x{item.height}  {rec.get('frames')} frames"
             f"  dropped {rec.get('dropped')}  duplicated {rec.get('duplicated')}",
             f"  sha256 {item.sha256}", f"  {rec.get('start_local')} → {rec.get('end_local')}"]
    if reason == "source_ended":
        lines.append("  the source ended: the take was finalised there")
    elif reason in ("source_error", "disk_full", "encoder_error"):
        err: EvidenceError
        if reason == "disk_full":
            from ..core.errors import DiskFull

            err = DiskFull(rec.get("error", ""), path=item.original_name)
        else:
            err = RecordingFailed(f"{reason.replace('_', ' ')}: {rec.get('error', '')}")
        data["error"] = err.to_dict()
        lines.append(f"  error [{err.code}]: {err.message}; what was recorded is kept and playable")
        code = 1
    for m in markers:
        lines.append(f"  marker {m.offset_s:7.2f} s  {m.label}")
    if kfs:
        lines.append(f"  contact sheet {kfs.contact_sheet}")
    return Result(data, "\n".join(lines), code)


def keyframes_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    item = items_svc.resolve_item(app, case.id, args.item)
    started = time.monotonic()
    kfs = rec_svc.make_keyframes(app, item.id)
    lines = [f"{len(kfs.keyframes)} keyframes in {time.monotonic() - started:.1f} s"]
    lines += [f"  {k['offset_s']:8.2f} s  {k['label']:<20} {k['path']}" for k in kfs.keyframes]
    lines.append(f"contact sheet {kfs.contact_sheet}")
    return Result(kfs.to_json(), "\n".join(lines))
