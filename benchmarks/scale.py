"""The 50,000-item scale case (issue 19): a store with 1,000 cases of 50 items each (the items of every TEXT_EVERY-th
case, and of the searched case, with a stored text), generated directly through the store repositories, then timed: opening the store and listing the cases (goal
< 300 ms) and a text search in one case (goal < 100 ms). Median of 5; the ratio printed is against the goal.
Usage: python benchmarks/scale.py [CASES] [ITEMS_PER_CASE]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidenceapp.core import textindex  # noqa: E402
from evidenceapp.core.journal import now_utc  # noqa: E402
from evidenceapp.core.models import Case, Item  # noqa: E402
from evidenceapp.services import cases as cases_service  # noqa: E402
from evidenceapp.services import ocr as ocr_service  # noqa: E402
from evidenceapp.services.app import App  # noqa: E402
from evidenceapp.store import cases_repo, items_repo, text_repo  # noqa: E402

REPEAT = 5
# text_repo.put_text deletes the item's old FTS row by an UNINDEXED column, a scan of the whole index per call: texts
# for all 50,000 items would take hours to generate. Every 10th case keeps generation to a minute or two.
TEXT_EVERY = 10
LIST_GOAL_MS = 300
SEARCH_GOAL_MS = 100


def generate(home: Path, n_cases: int, per_case: int) -> tuple[str, int]:
    """Fill the store; returns the id of a case to search in and the number of stored texts."""
    stamp = now_utc()
    searched = n_cases // 2
    texts = 0
    with App.open(home) as app, app.db.tx() as con:
        for c in range(n_cases):
            case = Case(id=f"{c:08x}" + "0" * 24, title=f"Order {c} headphones", platform="taobao",
                        order_no=f"SC-{c:06d}", created_at=stamp)
            cases_repo.insert(con, case)
            for i in range(per_case):
                item_id = f"{c:08x}{i:08x}" + "1" * 16
                sha = f"{c:032x}{i:032x}"
                items_repo.insert(con, Item(id=item_id, case_id=case.id, kind="screenshot", sha256=sha, size=1000,
                                            source="import", imported_at=stamp, original_name=f"shot{i}.png",
                                            exhibit_order=i + 1))
                if c % TEXT_EVERY and c != searched:
                    continue
                texts += 1
                text = f"订单号 SC-{c:06d} 商品 {i} 退款申请 refund requested, tracking YT{c:06d}{i:04d}"
                text_repo.put_text(con, item_id, case.id, "ocr", text, textindex.index_text(text), [], "bench",
                                   None, stamp)
    return f"{searched:08x}" + "0" * 24, texts


def median_ms(fn) -> tuple[float, object]:  # noqa: ANN001 - any zero-argument callable
    times, result = [], None
    for _ in range(REPEAT):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> int:
    n_cases = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    per_case = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    with tempfile.TemporaryDirectory(prefix="ev-scale-") as tmp:
        home = Path(tmp) / "home"
        start = time.perf_counter()
        case_id, texts = generate(home, n_cases, per_case)
        print(f"generated {n_cases} cases x {per_case} items ({texts} with a text) in"
              f" {time.perf_counter() - start:.1f} s", flush=True)

        def open_and_list() -> int:
            with App.open(home) as app:
                return len(cases_service.list_cases(app))

        list_ms, n = median_ms(open_and_list)
        with App.open(home) as app:
            search_ms, hits = median_ms(lambda: ocr_service.search(app, case_id, "退款"))
    assert n == n_cases and hits, (n, hits)
    print(f"case list (open the store + list {n} cases): {list_ms:.1f} ms, ratio to the {LIST_GOAL_MS} ms goal"
          f" {list_ms / LIST_GOAL_MS:.2f}x (median of {REPEAT})")
    print(f"text search in a case of {per_case} items ({len(hits)} hits): {search_ms:.1f} ms, ratio to the"
          f" {SEARCH_GOAL_MS} ms goal {search_ms / SEARCH_GOAL_MS:.2f}x (median of {REPEAT})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
