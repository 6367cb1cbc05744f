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


def test_the_log_rotates_at_half_a_megabyte_and_keeps_three_older_files(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "bond.log"
    setup_logging(log_file, lazy=True)
    assert not log_file.parent.exists()  # made only when the first record arrives
    log = logging.getLogger("bond.test")
    try:
        for n in range(40_000):  # ~2.4 MB of records
            log.info("record %s", Safe(f"{n:06d}"))
    finally:
        shutdown_logging()
    names = sorted(p.name for p in log_file.parent.iterdir())
    assert names == ["bond.log", "bond.log.1", "bond.log.2", "bond.log.3"]
    assert all(p.stat().st_size <= 512 * 1024 for p in log_file.parent.iterdir())
    newest, older = log_file.read_text(), (tmp_path / "logs" / "bond.log.1").read_text()
    assert "record 039999" in newest and "record 039999" not in older
    first_kept = int(older.splitlines()[0].rsplit(" ", 1)[1])
    last_before = int(
        (tmp_path / "logs" / "bond.log.2").read_text().splitlines()[-1].rsplit(" ", 1)[1]
    )
    assert first_kept == last_before + 1  # nothing lost between files


def test_a_log_deleted_while_bond_runs_is_started_again(tmp_path: Path) -> None:
    """Someone clears the state folder while Bond is open: logging goes on in a new file, and
    closing it (at exit, before a hand-back wipe) does not fail."""
    log_file = tmp_path / "logs" / "bond.log"
    setup_logging(log_file)
    log = logging.getLogger("bond.test")
    try:
        log.info("before %s", Safe("x"))
        log_file.unlink()
        log.info("right after %s", Safe("x"))
        assert "right after" in log_file.read_text()  # a new file at once, nothing lost
        for n in range(12_000):  # past the size limit: rotations go on as before
            log.info("record %s", Safe(f"{n:06d}"))
    finally:
        shutdown_logging()
    assert "record 011999" in log_file.read_text()
