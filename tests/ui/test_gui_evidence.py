"""Evidence tab: import through the action, a simulated drop, a clipboard paste, drag-to-reorder, the detail
pane, thumbnails loaded off the GUI thread; and the models pass qtmodeltester."""

from __future__ import annotations

from helpers import make_jpeg, make_png
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage

from evidenceapp.services import cases as cases_service
from evidenceapp.ui.models.evidence import ITEMS_MIME, EvidenceModel


def _open(window, case):
    window.reload_cases()
    window.select_case(case.id)
    window.show_tab("evidence")
    return window.evidence


def test_import_through_the_action(window, case, tmp_path, monkeypatch, app):
    photos = [make_jpeg(tmp_path / f"p{n}.jpg", seed=n) for n in range(3)]
    view = _open(window, case)
    monkeypatch.setattr(view, "choose_files", lambda: [str(p) for p in photos])
    window.act_import.trigger()
    items = cases_service.case_items(app, case.id)
    assert sorted(i.original_name for i in items) == ["p0.jpg", "p1.jpg", "p2.jpg"]
    assert {i.source for i in items} == {"import"}
    assert [i.display_title for i in view.model.items()] == ["p0.jpg", "p1.jpg", "p2.jpg"]
    assert "3 added" in window.statusBar().currentMessage()
    assert view.detail.item is not None and view.detail.item.original_name == "p2.jpg"  # the last one added


def test_drop_files_and_folders_imports_them_in_the_background(make_window, case, tmp_path, qtbot, wait_idle, app):
    window = make_window(inline=False)  # real worker threads
    folder = tmp_path / "shots"
    make_png(folder / "chat.png")
    make_jpeg(folder / "sub" / "deep.jpg")
    single = make_jpeg(tmp_path / "one.jpg", seed=9)
    view = _open(window, case)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(single))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view.list.dropEvent(event)
    assert event.isAccepted()
    wait_idle(window)
    items = cases_service.case_items(app, case.id)
    assert sorted(i.original_name for i in items) == ["chat.png", "deep.jpg", "one.jpg"]
    assert {i.source for i in items} == {"drop"}
    qtbot.waitUntil(lambda: len(view.model._pix) == 3, timeout=20000)  # thumbnails arrived from the workers
    pix = view.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert pix.width() == 160 and pix.height() == 160


def test_paste_an_image_from_the_clipboard(window, case, app):
    _open(window, case)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(image)
    window.act_paste.trigger()
    [item] = cases_service.case_items(app, case.id)
    assert (item.source, item.kind, item.mime) == ("paste", "screenshot", "image/png")
    assert item.original_name.startswith("pasted-") and item.original_name.endswith(".png")
    stored = QImage(str(app.objects.path_for(item.sha256)))
    assert (stored.width(), stored.height()) == (320, 200)
    assert stored.pixelColor(10, 10) == image.pixelColor(10, 10)
    journal = cases_service.journal(app, case.id)
    assert journal[-1].action == "item_added" and journal[-1].payload["source"] == "paste"
    QGuiApplication.clipboard().clear()


def test_drag_to_reorder_and_edit_details(window, case, tmp_path, app):
    view = _open(window, case)
    view.import_paths([str(make_jpeg(tmp_path / f"{c}.jpg", seed=n)) for n, c in enumerate("abc")], "import")
    assert [i.original_name for i in view.model.items()] == ["a.jpg", "b.jpg", "c.jpg"]
    c_id = view.model.items()[2].id
    mime = view.model.mimeData([view.model.index(2)])
    assert mime.hasFormat(ITEMS_MIME)
    target = view.list.visualRect(view.model.index(0)).center()
    event = QDropEvent(QPointF(QPoint(target)), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, QDropEvent.Type.Drop)
    view.list.dropEvent(event)
    assert [i.original_name for i in view.model.items()] == ["c.jpg", "a.jpg", "b.jpg"]
    assert [i.exhibit_order for i in cases_service.case_items(app, case.id)] == [1, 2, 3]
    assert cases_service.journal(app, case.id)[-1].action == "items_reordered"
    # Reordering is offered only in exhibit order with no filter.
    view.sort.setCurrentIndex(view.sort.findData("time"))
    assert not view.model.reorderable and not view.list.dragEnabled()
    view.sort.setCurrentIndex(view.sort.findData("exhibit"))

    view.select(c_id)
    pane = view.detail
    assert pane.item.id == c_id and "c.jpg" in pane.meta.text() and pane.item.sha256[:32] in pane.sha.text()
    pane.proves.setPlainText("The crack was there on arrival")
    pane.save_button.click()
    item = [i for i in cases_service.case_items(app, case.id) if i.id == c_id][0]
    assert item.proves == "The crack was there on arrival"
    assert cases_service.journal(app, case.id)[-1].action == "item_edited"


