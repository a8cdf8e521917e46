"""Verify a bundle (File menu): an exported bundle passes with a green banner; a tampered SHA256SUMS is named in
the red banner and in the check list. Settings show the installation key's fingerprint and take the TSA CA file."""

from __future__ import annotations

import zipfile

from helpers import make_jpeg
from proofkit import rewrite_member, tamper

from evidenceapp.services import exporting, importing
from evidenceapp.services.proof import signing, timestamping
from evidenceapp.store import keys


def _bundle(app, case, tmp_path):
    importing.add_paths(app, case.id, [make_jpeg(tmp_path / "src" / "mug.jpg")])
    return exporting.export_case(app, case.id, "platform", "en", tmp_path / "out").bundle


def test_verify_an_exported_bundle_and_a_tampered_one(make_window, app, case, tmp_path, wait_idle):
    bundle = _bundle(app, case, tmp_path)
    window = make_window(inline=False)
    assert window.act_verify_bundle.isEnabled()  # needs no case: bundles come from anywhere
    menu_actions = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    assert window.act_verify_bundle in menu_actions

    dlg = window.verify_bundle(str(bundle))
    dlg.verify_button.click()
    wait_idle(window, timeout=60000)
    assert dlg.report is not None and dlg.report.ok
    assert dlg.banner.text().startswith("✔ The bundle is intact") and "#1e4620" in dlg.banner.styleSheet()
    assert dlg.checks.topLevelItemCount() >= 4

    bad = rewrite_member(bundle, "SHA256SUMS", lambda data: tamper("SHA256SUMS", data))
    dlg.path.setText(str(bad))
    dlg.verify_button.click()
    wait_idle(window, timeout=60000)
    assert dlg.report is not None and not dlg.report.ok
    text = dlg.banner.text()
    assert text.startswith("✘ The bundle failed") and "File checksums (SHA256SUMS): SHA256SUMS" in text
    assert "#611a15" in dlg.banner.styleSheet()
    failed = [dlg.checks.topLevelItem(i) for i in range(dlg.checks.topLevelItemCount())
              if dlg.checks.topLevelItem(i).text(0) == "✘ FAILED"]
    assert failed and any(r.text(2) == "SHA256SUMS" for r in failed)
    with zipfile.ZipFile(bad) as z:  # the original bundle is untouched; only the copy changed
        assert z.read("SHA256SUMS") != zipfile.ZipFile(bundle).read("SHA256SUMS")
    dlg.close()


def test_settings_show_the_key_fingerprint_and_take_the_tsa_ca(window, app, tmp_path):
    from evidenceapp.ui import errors
    from evidenceapp.ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(window.ctx, window)
    fp = keys.load_or_create(app.home).fingerprint
    assert dlg.fingerprint.text() == keys.format_fingerprint(fp) == signing.installation_fingerprint(app)
    from localtsa import LocalTSA

    with LocalTSA(tmp_path / "tsa") as tsa:
        dlg.tsa_ca.setText(str(tsa.ca))
        dlg.accept()
        assert timestamping.tsa_settings(app)[1] == tsa.ca.read_text()
    dlg2 = SettingsDialog(window.ctx, window)
    assert dlg2.tsa_ca_clear.isVisibleTo(dlg2) and "certificate is set" in dlg2.tsa_ca.placeholderText()
    dlg2.tsa_ca.setText(str(tmp_path / "missing.pem"))
    dlg2.accept()
    assert errors.SHOWN and "E_INVALID_INPUT" in str(errors.SHOWN[-1])
    dlg2.tsa_ca.setText("")
    dlg2.tsa_ca_clear.setChecked(True)
    dlg2.accept()
    assert timestamping.tsa_settings(app)[1] == ""


def test_hostile_bundle_shows_the_coded_sentence_in_the_dialog_language(make_window, tmp_path, wait_idle):
    """Issue 15: a zip bomb is refused with E_BUNDLE_TOO_LARGE, shown as its translated sentence (here French)."""
    from evidenceapp.ui import errors
    from evidenceapp.ui.i18n import install_language

    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z, z.open("evidence/01-bomb.jpg", "w") as out:
        for _ in range(64):
            out.write(bytes(1 << 20))  # 64 MiB of zeros in ~64 KiB
    install_language("fr")
    window = make_window(inline=False)
    dlg = window.verify_bundle(str(bomb))
    dlg.verify_button.click()
    wait_idle(window, timeout=60000)
    assert dlg.report is None and errors.SHOWN, errors.SHOWN
    _name, text, details = errors.SHOWN[-1]
    assert text == errors.error_sentence("E_BUNDLE_TOO_LARGE", {"path": str(bomb)}) and "archive" in text.lower()
    assert "E_BUNDLE_TOO_LARGE" in details
