"""Bond: an offline companion for keeping and repairing close relationships."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("bond")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
