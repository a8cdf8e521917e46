"""The whole flow in the GUI alone, in each language: new case → record the unboxing → add photos → paste a chat
screenshot → verify → export; every window title and tab in the chosen language along the way."""

from __future__ import annotations

import pytest
from helpers import make_jpeg, make_png
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from evidenceapp.services import cases as cases_service

EXPECT = {  # language → (tab titles, template exported)
    "en": (["Overview", "Evidence", "Record", "Journal", "Export"], "platform"),
    "zh_CN": (["概览", "证据", "录像", "日志", "导出"], "12315"),
    "fr": (["Résumé", "Preuves", "Filmer", "Journal", "Exporter"], "fr-notice"),
}


@pytest.mark.parametrize("lang", list(EXPECT))
def test_full_flow_in_each_language(lang, window, app, settings, tmp_path, qtbot):
    tabs, template = EXPECT[lang]
    settings.record_size = "640x480"
    window.apply_language(lang)

    def fill(dlg) -> None:
        dlg.title.setText("Flow")
        dlg.order_no.setText(f"FLOW-{lang}")
        dlg.accept()

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    window.act_new.trigger()
    [case] = cases_service.list_cases(app)
    assert [window.tabs.tabText(i) for i in range(5)] == tabs

    window.act_record.trigger()
    rec = window.record
    rec.size.setCurrentIndex(rec.size.findData("640x480"))
    rec.source.setCurrentIndex(rec.source.findData("synthetic"))
    rec.start_button.click()
    qtbot.wait(1200)
    rec.step_buttons[0].click()
    qtbot.wait(800)
    rec.stop_button.click()

    ev = window.evidence
    ev.choose_files = lambda: [str(make_jpeg(tmp_path / "defect.jpg")), str(make_png(tmp_path / "order.png"))]
    window.act_import.trigger()
    shot = QImage(200, 120, QImage.Format.Format_RGB32)
    shot.fill(0x95EC69)
    QGuiApplication.clipboard().setImage(shot)
    window.act_paste.trigger()
    QGuiApplication.clipboard().clear()
    kinds = sorted(i.kind for i in cases_service.case_items(app, case.id))
    assert kinds.count("unboxing") == 1 and kinds.count("screenshot") >= 1 and len(kinds) == 4

    window.act_verify.trigger()
    assert window.journal.last_report is not None and window.journal.last_report.ok
    assert window.journal.banner.text().startswith("✔")

    window.act_export.trigger()
    ex = window.export
    ex.template.setCurrentIndex(ex.template.findData(template))
    ex.language.setCurrentIndex(ex.language.findData(lang))
    ex.folder.setText(str(tmp_path / "out"))
    ex.export_button.click()
    assert ex.result is not None and ex.result.pdf.is_file() and ex.result.bundle.is_file()
    assert f"-{lang}.pdf" in ex.result.pdf.name
