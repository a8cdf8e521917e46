"""Entry point: with a command, the CLI; without one (or ``gui``), the desktop app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] == "gui":
        from .ui.app import run_gui  # Qt is imported only when the GUI is wanted

        return run_gui(argv[1:])
    from .cli.main import run_cli

    return run_cli(argv)


if __name__ == "__main__":
    sys.exit(main())
