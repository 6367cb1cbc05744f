"""Bond: an offline companion for keeping and repairing close relationships."""

from __future__ import annotations

from functools import cache

from bond.hardening import keep_singletons_alive

# First, for every way into Bond (the app, each command-line verb, the bundle, tests): on Python
# 3.11 a Qt binding that loses references to None, True or False must not abort the process.
keep_singletons_alive()


@cache
def version() -> str:
    """Bond's version from its package metadata. The build writes it into ``bond._version``
    (hatchling's version hook), because importlib.metadata costs ~60 ms at every start."""
    try:
        from bond._version import __version__

        return str(__version__)
    except ImportError:  # run from a source tree without installing: ask the metadata
        pass
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("bond")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"
