"""The cached catalogue: a hit is the fresh load; any change or doubt means a full load."""

from __future__ import annotations

import errno
import logging
import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bond.content import cache
from bond.content.cache import CACHE_FILE, fingerprint, load_catalog_cached
from bond.content.catalog import Catalog, load_catalog
from tests.conftest import ROOT

CONTENT = ROOT / "resources" / "content"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A copy of Bond's own content, free to touch."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    return copy


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "bond"


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every full load (parse and validate) the cache falls back to."""
    seen: list[Path] = []
    real: Callable[[Path], Catalog] = cache._load

    def counting(root: Path) -> Catalog:
        seen.append(root)
        return real(root)

    monkeypatch.setattr(cache, "_load", counting)
    return seen


def same(a: Catalog, b: Catalog) -> bool:
    """Equal, and equal in the fields ``==`` skips (source_path, origin): repr shows them."""
    return a == b and repr(a) == repr(b)


def test_a_hit_equals_a_fresh_load(root: Path, cache_dir: Path, loads: list[Path]) -> None:
    first = load_catalog_cached(root, cache_dir)
    assert loads == [root]
    assert (cache_dir / CACHE_FILE).stat().st_mode & 0o777 == 0o600
    assert [p.name for p in cache_dir.iterdir()] == [CACHE_FILE]  # no temp file left behind

    second = load_catalog_cached(root, cache_dir)
    assert loads == [root]  # not parsed again
    fresh = load_catalog(root)
    assert same(first, fresh) and same(second, fresh)
    assert second.exercises and second.articles and second.banks and second.feelings
    assert not second.problems
    assert second.by_category() == fresh.by_category()


def test_a_touched_file_misses(root: Path, cache_dir: Path, loads: list[Path]) -> None:
    load_catalog_cached(root, cache_dir)
    exercise = sorted((root / "exercises").glob("*.toml"))[0]
    stat = exercise.stat()
    os.utime(exercise, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    load_catalog_cached(root, cache_dir)
    assert len(loads) == 2
    load_catalog_cached(root, cache_dir)
    assert len(loads) == 2  # rewritten: the next start hits again


def test_a_changed_file_is_read_again(root: Path, cache_dir: Path, loads: list[Path]) -> None:
    before = load_catalog_cached(root, cache_dir)
    exercise = sorted((root / "exercises").glob("*.toml"))[0]
    old_title = before.exercises[exercise.stem].title
    text = exercise.read_text(encoding="utf-8")
    exercise.write_text(text.replace(old_title, "A new title", 1), encoding="utf-8")
    after = load_catalog_cached(root, cache_dir)
    assert len(loads) == 2
    assert after.exercises[exercise.stem].title == "A new title"
    assert same(after, load_catalog(root))


def test_a_new_file_misses(root: Path, cache_dir: Path, loads: list[Path]) -> None:
    load_catalog_cached(root, cache_dir)
    article = sorted((root / "articles").glob("*.md"))[-1]
    shutil.copy(article, root / "articles" / "README.md")  # not content, still a change
    load_catalog_cached(root, cache_dir)
    assert len(loads) == 2


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "wrong class", "old key"])
def test_a_damaged_cache_means_a_full_load_and_a_rewrite(
    root: Path, cache_dir: Path, loads: list[Path], damage: str
) -> None:
    load_catalog_cached(root, cache_dir)
    path = cache_dir / CACHE_FILE
    good = path.read_bytes()
    key = fingerprint(root)
    path.write_bytes(
        {
            "garbage": b"\x80\x05not a pickle at all" * 50,
            "truncated": good[: len(good) // 2],
            "empty": b"",
            "wrong class": pickle.dumps(key) + pickle.dumps({"exercises": {}}),
            "old key": pickle.dumps(("another", "key")) + good,
        }[damage]
    )
    catalog = load_catalog_cached(root, cache_dir)
    assert len(loads) == 2
    assert same(catalog, load_catalog(root))
    assert path.read_bytes() != b"" and fingerprint(root) == key
    load_catalog_cached(root, cache_dir)
    assert len(loads) == 2  # the rewritten copy is good


def test_a_cache_of_the_wrong_shape_inside_misses(
    root: Path, cache_dir: Path, loads: list[Path]
) -> None:
    wrong = Catalog(exercises={"x": "not an exercise"})  # type: ignore[dict-item]
    cache_dir.mkdir(parents=True)
    (cache_dir / CACHE_FILE).write_bytes(pickle.dumps(fingerprint(root)) + pickle.dumps(wrong))
    catalog = load_catalog_cached(root, cache_dir)
    assert len(loads) == 1 and same(catalog, load_catalog(root))


def test_an_unwritable_cache_folder_still_loads(
    root: Path, tmp_path: Path, loads: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    cache_dir = blocker / "bond"  # mkdir fails, even for root
    with caplog.at_level(logging.WARNING, logger="bond.content.cache"):
        catalog = load_catalog_cached(root, cache_dir)
        again = load_catalog_cached(root, cache_dir)
    assert same(catalog, load_catalog(root)) and same(again, catalog)
    assert len(loads) == 2
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings and all("content cache not saved" in w for w in warnings)
    assert not any(str(tmp_path) in w for w in warnings)  # plain: no paths


def test_a_full_disk_still_loads_and_leaves_no_temp_file(
    root: Path, cache_dir: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    catalog = load_catalog_cached(root, cache_dir)
    assert same(catalog, load_catalog(root))
    assert list(cache_dir.iterdir()) == []


def test_a_new_bond_version_misses(
    root: Path, cache_dir: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_catalog_cached(root, cache_dir)
    monkeypatch.setattr(cache, "bond_version", lambda: "99.0.0")
    load_catalog_cached(root, cache_dir)
    assert len(loads) == 2
    load_catalog_cached(root, cache_dir)
    assert len(loads) == 2


def test_a_moved_content_folder_misses(
    root: Path, cache_dir: Path, tmp_path: Path, loads: list[Path]
) -> None:
    """The catalogue holds each file's path, so another folder must not reuse it."""
    load_catalog_cached(root, cache_dir)
    moved = root.rename(tmp_path / "moved")
    catalog = load_catalog_cached(moved, cache_dir)
    assert len(loads) == 2
    assert all(e.source_path and moved in e.source_path.parents for e in catalog.exercises.values())


