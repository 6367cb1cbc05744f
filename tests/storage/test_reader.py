"""The vault opens and Home's reads are answered without SQLAlchemy (DECISIONS 29)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from bond.security.keys import KdfParams
from bond.security.secrets import MemoryStore
from bond.services.demo import write_demo
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import Custody, VaultService
from bond.storage.reader import format_time, parse_time


def test_times_read_and_written_as_sqlalchemy_does(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from sqlalchemy.dialects.sqlite.base import DATETIME

    write = DATETIME().bind_processor(None)
    for moment in (datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), datetime(2026, 1, 2, 3, 4, 5, 7)):
        assert format_time(moment) == write(moment)  # type: ignore[misc]
        assert parse_time(format_time(moment)) == moment.replace(tzinfo=None)


def test_home_reads_do_not_load_sqlalchemy(tmp_path: Path) -> None:
    """A child opens a demo vault and asks everything Home asks; SQLAlchemy stays unloaded
    until something writes (and then it works as before)."""
    from bond.content.catalog import load_catalog
    from bond.paths import content_dir

    store = MemoryStore()
    service = VaultService(VaultFiles(tmp_path), store, kdf=KdfParams(1, 8 * 1024, 1))
    vault = service.create(Custody(keyring=True))
    catalog = load_catalog(content_dir())
    write_demo(vault, catalog.exercises, weeks=4, seed=3, articles=catalog.articles)
    header = service.read_header()
    key = store.get(header.vault_id)
    vault.close()
    child = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from bond.security.secrets import MemoryStore
        from bond.services.home_overview import HomeOverviewService, is_sample
        from bond.services.keychain import Keychain
        from bond.services.profiles import ProfileService
        from bond.services.rolling_backups import take_daily
        from bond.services.sessions import SessionService
        from bond.services.vault_files import VaultFiles
        from bond.services.vault_service import VaultService
        from bond.domain.reminders import ReminderPlan

        store = MemoryStore()
        store.set({header.vault_id!r}, {key!r})
        service = VaultService(VaultFiles(Path({str(tmp_path)!r})), store)
        vault = service.open(service.unlock())
        profiles = ProfileService(vault)
        assert profiles.ensure_keys() == 0
        people = profiles.profiles()
        assert len(people) == 2 and profiles.household() is not None
        SessionService(vault, Keychain(vault)).resumable()
        HomeOverviewService(vault, {{}}, {{}}).overview(ReminderPlan(), couple=True)
        assert is_sample(vault)
        assert take_daily(vault) is not None  # the daily copy needs no ORM either
        assert "sqlalchemy" not in sys.modules, "Home's reads loaded SQLAlchemy"
        profiles.set_flag("seen")  # a write loads it, on use
        assert profiles.flag("seen") and "sqlalchemy" in sys.modules
        vault.close()
        print("ok")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_read_only_opens_a_folder_named_with_uri_characters(tmp_path: Path) -> None:
    """``#``, ``?`` and ``%`` in the data folder must not cut the read-only URI short (which
    used to report a healthy vault as damaged and create a stray empty file)."""
    folder = tmp_path / "my vault #1 ?x %41"
    store = MemoryStore()
    service = VaultService(VaultFiles(folder), store, kdf=KdfParams(1, 8 * 1024, 1))
    service.create(Custody(keyring=True)).close()
    key = service.unlock()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert service.check(key) == []
    with service.reading(key) as vault:
        assert vault.reader.schema_state()[0]
        assert vault.db.engine.dialect.name == "sqlite"  # the ORM's read-only engine too
        from bond.services.profiles import ProfileService

        assert ProfileService(vault).profiles() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == before
