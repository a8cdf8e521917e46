"""Dossier export of a big case vs img2pdf over the same images, in the same run.

A case of N_PHOTOS 12-MP photos (4000×3000 JPEG) and N_SHOTS tall chat screenshots (1080×6000 PNG) is generated and
imported; then, each in its own child process so peak memory is measured apart from the set-up:
  - ours: ``build_pdf`` (the dossier PDF alone: photos downscaled to 150 dpi with EXIF orientation, screenshots cut
    into pages, text, exhibit list) and the full ``export_case`` (PDF + bundle with every original + upload/);
  - img2pdf: the same image files into one PDF (no decoding, no resizing: the lower bound of "images into a PDF").
Prints times, the ratio (goal: PDF export <= 3x img2pdf), output sizes (goal: the dossier <= the channel's PDF limit,
or split for upload) and peak RSS (goal: <= 500 MB).

Usage: python benchmarks/export.py [N_PHOTOS] [N_SHOTS]     (defaults 100 and 20)
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 2
sys.path.insert(0, str(ROOT))


def make_media(folder: Path, n_photos: int, n_shots: int) -> list[Path]:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    from evidenceapp import config

    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(6)
    # A photo-like base (smooth shapes + sensor-like noise), so JPEGs have a realistic 2-5 MB size.
    small = Image.frombytes("RGB", (160, 120), rnd.randbytes(160 * 120 * 3)).resize((4000, 3000), Image.BICUBIC)
    noise = Image.frombytes("L", (4000, 3000), rnd.randbytes(4000 * 3000)).filter(ImageFilter.GaussianBlur(0.6))
    base = Image.composite(small, Image.new("RGB", small.size, (128, 128, 128)), noise.point(lambda v: 180 + v // 4))
    paths = []
    for n in range(n_photos):
        im = base.copy()
        d = ImageDraw.Draw(im)
        d.rectangle([100 + n * 30, 200, 900 + n * 30, 1400], outline=(n * 2 % 255, 40, 40), width=25)
        exif = Image.Exif()
        exif[0x0112] = 6 if n % 4 == 0 else 1  # some portrait shots stored sideways, as phones do
        exif[0x010F] = "BenchPhone"
        p = folder / f"IMG_{n:04d}.jpg"
        im.save(p, "JPEG", quality=90, exif=exif.tobytes())
        paths.append(p)
    font = ImageFont.truetype(str(config.cjk_font_path()), 40)
    for n in range(n_shots):
        im = Image.new("RGB", (1080, 6000), (237, 237, 237))
        d = ImageDraw.Draw(im)
        for k, y in enumerate(range(30, 5930, 90)):
            d.rectangle([40, y, 900, y + 60], fill=(149, 236, 105) if k % 2 else (255, 255, 255))
            d.text((60, y + 8), f"聊天 {n:02d} 第{k:03d}行 seller: signed for, no refund", font=font, fill=(0, 0, 0))
        p = folder / f"chat_{n:02d}.png"
        im.save(p, "PNG")
        paths.append(p)
    return paths


def peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM: per address space, so not inherited from the parent across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def child_ours(home: str, case_id: str, out: str, mode: str) -> None:
    from datetime import UTC, datetime

    from evidenceapp.export.dossier import build_pdf
    from evidenceapp.services.app import App
    from evidenceapp.services.exporting import export_case, gather

    when = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    with App.open(Path(home)) as app:
        t0, c0 = time.perf_counter(), cpu_s()
        if mode == "pdf":
            inp = gather(app, case_id, "12315", "zh_CN", created=when)
            res = build_pdf(inp, Path(out) / "dossier.pdf")
            info = {"pages": res.pages, "pdf_bytes": (Path(out) / "dossier.pdf").stat().st_size}
        else:
            r = export_case(app, case_id, "12315", "zh_CN", Path(out), created=when)
            info = {"pages": r.pages, "pdf_bytes": r.pdf.stat().st_size, "bundle_bytes": r.bundle.stat().st_size,
                    "upload": [(f.name, f.size) for f in r.upload.files], "fits": r.upload.fits}
        info["seconds"] = time.perf_counter() - t0
        info["cpu"] = cpu_s() - c0
    info["rss_mb"] = peak_rss_mb()
    print(json.dumps(info))


def child_img2pdf(paths_file: str, out: str) -> None:
    import img2pdf

    paths = Path(paths_file).read_text().splitlines()
    t0, c0 = time.perf_counter(), cpu_s()
    with open(out, "wb") as f:
        f.write(img2pdf.convert(paths, rotation=img2pdf.Rotation.ifvalid))
    print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": cpu_s() - c0, "pdf_bytes": Path(out).stat().st_size,
                      "rss_mb": peak_rss_mb()}))


def run_child(*args: str) -> tuple[dict, float]:
    """Run this script as a child (its own process: peak RSS without the set-up); return its JSON and RSS in MB."""
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if proc.returncode:
        raise SystemExit(proc.stderr)
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return data, data["rss_mb"]


def main() -> None:
    n_photos = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    n_shots = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp_s:
        tmp = Path(tmp_s)
        home = tmp / "home"
        os.environ["EVIDENCEAPP_HOME"] = str(home)
        t0 = time.perf_counter()
        paths = make_media(tmp / "media", n_photos, n_shots)
        gen_s = time.perf_counter() - t0
        from evidenceapp.services.app import App
        from evidenceapp.services.cases import create_case, set_profile
        from evidenceapp.services.importing import add_paths

        with App.open(home) as app:
            case = create_case(app, "benchmark", "taobao", "BENCH-1", seller="店", amount="10.00",
                               seller_address="地址", facts="事实")
            set_profile(app, name="n", phone="1", address="a")
            t0 = time.perf_counter()
            rep = add_paths(app, case.id, paths)
            imp_s = time.perf_counter() - t0
            assert not rep.errors, rep.errors
        size_in = sum(p.stat().st_size for p in paths)
        print(f"input: {n_photos} photos 4000x3000 + {n_shots} screenshots 1080x6000, {size_in / 1e6:.0f} MB"
              f" (generated in {gen_s:.0f} s, imported in {imp_s:.0f} s)")
        (tmp / "paths.txt").write_text("\n".join(str(p) for p in paths))
        (tmp / "ours").mkdir()
        (tmp / "full").mkdir()
        # Best of REPEAT runs each, interleaved: the machine is shared, the least disturbed run counts.
        refs, ourss = [], []
        for _ in range(REPEAT):
            refs.append(run_child("--img2pdf", str(tmp / "paths.txt"), str(tmp / "ref.pdf")))
            ourss.append(run_child("--ours", str(home), case.id, str(tmp / "ours"), "pdf"))
        ref, ref_rss = min(refs, key=lambda r: r[0]["seconds"])
        ours, ours_rss = min(ourss, key=lambda r: r[0]["seconds"])
        ref_rss, ours_rss = max(r[1] for r in refs), max(r[1] for r in ourss)
        full, full_rss = run_child("--ours", str(home), case.id, str(tmp / "full"), "full")
    ratio = ours["seconds"] / ref["seconds"]
    cpu_ratio = ours["cpu"] / ref["cpu"]
    print(f"img2pdf (same {len(paths)} files, no resizing; best of {REPEAT}): {ref['seconds']:.1f} s, {ref['pdf_bytes'] / 1e6:.0f} MB,"
          f" CPU {ref['cpu']:.1f} s, peak RSS {ref_rss:.0f} MB")
    print(f"ours, dossier PDF (best of {REPEAT}): {ours['seconds']:.1f} s, {ours['pages']} pages, {ours['pdf_bytes'] / 1e6:.1f} MB,"
          f" CPU {ours['cpu']:.1f} s, peak RSS {ours_rss:.0f} MB\n   -> ratio {ratio:.2f}x img2pdf in wall time,"
          f" {cpu_ratio:.2f}x in CPU time (goal <= 3)")
    print(f"ours, full export (PDF + bundle of originals + upload/): {full['seconds']:.1f} s (CPU {full['cpu']:.1f} s), bundle"
          f" {full['bundle_bytes'] / 1e6:.0f} MB, peak RSS {full_rss:.0f} MB (goal <= 500)")
    parts = [f"{n} {s / 1e6:.1f} MB" for n, s in full["upload"] if n.endswith(".pdf")]
    print(f"upload/ for 12315 (PDF limit 5 MB): {len(full['upload'])} files, fits={full['fits']}; PDF parts: "
          + ", ".join(parts))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--ours":
        child_ours(*sys.argv[2:6])
    elif len(sys.argv) > 1 and sys.argv[1] == "--img2pdf":
        child_img2pdf(*sys.argv[2:4])
    else:
        main()
