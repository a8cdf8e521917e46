"""Build a signed bundle the way the exporter does (issue 6 owns the real one), for the proof tests.

Same layout as services/exporting.py: evidence/NN-name, journal.jsonl, case.json, a PDF, proof/*, SHA256SUMS
(`sha256sum -c` format, listing everything but itself and its signature), proof/SHA256SUMS.sig.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from helpers import make_jpeg

TAMPER_TARGETS = ("journal.jsonl", "SHA256SUMS", "proof/manifest.sig", "proof/manifest.tsr", "dossier.pdf",
                  "evidence/01-mug.jpg")


def add_two_photos(app, case, tmp: Path) -> None:
    from evidenceapp.services.importing import add_paths

    add_paths(app, case.id, [make_jpeg(tmp / "src" / "mug.jpg", seed=1), make_jpeg(tmp / "src" / "box.jpg", seed=2)])


def draw_pdf(path: Path, lines: list[str]) -> None:
    from reportlab import rl_config
    from reportlab.pdfgen import canvas

    rl_config.useA85 = 0
    c = canvas.Canvas(str(path))
    y = 800
    import textwrap

    for ln in lines:
        for part in textwrap.wrap(ln, 95):
            c.drawString(40, y, part)
            y -= 14
    c.save()


def build_bundle(app, case, out: Path, sign_pdf: bool = False) -> tuple[Path, dict]:
    """Export ``case`` into ``out/bundle.zip`` with the proof hooks; returns (zip path, proof summary)."""
    from evidenceapp.services.proof import signing
    from evidenceapp.store import items_repo, journal_repo

    stage = out / "stage"
    shutil.rmtree(stage, ignore_errors=True)
    (stage / "evidence").mkdir(parents=True)
    items = items_repo.for_case(app.db.con, case.id)
    exhibits = []
    for n, item in enumerate(sorted(items, key=lambda i: i.exhibit_order), 1):
        arcname = f"evidence/{n:02d}-{item.original_name}"
        shutil.copyfile(app.objects.path_for(item.sha256), stage / arcname)
        exhibits.append({"no": n, "arcname": arcname, "sha256": item.sha256, "item_id": item.id})
    entries = journal_repo.entries(app.db.con, case.id)
    journal = "".join(e.to_json_line() + "\n" for e in entries).encode()
    (stage / "journal.jsonl").write_bytes(journal)
    (stage / "case.json").write_text(json.dumps({
        "id": case.id, "order_no": case.order_no, "signed": True, "exhibits": exhibits,
        "journal": {"entries": entries[-1].seq, "head": entries[-1].hash}}, ensure_ascii=False))
    staged = {p.relative_to(stage).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
              for p in stage.rglob("*") if p.is_file()}
    proof = signing.prepare_proof(app, case.id, staged, journal, sign_pdf=sign_pdf,
                                  object_shas=[i.sha256 for i in items])
    for name, data in proof.files.items():
        (stage / name).parent.mkdir(parents=True, exist_ok=True)
        (stage / name).write_bytes(data)
    title, lines = signing.proof_lines(proof.summary, "en")
    draw_pdf(stage / "dossier.pdf", [title, *lines])
    if sign_pdf:
        signing.sign_pdf(app, stage / "dossier.pdf")
    from evidenceapp.export.bundle import verify_py

    (stage / "verify.py").write_bytes(verify_py())
    names = sorted(p.relative_to(stage).as_posix() for p in stage.rglob("*") if p.is_file())
    sums = "".join(f"{hashlib.sha256((stage / n).read_bytes()).hexdigest()}  {n}\n" for n in names).encode()
    (stage / "SHA256SUMS").write_bytes(sums)
    for name, data in signing.sign_sums(app, sums).items():
        (stage / name).write_bytes(data)
    bundle = out / "bundle.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(stage.rglob("*")):
            if p.is_file():
                z.write(p, p.relative_to(stage).as_posix())
    return bundle, proof.summary


def rewrite_member(bundle: Path, name: str, change) -> Path:
    """A copy of ``bundle`` with member ``name`` replaced by ``change(old bytes)``."""
    out = bundle.with_name(f"tampered-{name.replace('/', '_')}.zip")
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, change(data) if info.filename == name else data)
    return out


def flip_byte(data: bytes) -> bytes:
    """Change one byte in the middle (for text, a digit or letter; keeps the file parseable where it can)."""
    b = bytearray(data)
    i = len(b) // 2
    b[i] = (b[i] + 1) % 256 if b[i] not in (0x0A, 0x0D) else b[i]
    if bytes(b) == data:
        b[i - 1] = (b[i - 1] + 1) % 256
    return bytes(b)


def tamper(name: str, data: bytes) -> bytes:
    if name == "journal.jsonl":
        # Edit what an entry says, keep it valid JSON: the chain must catch it.
        return data.replace(b'"size":', b'"size":1', 1)
    if name == "SHA256SUMS":
        # Claim a different hash for one file.
        first = data.split(b"  ", 1)[0]
        return data.replace(first, first[:-1] + (b"0" if first[-1:] != b"0" else b"1"), 1)
    if name.endswith(".pdf"):
        return data.replace(b"/Producer", b"/Producex", 1) if b"/Producer" in data else data + b"\n%x\n"
    return flip_byte(data)


def run_standalone(bundle: Path, workdir: Path, ca: Path | None, python: str = sys.executable,
                   extra_path: str | None = None) -> dict[str, subprocess.CompletedProcess]:
    """Verify with the app out of the picture: unzip, `sha256sum -c`, `python verify.py` (no evidenceapp
    importable: -S drops site-packages), `openssl ts -verify`, `openssl pkeyutl -verify`."""
    import os

    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    with zipfile.ZipFile(bundle) as z:
        z.extractall(workdir)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"}
    if extra_path:
        env["PYTHONPATH"] = extra_path
    out = {"sums": subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=workdir, capture_output=True,
                                  text=True, env=env),
           "pkeyutl": subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "proof/public-key.pem",
                                      "-rawin", "-in", "proof/manifest.txt", "-sigfile", "proof/manifest.sig"],
                                     cwd=workdir, capture_output=True, text=True, env=env),
           "pkeyutl_sums": subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey",
                                           "proof/public-key.pem", "-rawin", "-in", "SHA256SUMS", "-sigfile",
                                           "proof/SHA256SUMS.sig"], cwd=workdir, capture_output=True, text=True,
                                          env=env)}
    if (workdir / "verify.py").exists():
        out["verify.py"] = subprocess.run([python, "-S", "verify.py"], cwd=workdir, capture_output=True, text=True,
                                          env=env)
        out["importable"] = subprocess.run([python, "-S", "-c", "import evidenceapp"], cwd=workdir,
                                           capture_output=True, text=True, env=env)
    if ca is not None and (workdir / "proof/manifest.tsr").exists():
        out["ts"] = subprocess.run(["openssl", "ts", "-verify", "-data", "proof/manifest.txt", "-in",
                                    "proof/manifest.tsr", "-CAfile", str(ca)], cwd=workdir, capture_output=True,
                                   text=True, env=env)
    return out


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
