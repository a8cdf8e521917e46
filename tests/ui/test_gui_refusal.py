"""The Overview's "Answer to the seller" shows each part of the refusal with the sentences the dossier prints
(issue 17.4: the case view and the dossier never disagree) and, for a refusal that can be fair, what to check."""

from __future__ import annotations

from evidenceapp.services import cases as cases_service
from evidenceapp.services import playbook as playbook_service
from evidenceapp.services.exporting import gather


def test_overview_shows_every_part_and_the_dossier_sentences(make_window, app, qtbot):
    from PySide6.QtWidgets import QLabel

    case = cases_service.create_case(app, "Protector", "pdd", "PDD-5", dispute="quality",
                                     refusal_reason="已拆封不退，而且有使用痕迹")
    window = make_window()
    window.select_case(case.id)

    def shown() -> str:
        return " ".join(w.text() for w in window.overview.findChildren(QLabel, "adviceText"))

    printed = gather(app, case.id, "platform", "en").refusals
    assert [p.key for p in printed] == ["opened_no_return", "signs_of_use"]
    qtbot.waitUntil(lambda: all(p.text in shown() for p in printed), timeout=20000)
    check = playbook_service.case_guidance(app, case.id, "en").refusals[0].check_first
    assert check and check in shown()
