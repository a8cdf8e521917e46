"""The Windows and macOS rules for names, paths and locks, exercised on Linux (EVIDENCEAPP_FAKE_PLATFORM)."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from evidenceapp.core import osrules
from evidenceapp.core.names import safe_component


@pytest.mark.parametrize("name", ["CON", "con.txt", "Aux.tar.gz", "LPT1", "com9.jpg", "NUL ", "prn.", "COM¹"])
def test_reserved_windows_names(name: str) -> None:
    assert osrules.is_reserved_name(name)
    written = safe_component(name)
    assert not osrules.is_reserved_name(written), written


@pytest.mark.parametrize("name", ["console.txt", "CONX", "lpt10", "photo.jpg", "订单截图.png"])
def test_ordinary_names_are_not_reserved(name: str) -> None:
    assert not osrules.is_reserved_name(name)


def test_long_paths_get_the_extended_prefix_on_windows_only(monkeypatch: pytest.MonkeyPatch) -> None:
    deep = "C:\\Users\\" + "a" * 120 + "\\AppData\\Local\\evidenceapp\\" + "b" * 120
    assert len(deep) > osrules.MAX_PATH
    assert osrules.long_path(deep, on="windows") == "\\\\?\\" + deep
    assert osrules.long_path("\\\\server\\share\\" + "c" * 300, on="windows").startswith("\\\\?\\UNC\\server")
    assert osrules.long_path("C:\\short\\path", on="windows") == "C:\\short\\path"
    assert osrules.long_path("/home/" + "a" * 300, on="linux") == "/home/" + "a" * 300
    monkeypatch.setenv("EVIDENCEAPP_FAKE_PLATFORM", "windows")
    assert osrules.system() == "windows" and osrules.long_path(deep).startswith("\\\\?\\")
    # Every object path of a store under the deepest profile still fits once prefixed (32,767 characters).
    obj = osrules.pure_path(osrules.long_path(deep)) / "objects" / "sha256" / "ab" / ("c" * 62)
    assert len(str(obj)) < 32_767 and str(obj).startswith("\\\\?\\C:\\")


def test_case_and_normalisation_insensitive_names_on_windows_and_macos() -> None:
    assert osrules.same_name("Photo.JPG", "photo.jpg", on="windows")
    assert osrules.same_name("café.png", "cafe\u0301.png", on="macos")
    assert not osrules.same_name("Photo.JPG", "photo.jpg", on="linux")


def test_permission_modes_apply_except_on_windows() -> None:
    assert osrules.posix_modes_apply(on="linux") and osrules.posix_modes_apply(on="macos")
    assert not osrules.posix_modes_apply(on="windows")


# -- the Windows store lock (byte-range slots), driven on Linux through fcntl.lockf ranges ---------------------

HOLDER = textwrap.dedent("""
    import fcntl, os, sys
    from pathlib import Path
    from evidenceapp.store.lock import RangeLocks, StoreLock

    class Lockf(RangeLocks):  # msvcrt.locking semantics (exclusive, non-blocking byte ranges) on Linux
        def try_lock(self, fd, start, length):
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start)
            except OSError:
                return False
            return True
        def unlock(self, fd, start, length):
            fcntl.lockf(fd, fcntl.LOCK_UN, length, start)

    lock = StoreLock(Path(sys.argv[1]), ranges=Lockf()).acquire()
    print("alone" if lock.exclusive else "shared", flush=True)
    for line in sys.stdin:
        cmd = line.strip()
        if cmd == "downgrade":
            lock.downgrade()
            print("shared" if not lock.exclusive else "alone", flush=True)
        elif cmd == "release":
            lock.release()
            print("released", flush=True)
            break
