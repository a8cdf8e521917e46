"""Start the media worker processes before the store lock exists (called by ``App``).

A child forked while this process holds the store lock shares the lock until it execs; were the app killed at that
instant, the next start would briefly find the store "not alone" and skip its clean-up. Starting the workers first
(the ones later used for every import) closes that window. Cheap: two interpreters start in the background, and an
unused one is killed at exit without waiting for it.
"""

from __future__ import annotations

from ..media.pool import default_pool


def media_prestart() -> None:
    default_pool().prestart()
