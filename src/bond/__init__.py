"""Bond: an offline companion for keeping and repairing close relationships."""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    """Bond's version from its package metadata (imported lazily: it costs ~60 ms at start)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("bond")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"