""")


class _Holder:
    def __init__(self, path: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)
        self.state = self.proc.stdout.readline().strip()

    def send(self, cmd: str) -> str:
        self.proc.stdin.write(cmd + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def kill(self) -> None:
        self.proc.kill()
        self.close()

    def close(self) -> None:
        self.proc.wait(10)
        self.proc.stdin.close()
        self.proc.stdout.close()


def test_windows_lock_algorithm_shared_and_alone(tmp_path: Path) -> None:
    assert fcntl  # the emulation needs POSIX record locks
    path = tmp_path / "store.lock"
    first = _Holder(path)
    assert first.state == "alone"  # nobody else: may sweep
    assert first.send("downgrade") == "shared"
    second = _Holder(path)
    assert second.state == "shared"  # the first still has the store open
    third = _Holder(path)
    assert third.state == "shared"
    assert first.send("release") == "released"
    first.close()
    fourth = _Holder(path)
    assert fourth.state == "shared"  # second and third still hold their slots
    second.kill()  # a process killed holding a slot: the OS drops its lock
    assert third.send("release") == "released"
    assert fourth.send("release") == "released"
    third.close()
    fourth.close()
    fifth = _Holder(path)
    assert fifth.state == "alone"
    fifth.kill()


def test_camera_backend_chosen_per_os(monkeypatch: pytest.MonkeyPatch) -> None:
    from evidenceapp.capture.sources import camera_backends

    monkeypatch.setenv("EVIDENCEAPP_FAKE_PLATFORM", "windows")
    assert [c for _, c in camera_backends()] == ["CAP_MSMF", "CAP_DSHOW"]
    monkeypatch.setenv("EVIDENCEAPP_FAKE_PLATFORM", "macos")
    assert [c for _, c in camera_backends()] == ["CAP_AVFOUNDATION"]
    monkeypatch.setenv("EVIDENCEAPP_FAKE_PLATFORM", "linux")
    assert [c for _, c in camera_backends()] == ["CAP_V4L2"]
    import cv2

    assert all(hasattr(cv2, c) for c in ("CAP_MSMF", "CAP_DSHOW", "CAP_AVFOUNDATION", "CAP_V4L2"))


def test_ctrl_break_stops_a_cli_take_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    import signal

    from evidenceapp.cli.record import _stop_signals

    assert _stop_signals() == [signal.SIGTERM]
    monkeypatch.setenv("EVIDENCEAPP_FAKE_PLATFORM", "windows")
    monkeypatch.setattr(signal, "SIGBREAK", signal.SIGUSR1, raising=False)  # Windows' Ctrl+Break, simulated
    assert _stop_signals() == [signal.SIGTERM, signal.SIGUSR1]


def test_doctor_reports_the_os_specific_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evidenceapp.services.app import App
    from evidenceapp.services.doctor import check_system

    monkeypatch.setenv("EVIDENCEAPP_HOME", str(tmp_path / "home"))
    with App.open(tmp_path / "home") as app:
        check = check_system(app)
        assert "linux" in check.detail and "Video4Linux2" in check.detail and "wqy-microhei" in check.detail
        assert "data folder" in check.detail
        monkeypatch.setenv("EVIDENCEAPP_FAKE_PLATFORM", "windows")
        win = check_system(app)
        assert "Media Foundation → DirectShow" in win.detail and "user profile" in win.detail and win.ok


def test_replace_waits_for_a_windows_reader_to_let_go(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A viewer holding the old PDF makes os.replace fail on Windows for a moment: it is retried, not lost."""
    src, dst = tmp_path / "new.pdf", tmp_path / "old.pdf"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    real = os.replace
    calls = []

    def held(a, b):  # noqa: ANN001 - os.replace's signature
        calls.append(1)
        if len(calls) < 3:
            raise PermissionError(13, "The process cannot access the file because it is being used")
        return real(a, b)

    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setenv("EVIDENCEAPP_FAKE_PLATFORM", "windows")
    osrules.replace_retrying(src, dst, wait=0.01)
    assert dst.read_bytes() == b"new" and len(calls) == 3
    monkeypatch.setenv("EVIDENCEAPP_FAKE_PLATFORM", "linux")
    calls.clear()
    src.write_bytes(b"again")
    with pytest.raises(PermissionError):
        osrules.replace_retrying(src, dst, wait=0.01)  # elsewhere a refusal is final
    assert dst.read_bytes() == b"new"


def test_a_staging_folder_of_a_running_export_is_left_alone() -> None:
    from evidenceapp.services.exporting import _alive

    assert _alive(os.getpid()) and not _alive(2**22 + 12345)