def test_group_filter(window, case, tmp_path):
    view = _open(window, case)
    (tmp_path / "chat.txt").write_text("卖家：签收了就不能退", encoding="utf-8")
    (tmp_path / "invoice.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    view.import_paths([str(make_jpeg(tmp_path / "photo.jpg")), str(tmp_path / "chat.txt"),
                       str(tmp_path / "invoice.pdf")], "import")
    view.group.setCurrentIndex(view.group.findData("chat"))
    assert [i.original_name for i in view.model.items()] == ["chat.txt"]
    view.group.setCurrentIndex(view.group.findData("photos"))
    assert [i.original_name for i in view.model.items()] == ["photo.jpg"]
    view.group.setCurrentIndex(view.group.findData("documents"))
    assert [i.original_name for i in view.model.items()] == ["invoice.pdf"]
    view.group.setCurrentIndex(view.group.findData(""))
    assert len(view.model.items()) == 3


def test_models_pass_qtmodeltester(qtmodeltester, window, case, tmp_path, app):
    from evidenceapp.ui.models.case_list import CaseListModel, IdRole
    from evidenceapp.ui.models.journal import JournalModel

    view = _open(window, case)
    view.import_paths([str(make_jpeg(tmp_path / "a.jpg")), str(make_png(tmp_path / "b.png"))], "import")
    evidence = EvidenceModel()
    evidence.set_items(cases_service.case_items(app, case.id))
    qtmodeltester.check(evidence)
    assert [evidence.index(r).data().split("\n")[0] for r in range(2)] == ["1. a.jpg", "2. b.png"]
    assert evidence.index(0).data().split("\n")[1].startswith("Photo")

    cases = CaseListModel()
    cases.set_cases(cases_service.list_cases(app))
    qtmodeltester.check(cases)
    assert cases.index(0).data(IdRole) == case.id and "items: 2" in cases.index(0).data()

    journal = JournalModel()
    journal.set_entries(cases_service.journal(app, case.id))
    qtmodeltester.check(journal)
    assert journal.rowCount() == 3 and journal.index(1, 2).data() == "Evidence added"
    qtmodeltester.check(window.case_filter)


def test_files_that_cannot_be_added_are_listed_in_sentences(window, case, tmp_path, app):
    import os

    view = _open(window, case)
    good = make_jpeg(tmp_path / "ok.jpg")
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    view.import_paths([str(good), str(tmp_path / "gone.jpg"), str(fifo)], "import")
    from evidenceapp.ui import errors

    [(name, text, details)] = [s for s in errors.SHOWN if s[0] == "importErrors"]
    assert "1 added" in text and "2 could not be added" in text
    assert "The file or folder no longer exists" in details and "gone.jpg" in details
    assert "not an ordinary file" in details and "pipe.jpg" in details
    assert [i.original_name for i in cases_service.case_items(app, case.id)] == ["ok.jpg"]


def test_capture_a_web_page_from_the_evidence_view(window, case, tmp_path):
    """"Capture a web page…": a private address is confirmed first, then the page is captured in a worker and its
    four files appear in the grid; a login page offers the screen recording instead and stores nothing."""
    import pytest
    from websites import serve_test_site

    from evidenceapp.capture.browser import find_chromium
    from evidenceapp.services import web_capture

    if find_chromium() is None:
        pytest.skip("needs chromium")
    window.reload_cases()
    window.select_case(case.id)
    window.show_tab("evidence")
    view = window.evidence
    asked: list[str] = []
    offered: list[str] = []
    view.confirm_private = lambda url: asked.append(url) or True
    view.offer_screen_recording = lambda sentence: offered.append(sentence) or True
    with serve_test_site(tmp_path) as site:
        view.ask_web_url = lambda: site["http"] + "/old-listing"
        view.web_button.click()  # inline runner: done when click() returns (refused, confirmed, captured)
        assert asked == [site["http"] + "/old-listing"]
        assert view.web_result is not None and view.web_result["http_status"] == 200
        assert view.web_result["final_url"] == site["http"] + "/listing"
        ids = {i.id for i in view.model.items()}
        assert {i["item_id"] for i in view.web_result["items"]} <= ids
        assert len(web_capture.captures(window.ctx.app, case.id)) == 1
        view.capture_web_page(site["http"] + "/item", allow_private=True)
    assert offered and "log in" in offered[0]
    assert window.tabs.currentWidget() is window.record and window.record.source.currentData() == "screen"
    assert len(web_capture.captures(window.ctx.app, case.id)) == 1  # nothing stored for the login page
