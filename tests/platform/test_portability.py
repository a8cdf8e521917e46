"""Windows and macOS by construction: no POSIX-only module on a required path, nothing that needs fork."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
POSIX_ONLY = {"fcntl", "resource", "termios", "pty", "grp", "pwd"}
POSIX_ONLY_CALLS = {("os", "setpriority"), ("os", "nice"), ("os", "fork"), ("select", "poll"), ("select", "epoll"),
                    ("os", "getuid"), ("os", "geteuid"), ("os", "setsid"), ("os", "killpg")}


def _is_guard(node: ast.AST) -> bool:
    """A try/except ImportError|AttributeError, or an if on sys.platform / os.name / hasattr."""
    if isinstance(node, ast.Try):
        for handler in node.handlers:
            text = ast.unparse(handler.type) if handler.type is not None else "BaseException"
            if any(e in text for e in ("ImportError", "ModuleNotFoundError", "AttributeError", "OSError")):
                return True
        return False
    if isinstance(node, ast.If | ast.IfExp):
        text = ast.unparse(node.test)
        return any(k in text for k in ("sys.platform", "os.name", "hasattr(", "IS_WINDOWS", "is_windows", "POSIX",
                                       "fcntl is", "is not None", "is None"))
    return False


def _unguarded(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, guarded: bool) -> None:
        here = guarded or _is_guard(node)
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in POSIX_ONLY and not here:
                    found.append((node.lineno, f"import {alias.name}"))
        elif isinstance(node, ast.ImportFrom):
            if (node.module or "").split(".")[0] in POSIX_ONLY and not here:
                found.append((node.lineno, f"from {node.module} import …"))
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
              and (node.value.id, node.attr) in POSIX_ONLY_CALLS and not here):
            found.append((node.lineno, f"{node.value.id}.{node.attr}"))
        for child in ast.iter_child_nodes(node):
            visit(child, here)

    visit(tree, False)
    return found


def test_no_module_uses_a_posix_only_module_outside_a_guarded_branch() -> None:
    problems = []
    files = sorted((ROOT / "evidenceapp").rglob("*.py"))
    assert len(files) > 50
    for path in files:
        for line, what in _unguarded(ast.parse(path.read_text(encoding="utf-8"))):
            problems.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    assert problems == []


def test_the_walker_catches_an_unguarded_import() -> None:
    bad = ast.parse("import fcntl\nimport os\nos.setpriority(0, 0, 1)\n")
    good = ast.parse("try:\n    import fcntl\nexcept ImportError:\n    fcntl = None\n"
                     "if hasattr(os, 'setpriority'):\n    os.setpriority(0, 0, 1)\n")
    assert [w for _, w in _unguarded(bad)] == ["import fcntl", "os.setpriority"]
    assert _unguarded(good) == []


@pytest.mark.timeout(240)
def test_import_record_and_export_without_posix_modules(tmp_path: Path) -> None:
    """Every module imports and the required paths (photo import, recording, export) run with fcntl, resource,
    termios, select.poll, os.setpriority and os.fork taken away from the app's code (in the media workers too),
    and the workers' memory guarded by the psutil watchdog, as on Windows."""
    env = dict(os.environ, EVIDENCEAPP_MEM_GUARD="watch", EVIDENCEAPP_HOME=str(tmp_path / "home"),
               PYTHONPATH=os.pathsep.join([str(Path(__file__).with_name("nonposix")), str(ROOT)]))

    def run(*args: str) -> dict:
        proc = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=200,
                              cwd=tmp_path)
        assert proc.returncode == 0, (args, proc.stdout[-2000:], proc.stderr[-3000:])
        return json.loads(proc.stdout.strip().splitlines()[-1])

    probe = ("import json, pkgutil, importlib, os, select, sys, evidenceapp\n"
             "names = [m.name for m in pkgutil.walk_packages(evidenceapp.__path__, 'evidenceapp.')]\n"
             "[importlib.import_module(n) for n in names]\n"
             "print(json.dumps({'modules': len(names), 'fork': hasattr(os, 'fork'), 'poll': hasattr(select, 'poll')}))")
    state = run("-c", probe)
    assert state["modules"] > 80 and not state["fork"] and not state["poll"]

    from PIL import Image

    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (320, 240), (200, 80, 40)).save(photo, "JPEG")
    cli = ("-m", "evidenceapp")
    case_id = run(*cli, "case", "new", "--title", "T", "--platform", "taobao", "--order-no", "ORD-1", "--json")["id"]
    added = run(*cli, "add", case_id, str(photo), "--json")
    assert len(added["added"]) == 1 and not added["errors"]
    take = run(*cli, "record", case_id, "--source", "synthetic", "--duration", "2", "--size", "320x240",
               "--fps", "10", "--no-audio", "--json")
    assert take["frames"] >= 15 and take["sha256"]
    out = run(*cli, "export", case_id, "--template", "platform", "--lang", "en", "-o", str(tmp_path / "out"),
              "--no-sign", "--json")
    assert out["ok"] and out["pdf"]["pages"] >= 2
    assert run(*cli, "verify", case_id, "--json")["ok"]
