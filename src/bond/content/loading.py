"""Loading what Bond offers at start: its own catalogue, with a clinic's packs merged in."""

from __future__ import annotations

import logging
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bond.content.catalog import Catalog
    from bond.content.model import PackSet

log = logging.getLogger(__name__)


def load_content(
    root: Path, packs: tuple[Path, ...] = (), organisation: str = "", cache_dir: Path | None = None
) -> tuple[Catalog, PackSet]:
    """Bond's own catalogue with the clinic's packs merged in (runs on a worker thread).

    With ``cache_dir``, Bond's own catalogue comes from its cached copy while the content files
    are unchanged (:mod:`bond.content.cache`); packs are always read and checked.
    """
    from bond.content.model import PackSet

    if cache_dir is None:
        from bond.content.catalog import load_catalog

        catalog = load_catalog(root)
    else:
        from bond.content.cache import load_catalog_cached

        catalog = load_catalog_cached(root, cache_dir)
    if not packs:
        return catalog, PackSet()
    from bond.content.packs import load_packs, merge_catalog  # the parsers: only for packs

    started = time.perf_counter()
    # As with Bond's own contacts, a wrong system clock must not hide a pack's.
    loaded = load_packs(packs, organisation, builtin=catalog, today=date.max - timedelta(days=366))
    log.info("content packs checked in %.0f ms", (time.perf_counter() - started) * 1000)
    return merge_catalog(catalog, loaded), loaded
