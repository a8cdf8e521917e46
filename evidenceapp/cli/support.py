"""doctor, report-problem, demo."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services.app import App
from ..services.doctor import run_checks
from ..services.support import problem_report
from .base import Result


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    doctor = sub.add_parser("doctor", parents=[common], help="check bundled resources, camera, microphone, fonts, OCR, TSA, disk")
    doctor.set_defaults(handler=doctor_cmd)
    report = sub.add_parser("report-problem", parents=[common],
                            help="zip the log files (never your evidence) to attach to a bug report")
    report.add_argument("-o", "--output", default=".", help="folder for the zip (default: current folder)")
    report.set_defaults(handler=report_cmd)
    demo = sub.add_parser("demo", parents=[common], help="create a demo case filled with generated evidence")
    demo.set_defaults(handler=demo_cmd)


def doctor_cmd(app: App, args: argparse.Namespace) -> Result:
    checks = run_checks(app)
    lines = []
    width = max((len(c.name) for c in checks), default=10)
    for c in checks:
        mark = "ok " if c.ok else ("-- " if c.optional else "!! ")
        lines.append(f"{mark} {c.name:<{width}} {c.detail}")
        if not c.ok and c.advice:
            lines.append(f"{'':{width + 5}}→ {c.advice}")
    failed = [c for c in checks if not c.ok and not c.optional]
    return Result({"ok": not failed, "checks": [c.to_json() for c in checks]}, "\n".join(lines),
                  1 if failed else 0)


def report_cmd(app: App, args: argparse.Namespace) -> Result:
    path = problem_report(app, Path(args.output))
    return Result({"path": str(path)}, f"wrote {path} (logs only; your evidence is not included)")


def demo_cmd(app: App, args: argparse.Namespace) -> Result:
    from ..services.demo import create_demo_case

    case = create_demo_case(app)
    return Result({"id": case.id}, f"demo case {case.id} created: {case.title}")
