"""Files the start-up sweep kept aside because they belong to no case are announced in the window's banner."""

from __future__ import annotations

import io

from evidenceapp.services import quarantine


def test_window_says_how_many_files_belong_to_no_case(app, make_window, qtbot) -> None:
    for n in range(3):
        sha, _, _ = app.objects.put_stream(io.BytesIO(b"evidence whose rows were lost %d" % n))
        app.objects.quarantine_object(sha, "unreferenced", "test")
    assert quarantine.pending_count(app) == 3
    window = make_window()
    assert window.alert_banner.isVisible()
    assert window.alert_banner.label.text().startswith("3 file(s) found that belong to no case.")


def test_no_banner_when_every_file_belongs_to_a_case(window) -> None:
    assert not window.alert_banner.isVisible()
