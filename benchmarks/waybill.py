"""Precision and recall of the waybill check on generated takes (issue 21): labels in Chinese and Latin text,
rotated ±15°, blurred, partly covered, or another parcel's number, or no label at all, each played through the
recorder as its camera (overlay burned in) and checked like a real take.

    python benchmarks/waybill.py [N]     (N takes, default 40; about 15 s each on two cores)

A true positive is a take of this order's label reported as matching; a false positive any other take reported as
matching (another parcel's number, no label); a false negative a take of this order's label not reported.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def main(n: int) -> None:
    from waybillkit import label_take_clip

    from evidenceapp.services import cases as cases_svc
    from evidenceapp.services import recording as rec
    from evidenceapp.services import waybill
    from evidenceapp.services.app import App

    rnd = random.Random(21)
    tp = fp = fn = tn = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["EVIDENCEAPP_HOME"] = str(Path(tmp) / "home")
        with App.open(Path(tmp) / "home") as app:
            for k in range(n):
                number = "SF" + "".join(rnd.choice("0123456789") for _ in range(13))
                case = cases_svc.create_case(app, f"take {k}", "taobao", f"TB-2026112{k % 10}-{k:03d}",
                                             waybill_no=number)
                kind = ("own", "own", "own", "other", "none")[k % 5]
                shown = number if kind == "own" else None
                if kind == "other":
                    digits = list(number[2:])
                    i = rnd.randrange(len(digits))
                    digits[i] = str((int(digits[i]) + rnd.randint(1, 9)) % 10)  # one real digit off
                    shown = "SF" + "".join(digits)
                label = {"rotate": rnd.uniform(-15, 15), "blur": rnd.choice([0, 0, 0.6, 1.0]),
                         "cover": rnd.random() < 0.3, "seed": k,
                         "carrier": rnd.choice(["顺丰速运", "SF Express"])}
                clip = label_take_clip(Path(tmp) / f"clip{k}.mp4", shown, **label)
                s = rec.RecordingSession(app, case.id, f"file:{clip}", size=(640, 420), fps=10, audio=None)
                s.start()
                s.wait(30)
                item = s.stop()
                out = waybill.check(app, case.id, item.id)
                if kind == "own":
                    tp += out["matches_case"]
                    fn += not out["matches_case"]
                else:
                    fp += out["matches_case"]
                    tn += not out["matches_case"]
                print(f"{k:3d} {kind:5s} rot {label['rotate']:+5.1f} blur {label['blur']} cover {label['cover']!s:5s}"
                      f" → found={out['found']} match={out['matches_case']} text={out['text']}", flush=True)
    took = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"\n{n} takes in {took:.0f} s: precision {precision:.2f} ({tp} of {tp + fp} matches right), "
          f"recall {recall:.2f} ({tp} of {tp + fn} own labels found); false positives {fp}, true negatives {tn}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
