"""The GUI fixtures for the reliability tests that drive a real window."""

from tests.gui.conftest import make_window

__all__ = ["make_window"]
