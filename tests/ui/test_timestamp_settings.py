"""The GUI's TSA URL is the store setting the exporter and the recorder use (services/proof/timestamping.py)."""

from __future__ import annotations

from evidenceapp.services.proof import timestamping


def test_settings_dialog_writes_the_tsa_url_to_the_store(window, app):
    from evidenceapp.ui.dialogs.settings_dialog import SettingsDialog

    timestamping.set_tsa(app, url="http://127.0.0.1:9/tsa")
    dlg = SettingsDialog(window.ctx, window)
    assert dlg.tsa_url.text() == "http://127.0.0.1:9/tsa"  # shows what the services will use
    dlg.tsa_url.setText("  https://tsa.example/tsr ")
    dlg.accept()
    assert timestamping.tsa_settings(app)[0] == "https://tsa.example/tsr"
    dlg2 = SettingsDialog(window.ctx, window)
    dlg2.tsa_url.setText("")
    dlg2.accept()
    assert timestamping.tsa_settings(app)[0] == ""  # cleared: exports are no longer timestamped


def test_settings_dialog_refuses_a_bad_tsa_url(window, app):
    from evidenceapp.ui import errors
    from evidenceapp.ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(window.ctx, window)
    dlg.tsa_url.setText("ftp://nope")
    dlg.accept()
    assert timestamping.tsa_settings(app)[0] == ""
    assert errors.SHOWN and "E_INVALID_INPUT" in str(errors.SHOWN[-1])