def test_content_with_problems_is_never_cached(
    root: Path, cache_dir: Path, loads: list[Path]
) -> None:
    load_catalog_cached(root, cache_dir)
    (root / "exercises" / "broken.toml").write_text('id = "broken"\n', encoding="utf-8")
    first = load_catalog_cached(root, cache_dir)
    second = load_catalog_cached(root, cache_dir)
    assert first.problems and [str(p) for p in second.problems] == [str(p) for p in first.problems]
    assert [str(p) for p in second.problems] == [str(p) for p in load_catalog(root).problems]
    assert len(loads) == 3  # checked, and its problems found, every time
    assert not (cache_dir / CACHE_FILE).exists()


def test_a_missing_content_folder_loads_as_before(tmp_path: Path, cache_dir: Path) -> None:
    missing = tmp_path / "nowhere"
    catalog = load_catalog_cached(missing, cache_dir)
    assert [str(p) for p in catalog.problems] == [str(p) for p in load_catalog(missing).problems]


class _RunsCode:
    """Unpickling this would call ``marker.write_text`` (a stand-in for any code)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (Path.write_text, (self.marker, "ran"))


def test_a_cache_that_would_run_code_is_refused(
    root: Path, cache_dir: Path, loads: list[Path], tmp_path: Path
) -> None:
    """Only Bond's content classes may come out of the cache: a crafted file with the right
    fingerprint and a callable inside runs nothing and means a full load."""
    marker = tmp_path / "ran.txt"
    cache_dir.mkdir(parents=True)
    with (cache_dir / CACHE_FILE).open("wb") as file:
        pickle.dump(fingerprint(root), file)
        pickle.dump(_RunsCode(marker), file)
    catalog = load_catalog_cached(root, cache_dir)
    assert not marker.exists()
    assert loads == [root] and catalog == load_catalog(root)
