"""Logs carry what a support person needs and nothing personal (issue 16, point 7): a full demo run — store, media
workers, recorder, import, export, verify — is logged, and none of the profile, the order or the evidence is."""

from __future__ import annotations

import io
import logging

from evidenceapp.services import cases as cases_svc
from evidenceapp.services.app import App
from evidenceapp.services.demo import create_demo_case
from evidenceapp.services.exporting import export_case
from evidenceapp.services.importing import import_stream
from evidenceapp.services.ocr import add_chat_text
from evidenceapp.services.verifying import verify_case

PROFILE = {"name": "Qiu Xiaoyan", "phone": "13912345678", "address": "Rue des Tilleuls 17, Lyon",
           "email": "qiu.xiaoyan@example.org", "id_number": "310101199001011234"}
CHAT = "seller: please close the dispute and I pay you 20 via Alipay secretword4711"


def test_a_full_demo_run_logs_events_but_no_personal_data(home, app_log, tmp_path):
    logging.getLogger("evidenceapp").setLevel(logging.DEBUG)  # nothing may slip through below INFO either
    with App.open(home) as app:
        cases_svc.set_profile(app, **PROFILE)
        case = create_demo_case(app)
        import_stream(app, case.id, io.BytesIO(b"%PDF-1.4\n% invoice of Qiu Xiaoyan\n%%EOF\n"),
                      "invoice-qiu-xiaoyan.pdf", "import")
        add_chat_text(app, case.id, CHAT, "chat-with-seller.txt")
        for template, lang in (("12315", "zh_CN"), ("platform", "en"), ("fr-notice", "fr")):
            export_case(app, case.id, template, lang, tmp_path / f"out-{template}", sign=False)
        assert verify_case(app, case.id).ok
        case = cases_svc.get_case(app, case.id)
    for h in logging.getLogger("evidenceapp").handlers:
        h.flush()
    text = app_log.read_text(encoding="utf-8")

    # What a support person needs: the store, each item added, the recorder, each dossier and export.
    for event in ("store opened", "item added", "recording started", "recording stopped", "dossier 12315/",
                  "upload set for", "export made: platform/"):
        assert event in text, f"no {event!r} in the log:\n{text}"
    # Never the profile, the order, the seller or the evidence.
    private = [*PROFILE.values(), case.title, case.order_no, case.seller, case.waybill_no, case.facts,
               case.refusal_reason, "secretword4711", "invoice-qiu-xiaoyan", "chat-with-seller", "IMG_2026"]
    leaked = [p for p in private if p and p in text]
    assert leaked == [], f"personal data in the log: {leaked}\n{text}"
