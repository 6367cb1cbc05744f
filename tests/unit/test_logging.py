"""Logs record events, never what a person typed."""

from __future__ import annotations

import logging
from pathlib import Path

from bond.errors import BondError
from bond.logging_setup import Safe, setup_logging, shutdown_logging

SECRET = "my partner said something hurtful"


def test_string_arguments_and_foreign_exception_text_are_redacted(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "bond.log"
    setup_logging(log_file)
    log = logging.getLogger("bond.test")
    try:
        log.info("saved answer %s", SECRET)
        log.info("opened %s in %s ms", Safe("home"), 12)
        try:
            raise ValueError(SECRET)
        except ValueError:
            log.exception("failed while saving")
        try:
            raise BondError("The vault is damaged.")
        except BondError:
            log.exception("open failed")
    finally:
        shutdown_logging()
    text = log_file.read_text(encoding="utf-8")
    assert SECRET not in text
    assert "opened home in 12 ms" in text
    assert "ValueError: <redacted>" in text
    assert "The vault is damaged." in text
    assert "failed while saving" in text
