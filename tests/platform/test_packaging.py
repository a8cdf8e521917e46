"""The Windows and macOS builds are prepared here even though they can only be built there: their files must be
complete and consistent (the GitHub Actions workflow builds and smoke-tests them)."""

from __future__ import annotations

import ast
import plistlib
import re
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "packaging"


def test_info_plist_explains_camera_microphone_and_lan_in_three_languages() -> None:
    info = plistlib.loads((PKG / "macos" / "Info.plist").read_bytes())
    for key in ("NSCameraUsageDescription", "NSMicrophoneUsageDescription", "NSLocalNetworkUsageDescription"):
        text = info[key]
        assert "evidenceapp" in text and re.search(r"[\u4e00-\u9fff]", text) and "L'application" in text, key
    assert info["CFBundleLocalizations"] == ["en", "zh_CN", "fr"]
    assert info["NSHighResolutionCapable"] is True


def test_spec_builds_a_windowed_exe_with_version_resource_and_a_mac_bundle() -> None:
    spec = (PKG / "evidenceapp.spec").read_text(encoding="utf-8")
    ast.parse(spec)  # valid Python
    for needle in ('app_exe("evidenceapp-gui", console=False)', "version=version_file", "BUNDLE(",
                   'bundle_identifier="io.github.evidenceapp"', "evidenceapp.icns", "Info.plist"):
        assert needle in spec, needle


def test_version_resource_template_fills_from_the_package_version() -> None:
    import evidenceapp

    text = (PKG / "windows" / "version_info.txt.in").read_text(encoding="utf-8")
    parts = [int(p) for p in re.findall(r"\d+", evidenceapp.__version__)[:4]] + [0] * 4
    filled = text.replace("{version_tuple}", repr(tuple(parts[:4]))).replace("{version}", evidenceapp.__version__)
    body = "\n".join(line for line in filled.splitlines() if not line.startswith("#"))
    tree = ast.parse(body, mode="eval")  # PyInstaller eval()s it with its VSVersionInfo classes
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    assert f"'{evidenceapp.__version__}'" in filled and "{version" not in filled


def test_installer_script_installs_the_build_with_start_menu_shortcut() -> None:
    iss = (PKG / "windows" / "evidenceapp.iss").read_text(encoding="utf-8")
    assert r'Source: "..\..\dist\evidenceapp\*"' in iss
    assert r'Name: "{group}\evidenceapp"; Filename: "{app}\evidenceapp-gui.exe"' in iss
    assert "PrivilegesRequired=lowest" in iss
    ico = iss.split("SetupIconFile=")[1].splitlines()[0]
    assert (PKG / "windows" / ico.replace("\\", "/")).resolve().is_file()


def test_workflow_builds_and_smoke_tests_on_three_systems() -> None:
    wf = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    assert "os: [ubuntu-latest, windows-latest, macos-latest]" in wf
    assert wf.count("packaging/smoke.py") == 3 and "actions/upload-artifact" in wf
    assert "iscc" in wf and "hdiutil" in wf
    assert (PKG / "smoke.py").is_file()


def test_icons_for_every_os_are_generated(tmp_path: Path) -> None:
    sys.path.insert(0, str(PKG))
    try:
        import make_icons
    finally:
        sys.path.remove(str(PKG))
    make_icons.main(tmp_path)
    with Image.open(tmp_path / "evidenceapp.icns") as icns:
        assert icns.format == "ICNS" and (512, 512, 2) in icns.info["sizes"]
    with Image.open(tmp_path / "evidenceapp.ico") as ico:
        assert (256, 256) in ico.info["sizes"]
    assert (tmp_path / "hicolor" / "16x16" / "apps" / "io.github.evidenceapp.png").is_file()
