"""Demo case, doctor and problem report (issue 11 pieces that need no GUI)."""

import json
import zipfile

from helpers import cli_json

from evidenceapp.services.cases import case_items
from evidenceapp.services.demo import create_demo_case
from evidenceapp.services.doctor import run_checks
from evidenceapp.services.items import markers
from evidenceapp.services.support import problem_report
from evidenceapp.services.verifying import verify_case
from evidenceapp.store import cases_repo


def test_demo_case_has_photos_chats_and_a_deadline(app):
    case = create_demo_case(app)
    items = case_items(app, case.id)
    kinds = [i.kind for i in items]
    assert kinds.count("photo") >= 3 and kinds.count("screenshot") >= 2 and kinds.count("unboxing") == 1
    assert not any("near_duplicate" in i.flags for i in items)  # distinct scenes, not re-saves
    assert all(i.captured_at for i in items)
    unboxing = next(i for i in items if i.kind == "unboxing")
    assert len(markers(app, unboxing.id)) == 3 and unboxing.duration and unboxing.duration > 2
    assert cases_repo.deadlines(app.db.con, case.id)
    assert case.status == "escalated" or case.status == "open"
    assert verify_case(app, case.id).ok
    photo = next(i for i in items if i.kind == "photo")
    assert photo.source == "demo" and photo.size > 10_000


def test_doctor_reports_every_check_and_passes_on_a_healthy_store(home):
    code, data = cli_json("doctor", home=home)
    names = {c["name"] for c in data["checks"]}
    assert {"database", "disk", "resources", "translations", "fonts", "camera", "microphone", "ocr",
            "timestamp"} <= names
    assert next(c for c in data["checks"] if c["name"] == "resources")["ok"]
    assert data["ok"] is True and code == 0
    # This machine has no camera: reported as optional, with advice, not as a failure.
    camera = next(c for c in data["checks"] if c["name"] == "camera")
    assert camera["optional"] or camera["ok"]


def test_doctor_flags_unreachable_tsa(app):
    with app.db.tx() as con:
        cases_repo.set_setting(con, "tsa_url", "http://127.0.0.1:9/tsa")  # discard port: nothing listens
    tsa = next(c for c in run_checks(app) if c.name == "timestamp")
    assert not tsa.ok and "not timestamped" in tsa.advice


def test_problem_report_contains_logs_never_evidence(app, tmp_path):
    create_demo_case(app)
    (app.home / "logs").mkdir(exist_ok=True)
    (app.home / "logs" / "evidenceapp.log").write_text("line\n")
    out = problem_report(app, tmp_path / "out")
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        about = json.loads(z.read("about.json"))
    assert names == ["about.json", "logs/evidenceapp.log"]
    assert about["schema_version"] >= 1


def test_doctor_names_the_bundled_resources_it_cannot_read(tmp_path, monkeypatch):
    from evidenceapp import config
    from evidenceapp.services.doctor import check_resources

    real = config.resources_dir()
    assert check_resources().ok and all((real / rel).is_file() for rel in config.REQUIRED_RESOURCES)
    partial = tmp_path / "resources"
    (partial / "playbooks").mkdir(parents=True)
    (partial / "playbooks" / "common.toml").write_bytes((real / "playbooks" / "common.toml").read_bytes())
    monkeypatch.setattr(config, "resources_dir", lambda: partial)
    check = check_resources()
    assert not check.ok and "channels.toml" in check.detail and "common.toml" not in check.detail
