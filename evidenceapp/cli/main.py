"""Parser assembly and dispatch. Errors with codes are printed in English; never a traceback at a user."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys

from .. import __version__
from ..core.errors import EvidenceError
from ..services.app import App, store_error
from . import (
    cases,
    chat,
    evidence,
    export,
    integrity,
    media,
    playbook,
    receive,
    record,
    recover,
    support,
    web,
)
from .base import Result, emit

# Each module adds its subcommands; new capabilities append their module here.
COMMAND_MODULES = [cases, evidence, support, receive, integrity, record, media, export, playbook, chat, web, recover]

log = logging.getLogger("evidenceapp")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print one JSON object (for scripts)")
    parser = argparse.ArgumentParser(
        prog="evidenceapp",
        description="Evidence for online-shopping refund disputes. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"evidenceapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the desktop app")
    gui.set_defaults(handler=None)
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def run_cli(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    as_json = bool(getattr(args, "json", False))
    from ..services import installation

    try:
        logpath = installation.setup_logging(installation.home_dir())
    except OSError:
        logpath = None
    try:
        with App.open() as app:
            result = handler(app, args)
    except (EvidenceError, sqlite3.Error) as exc:
        # A damaged page, a database locked by another program, a full disk: coded (E_STORE_CORRUPT …).
        err = exc if isinstance(exc, EvidenceError) else store_error(exc)
        if err is None:  # an SQLite error with no meaning for the user: a bug
            log.exception("internal error")
            sys.stderr.write(f"internal error ({type(exc).__name__}: {exc}); please report it with the log {logpath}\n")
            return 70
        if as_json:
            emit(Result({"ok": False, "error": err.to_dict()}), True)
        sys.stderr.write(f"error [{err.code}]: {err.message}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
    except Exception as exc:  # a bug: say so plainly, keep the traceback for the log
        log.exception("internal error")
        sys.stderr.write(f"internal error ({type(exc).__name__}: {exc}); please report it with the log {logpath}\n")
        return 70
    emit(result, as_json)
    return result.code
