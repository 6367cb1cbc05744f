"""A pickled copy of the validated built-in catalogue, so a start need not parse it again.

Bond's own content changes only with Bond, yet each start parsed and checked every file (~100 ms
with the imports, on a worker thread that competes with the vault for the GIL). The copy is keyed
by a fingerprint: Bond's and Python's versions, the content folder's path, the relative path, size
and mtime of every file under it, and the fields of the pickled classes (a source checkout keeps
its version while the classes change). Anything in doubt — no copy, another fingerprint, a copy
that will not unpickle or holds the wrong class — means the full load, and the copy is rewritten.

A catalogue with problems is never cached, so its problems are found and logged on every start
exactly as before. Saving is best effort: a read-only or full disk costs a log line, nothing more.

Security: a plain unpickler runs whatever the file says, in the process that holds the vault key.
The copy lives in the user's own cache folder, but an installed Bond (a .deb in /opt, a clinic's
loaner) is not writable by that account, so the file must not become a way to run code in it:
:class:`_ContentUnpickler` builds only Bond's content classes and a few plain standard types,
and refuses every other global (any refusal means the full load). It holds built-in content only,
nothing private (PRIVACY.md); the hand-back wipe empties the folder with the rest.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import sys
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

from bond import version as bond_version
from bond.content.model import Catalog
from bond.domain.articles import Article
from bond.domain.banks import Prompt, QuestionBank
from bond.domain.exercises import Exercise, FeelingGroup, Step

log = logging.getLogger(__name__)

CACHE_FILE = "content-catalog.pickle"
FORMAT = 1  # bump when what the file holds changes in a way the fingerprint cannot see
_PICKLED_CLASSES = (Catalog, Exercise, Step, FeelingGroup, Article, QuestionBank, Prompt)

Fingerprint = tuple[object, ...]


def load_catalog_cached(root: Path, cache_dir: Path) -> Catalog:
    """The catalogue of ``root``, from the copy in ``cache_dir`` when it still matches."""
    started = time.perf_counter()
    try:
        key = fingerprint(root)
    except OSError:  # no content folder: the full load reports what is missing
        return _load(root)
    path = cache_dir / CACHE_FILE
    catalog = _read(path, key)
    if catalog is not None:
        log.info("content catalogue from cache in %.0f ms", (time.perf_counter() - started) * 1000)
        return catalog
    catalog = _load(root)
    if catalog.problems:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)  # stale now; this catalogue is checked on every start
    else:
        _write(path, key, catalog)
    log.info("content catalogue loaded in %.0f ms", (time.perf_counter() - started) * 1000)
    return catalog


def fingerprint(root: Path) -> Fingerprint:
    """What the catalogue depends on; a change to any of it means a full load."""
    files: list[tuple[str, int, int]] = []
    _stat_files(str(root), "", files)
    shapes = tuple((c.__qualname__, tuple(f.name for f in fields(c))) for c in _PICKLED_CLASSES)
    return (FORMAT, bond_version(), sys.version, str(root), shapes, tuple(sorted(files)))


def _stat_files(folder: str, prefix: str, out: list[tuple[str, int, int]]) -> None:
    with os.scandir(folder) as entries:
        for entry in entries:
            name = prefix + entry.name
            if entry.is_dir():
                _stat_files(entry.path, name + "/", out)
            else:
                stat = entry.stat()
                out.append((name, stat.st_size, stat.st_mtime_ns))


def _load(root: Path) -> Catalog:
    from bond.content.catalog import load_catalog  # the parsers and checks: only on a miss

    return load_catalog(root)


#: Modules whose classes a cached catalogue may hold (dataclasses and enums, no functions).
_CONTENT_MODULES = frozenset(
    {"bond.content.model", "bond.domain.articles", "bond.domain.banks", "bond.domain.exercises"}
)
#: Plain standard types the pickled classes use.
_STANDARD = frozenset(
    {
        ("builtins", "frozenset"),
        ("builtins", "set"),
        ("datetime", "date"),
        ("pathlib", "PosixPath"),
        ("pathlib", "WindowsPath"),
    }
)


class _ContentUnpickler(pickle.Unpickler):
    """Refuses every global but Bond's content classes: no functions, no other modules."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _STANDARD:
            return super().find_class(module, name)
        if module in _CONTENT_MODULES and "." not in name:
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"not allowed in the content cache: {module}.{name}")


def _read(path: Path, key: Fingerprint) -> Catalog | None:
    """The cached catalogue if the file holds one for ``key``, else None (never raises)."""
    found: Catalog | None = None
    try:
        with path.open("rb") as file:
            if _ContentUnpickler(file).load() != key:  # one unpickler per stream (memo)
                return None
            catalog = _ContentUnpickler(file).load()
        if isinstance(catalog, Catalog) and _plausible(catalog):
            found = catalog
    except FileNotFoundError:
        return None
    except Exception:  # truncated, garbage, a class that moved: a full load settles it
        found = None
    if found is None:
        log.info("content cache unusable; loading the content in full")
    return found


def _plausible(catalog: Catalog) -> bool:
    """The right classes at the top; the fingerprint vouches for their fields."""
    return (
        not catalog.problems
        and all(isinstance(e, Exercise) for e in catalog.exercises.values())
        and all(isinstance(a, Article) for a in catalog.articles.values())
        and all(isinstance(b, QuestionBank) for b in catalog.banks.values())
        and all(isinstance(g, FeelingGroup) for g in catalog.feelings)
    )


def _write(path: Path, key: Fingerprint, catalog: Catalog) -> None:
    """Replace the copy atomically (a reader sees the old file or the new one); never raises."""
    import tempfile

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".content-catalog-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as file:  # mkstemp makes it 0600
                pickle.dump(key, file, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(catalog, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except Exception as exc:  # read-only, disk full...: Bond goes on without the copy
        from bond.logging_setup import Safe

        log.warning("content cache not saved (%s); going on without it", Safe(type(exc).__name__))
