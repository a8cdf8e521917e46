"""Export tab: the evidence list as it will appear, then a real export (PDF + bundle + upload set) with progress,
and the summary with the folder to open; the Overview shows the playbook's next step."""

from __future__ import annotations

import zipfile

from helpers import make_jpeg

from evidenceapp.services import cases as cases_service
from evidenceapp.services import importing


def test_export_a_dossier_from_the_gui(make_window, case, tmp_path, wait_idle, app):
    importing.add_paths(app, case.id, [make_jpeg(tmp_path / "crack.jpg"), make_jpeg(tmp_path / "box.jpg", seed=4)])
    window = make_window(inline=False)
    window.select_case(case.id)
    window.act_export.trigger()
    wait_idle(window)  # the views load their data off the GUI thread
    view = window.export
    assert window.tabs.currentWidget() is view
    assert view.exhibits.topLevelItemCount() == 2
    assert view.exhibits.topLevelItem(0).text(1) == "crack.jpg"
    assert view.language.currentData() == "zh_CN"  # a Taobao case: its reviewers read Chinese, whatever the UI
    view.template.setCurrentIndex(view.template.findData("12315"))
    assert view.language.currentData() == "zh_CN"
    view.folder.setText(str(tmp_path / "out"))
    view.export_button.click()
    assert view.cancel_button.isEnabled() and not view.export_button.isEnabled()
    wait_idle(window, timeout=120000)
    r = view.result
    assert r is not None and r.pdf.is_file() and r.bundle.is_file() and r.pdf.parent == tmp_path / "out"
    with zipfile.ZipFile(r.bundle) as z:
        assert "SHA256SUMS" in z.namelist()
    assert view.bar.value() == 1000 and view.open_button.isEnabled()
    assert r.pdf.name in view.summary.toPlainText()
    # What is still missing is named in the app's language, the buyer's own details linking to Settings.
    assert any(m.field == "profile.phone" and m.required for m in r.missing)
    assert "Still missing:" in view.summary.toPlainText() and "your phone number" in view.summary.toPlainText()
    assert "href=\"evidenceapp:settings\"" in view.summary.toHtml()
    assert cases_service.journal(app, case.id)[-1].action == "export_made"


def test_overview_shows_the_playbook_next_step(window, case):
    window.reload_cases()
    window.select_case(case.id)
    assert "Next step" in window.overview.next_label.text()
    assert "Evidence still missing" in window.overview.missing_label.text()
    window.apply_language("zh_CN")
    assert "下一步" in window.overview.next_label.text()


def test_export_view_chooses_upload_by_importance_and_lets_the_user_change_it(make_window, case, tmp_path,
                                                                              wait_idle, app):
    """Issue 17.10: upload/ takes the most important exhibits first (a photo tagged as the defect before an
    earlier, untagged one); unticking one in the Export view leaves it out of upload/ (still in the PDF). 17.9: GPS
    coordinates go into the PDF only when the box is ticked."""
    from PySide6.QtCore import Qt

    from evidenceapp.media import samples
    from evidenceapp.services import playbook

    importing.add_paths(app, case.id, [make_jpeg(tmp_path / "box.jpg", seed=4),
                                       samples.phone_jpeg(tmp_path / "crack.jpg")])
    crack = next(i for i in cases_service.case_items(app, case.id) if i.original_name == "crack.jpg")
    playbook.tag_item(app, case.id, crack.id, "defect")
    window = make_window(inline=False)
    window.select_case(case.id)
    window.act_export.trigger()
    wait_idle(window)
    view = window.export
    rows = {view.exhibits.topLevelItem(k).text(1): view.exhibits.topLevelItem(k) for k in range(2)}
    assert rows["crack.jpg"].text(6) == "1" and rows["box.jpg"].text(6) == "2"  # importance, not exhibit order
    assert view.upload_items() is None
    rows["box.jpg"].setCheckState(6, Qt.CheckState.Unchecked)
    assert view.upload_items() == [crack.id]
    view.template.setCurrentIndex(view.template.findData("platform"))
    view.language.setCurrentIndex(view.language.findData("en"))
    view.folder.setText(str(tmp_path / "out"))
    view.export_button.click()
    wait_idle(window, timeout=120000)
    r = view.result
    names = [f.name for f in r.upload.files]
    assert any("crack" in n for n in names) and not any("box" in n for n in names)
    import subprocess

    text = subprocess.run(["pdftotext", str(r.pdf), "-"], capture_output=True, text=True).stdout
    assert "box.jpg" in text and "22.54" not in text  # left out of upload/ only; no coordinates by default
    view.include_gps.setChecked(True)
    view.folder.setText(str(tmp_path / "out2"))
    view.export_button.click()
    wait_idle(window, timeout=120000)
    text = subprocess.run(["pdftotext", str(view.result.pdf), "-"], capture_output=True, text=True).stdout
    assert "22.54310" in text
